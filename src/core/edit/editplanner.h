// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editengine.h"
#include "yamlfragment.h"
#include "yamlspans.h"

#include <vector>

namespace Maestro::Core {

// The edit engine's planning half: resolves a path in the YAML spans of a rendered
// document and produces the edits of the rendered text, with the document the edit is
// meant to give (the oracle planEdit() verifies against). One per edit; single-threaded.

struct RenderedEdit
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

// Where a path leads in the rendered document.
struct Place
{
    int node = -1;          // the node at the path (or the alias or null where it stops)
    int mapping = -1;       // a missing key: the mapping that would hold it
    int key = -1;           // the key of `node` in its mapping
    qsizetype missing = -1; // the first step that does not exist
    EditPath prefix;        // the path of `node`, or of the merged key to copy
    bool copy = false;      // replace `node` (an alias), or add the merged key, by a copy
    int sequence = -1;      // an item to insert: the sequence that gets it
};

class EditPlanner
{
public:
    EditPlanner(const LoadResult &loaded, const YamlSpans &spans, const EditRequest &request)
        : m_loaded(loaded)
        , m_spans(spans)
        , m_request(request)
        , m_expected(loaded.document)
    {
        detectStyle();
    }

    VoidResult run();
    const std::vector<RenderedEdit> &edits() const { return m_edits; }
    const Value &expected() const { return m_expected; }
    const QStringList &notes() const { return m_notes; }
    SourceLocation at(qsizetype offset) const
    {
        return m_loaded.sourceMap.locateOffset(std::max<qsizetype>(0, offset));
    }

private:
    const YamlSpans::Node &node(int i) const { return m_spans.node(i); }
    int column(qsizetype offset) const { return int(offset - m_spans.lineStart(offset)); }
    Error refuse(qsizetype offset, const QString &message) const
    {
        return Error{message, at(offset), m_request.path.toString()};
    }

    void detectStyle();
    VoidResult resolve(const EditPath &path, Place &place);
    // A path ending in [N] for Set or Insert: the existing item, or where a new one goes.
    VoidResult resolveItem(Place &place);
    Error aliasRefusal(int alias, const EditPath &prefix) const;
    EditPath pathOf(int index) const;
    int findKey(int mapping, const QString &key) const;
    FragmentStyle styleFor(int index) const;

    void replaceNode(int index, const Value &value, QChar quote = QChar());
    void insertKey(int mapping, const QString &key, const Value &value);
    void insertItem(int sequence, int index, const Value &value);
    void removeMember(int collection, int memberIndex);
    void renameKey(int key, const QString &newName);
    void fixReferences(const QString &oldName, const QString &newName);
    void replaceNames(int field, const QString &oldName, const QString &newName);
    // Who else an edit of an anchored node reaches (aliases, and merges of the key).
    struct Reach
    {
        QString key;           // the first key below the anchored node, when merges matter
        int edited = -1;       // the mapping whose `key` the edit changes (-1: merges do not)
        bool gainsKey = false; // after the edit, `edited` holds `key`
    };
    void noteAliasUses(const EditPath &prefix, int anchored);
    void collectUses(int anchored, const Reach &reach, std::vector<EditPath> &uses,
                     std::vector<int> &seen);
    // The mappings `<<` merges into `mapping`, first the one whose keys win.
    std::vector<int> mergeSources(int mapping) const;
    // The mapping a merged `key` comes from (nested merges followed), or -1.
    int mergeSourceOf(int mapping, const QString &key) const;
    // Where `mapping` takes `key` from, as if `gainsKey` (a mapping, or -1) held it.
    int keyOwner(int mapping, const QString &key, int gainsKey) const;
    // The mapping whose `<<` holds `alias` (alone or in a list), or -1.
    int mergingMapping(int alias) const;
    Value applyToExpected(const EditPath &path) const;

    const LoadResult &m_loaded;
    const YamlSpans &m_spans;
    const EditRequest &m_request;
    Value m_expected;
    Value m_value; // what Set writes
    FragmentStyle m_style;
    std::vector<RenderedEdit> m_edits;
    QStringList m_notes;
    std::vector<std::pair<EditPath, int>> m_throughAnchors; // alias path, anchored node
};

} // namespace Maestro::Core
