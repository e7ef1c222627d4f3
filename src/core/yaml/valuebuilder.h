// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mappingassembler.h"
#include "marklocator.h"
#include "sourcetext.h"

#include "core/result.h"
#include "core/value.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

namespace Maestro::Core {

// Builds a Value tree from yaml-cpp's parse events for one document, applying PyYAML's
// scalar typing, tags, anchors, duplicate-key and merge-key rules as it goes, and
// rejecting what yaml-cpp accepts but PyYAML does not (a line without its colon, an
// empty flow entry, a value outdented to its key's column, an anchor defined twice).
//
// yaml-cpp reports through callbacks that cannot fail, so the first error is recorded
// and every later event ignored. That also gives PyYAML's precedence: it composes the
// whole document before constructing it, so a syntax error (an exception from yaml-cpp,
// handled by the caller) wins over a construction error found earlier in the text.
// Single-threaded; one instance per parse.
class ValueBuilder final : public YAML::EventHandler
{
public:
    // Beyond this many nodes, counting every alias as the nodes it repeats, the document
    // is refused: a few lines of nested aliases can otherwise stand for billions.
    static constexpr qint64 kMaxNodes = 5'000'000;

    ValueBuilder(const MarkLocator &locator, const SourceText &text);

    // The document's root, a null Value for an empty input, or the first error.
    Result<Value> takeResult();
    // Byte offset of the last node seen (where the first document's content ends).
    int lastNodePos() const { return m_lastNodePos; }

    void OnDocumentStart(const YAML::Mark &mark) override;
    void OnDocumentEnd() override;
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override;
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override;
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override;
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override;

private:
    // A sequence or mapping whose children are still arriving.
    struct Frame
    {
        bool isMapping = false;
        bool isFlow = false;
        SourceLocation location;
        YAML::Mark mark;
        YAML::anchor_t anchor = 0;
        qint64 nodes = 1;                // this node and everything below it, aliases expanded
        Value::List items;               // a sequence's items
        MappingAssembler mapping;        // a mapping's entries
        std::optional<Value> pendingKey; // a mapping's key waiting for its value
        YAML::Mark pendingKeyMark;
        bool pendingIsMerge = false; // that key is `<<`
        bool holdsAnchor = false;    // an anchor was written inside (Value::holdsAnchor)
    };

    struct Anchored
    {
        QString name;
        Value value;
        qint64 nodes = 0;
        bool complete = false; // false while the anchored node is being built
    };

    // How a finished node sits in its parent, for the indentation rule.
    enum class Placement { Written, Empty, BlockSequence };

    bool expectingValue() const;
    bool expectingKey() const;
    Result<Value> scalarValue(const YAML::Mark &mark, const std::string &tag, const QString &text,
                              const SourceLocation &location) const;
    std::optional<Error> checkNull(const YAML::Mark &mark) const;
    void beginCollection(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         bool isMapping, YAML::EmitterStyle::value style);
    void endCollection();
    void beginAnchor(YAML::anchor_t anchor);
    void completeAnchor(YAML::anchor_t anchor, const Value &value, qint64 nodes);
    void seen(const YAML::Mark &mark);
    // Charges `nodes` against kMaxNodes; false (with the error recorded) beyond it.
    bool charge(qint64 nodes, const YAML::Mark &mark);
    void addNode(Value value, qint64 nodes, YAML::anchor_t anchor, const YAML::Mark &mark,
                 Placement placement = Placement::Written);
    void fail(Error error);

    const MarkLocator &m_locator;
    const SourceText &m_text;
    std::vector<Frame> m_stack;
    std::vector<Anchored> m_anchors;              // indexed by yaml-cpp's anchor id
    QString m_pendingAnchorName;                  // from OnAnchor, for the node event that follows
    QHash<QString, SourceLocation> m_anchorNames; // where each anchor name was first defined
    qint64 m_totalNodes = 0;
    int m_lastNodePos = 0;
    std::optional<Value> m_root;
    std::optional<Error> m_error;
};

} // namespace Maestro::Core
