// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace YAML {
class EventHandler;
}

namespace Maestro::Core {

class SpanBuilder;

// The exact extent of every node of the first YAML document of a text: keys, values,
// collections, anchors and aliases, as offsets into that text (UTF-16 units), so that
// an editor can replace one node and keep every other byte. The structure comes from
// the same parser the loader uses (yaml-cpp events); the ends, which the parser does not
// report, are found by scanning the text and checked against the parser's values where
// a scan could go wrong (plain scalars over several lines). Immutable once built; any
// thread may read it.
class YamlSpans
{
public:
    enum class Kind { Null, Scalar, Alias, Sequence, Mapping };
    enum class Style { Empty, Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Block, Flow };

    struct Node
    {
        Kind kind = Kind::Null;
        Style style = Style::Empty;
        qsizetype start = -1;        // anchor, tag or content; -1: an empty node without a place
        qsizetype contentStart = -1; // after the anchor and tag
        qsizetype end = -1;          // one past the content (comments and line breaks excluded)
        QString anchor;              // `&anchor` written on this node
        QString tag;                 // "?" plain, "!" quoted, else the explicit tag
        QString text;                // a scalar's value as the parser read it
        int target = -1;             // an alias: the node it names
        bool reliable = true;        // the scan agrees with the parser
        int parent = -1;
        std::vector<int> children; // items; or key, value, key, value, ...
    };

    // Scans `text`, which must be a document the loader accepted (it parses it again).
    static Result<YamlSpans> scan(const QString &text);

    const QString &text() const { return m_text; }
    int root() const { return m_nodes.empty() ? -1 : 0; }
    int nodeCount() const { return int(m_nodes.size()); }
    const Node &node(int index) const { return m_nodes.at(index); }

    // The name a mapping key is looked up by (Python str() of the key, as Value does).
    QString keyText(int key) const;
    bool isMergeKey(int key) const;
    // Whether the node sits inside a flow collection (`[...]`, `{...}`).
    bool inFlow(int node) const;
    // The aliases naming `anchored`.
    std::vector<int> aliasesOf(int anchored) const;

    // Offset of the `:` after a mapping key, or -1.
    qsizetype colonAfter(int key) const;
    qsizetype lineStart(qsizetype offset) const;
    // Offset of the line break ending the line that holds `offset` (or the text's size).
    qsizetype lineEnd(qsizetype offset) const;
    // Whether only blanks precede `offset` on its line.
    bool firstOnLine(qsizetype offset) const;

private:
    friend class SpanBuilder;
    friend class YamlSpansRecorder;
    QString m_text;
    std::vector<Node> m_nodes;
};

// Builds the spans of a text from the events of a parse someone else runs (the loader's,
// through parseYaml()'s observer), so that a text loaded for editing is parsed once.
// Feed it the events of exactly `text`'s first document, then take() the spans once.
class YamlSpansRecorder
{
public:
    explicit YamlSpansRecorder(const QString &text);
    ~YamlSpansRecorder();
    Q_DISABLE_COPY_MOVE(YamlSpansRecorder)

    YAML::EventHandler &events();
    YamlSpans take();

private:
    friend class YamlSpans;
    QByteArray m_utf8;
    std::unique_ptr<YamlSpans> m_spans;
    std::unique_ptr<SpanBuilder> m_builder;
};

} // namespace Maestro::Core
