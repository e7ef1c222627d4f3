// SPDX-License-Identifier: GPL-3.0-or-later
// EditPlanner, part two: anchors, aliases and merge keys (where a key comes from, who else
// uses an anchored node, the notes that say so).
#include "editplanner.h"

#include "edittr.h"

#include <algorithm>

namespace Maestro::Core {

using Kind = YamlSpans::Kind;

std::vector<int> EditPlanner::mergeSources(int mapping) const
{
    // In the order PyYAML gives them precedence: `<<: [*a, *b]` takes a key from a first.
    std::vector<int> sources;
    const std::vector<int> &children = node(mapping).children;
    for (size_t k = 0; k + 1 < children.size(); k += 2) {
        if (!m_spans.isMergeKey(children[k]))
            continue;
        const int value = children[k + 1];
        const std::vector<int> items
            = node(value).kind == Kind::Sequence ? node(value).children : std::vector<int>{value};
        for (const int item : items) {
            const int source = node(item).kind == Kind::Alias ? node(item).target : item;
            if (source >= 0 && node(source).kind == Kind::Mapping)
                sources.push_back(source);
        }
    }
    return sources;
}

int EditPlanner::mergeSourceOf(int mapping, const QString &key) const
{
    for (const int source : mergeSources(mapping)) {
        if (const int owner = keyOwner(source, key, -1); owner >= 0)
            return owner;
    }
    return -1;
}

int EditPlanner::mergingMapping(int alias) const
{
    int value = alias;
    const int parent = node(alias).parent;
    if (parent >= 0 && node(parent).kind == Kind::Sequence)
        value = parent; // `<<: [*a, *b]`
    const int mapping = node(value).parent;
    if (mapping < 0 || node(mapping).kind != Kind::Mapping)
        return -1;
    const std::vector<int> &children = node(mapping).children;
    const auto position = std::find(children.cbegin(), children.cend(), value) - children.cbegin();
    return position % 2 == 1 && m_spans.isMergeKey(children.at(position - 1)) ? mapping : -1;
}

int EditPlanner::keyOwner(int mapping, const QString &key, int gainsKey) const
{
    if (mapping == gainsKey || findKey(mapping, key) >= 0)
        return mapping;
    for (const int source : mergeSources(mapping)) {
        if (const int owner = keyOwner(source, key, gainsKey); owner >= 0)
            return owner;
    }
    return -1;
}

void EditPlanner::collectUses(int anchored, const Reach &reach, std::vector<EditPath> &uses,
                              std::vector<int> &seen)
{
    if (std::find(seen.cbegin(), seen.cend(), anchored) != seen.cend())
        return;
    seen.push_back(anchored);
    uses.push_back(pathOf(anchored));
    const auto isOnThePath = [this](const EditPath &use) {
        return m_request.path.steps.mid(0, use.steps.size()) == use.steps;
    };
    for (const int alias : m_spans.aliasesOf(anchored)) {
        const int merging = mergingMapping(alias);
        if (merging < 0) {
            uses.push_back(pathOf(alias));
            if (!isOnThePath(uses.back()))
                m_notes << EditTr::tr("also changes %1 (alias at %2)")
                               .arg(uses.back().toString(), at(node(alias).start).toString());
            continue;
        }
        // A mapping that merges this one sees the change when the edited mapping is where
        // it takes the key from (it has no key of its own, no merge before gives it).
        if (reach.edited < 0
            || keyOwner(merging, reach.key, reach.gainsKey ? reach.edited : -1) != reach.edited)
            continue;
        if (!isOnThePath(pathOf(merging)))
            m_notes << EditTr::tr("also changes %1 (merge at %2)")
                           .arg(pathOf(merging).toString(), at(node(alias).start).toString());
        collectUses(merging, reach, uses, seen);
    }
}

void EditPlanner::noteAliasUses(const EditPath &prefix, int anchored)
{
    // The anchored node changes, and with it every alias of it and every mapping that
    // merges it (nested merges too) and takes the edited key from it.
    using Op = EditRequest::Operation;
    const QList<EditPath::Step> rest = m_request.path.steps.mid(prefix.steps.size());
    Reach reach;
    const bool keyed = !rest.isEmpty() && !rest.first().isIndex()
                       && node(anchored).kind == Kind::Mapping
                       && !(m_request.operation == Op::Rename && rest.size() == 1);
    if (keyed) {
        // Merges follow a key: the mapping that holds it (or gets it) is the one edited.
        reach.key = rest.first().key;
        reach.edited = anchored;
        const int source = mergeSourceOf(anchored, reach.key);
        if (findKey(anchored, reach.key) < 0 && rest.size() > 1 && source >= 0)
            reach.edited = source; // resolve() went into it
        reach.gainsKey = m_request.operation != Op::Unset || rest.size() > 1;
    }
    std::vector<EditPath> uses;
    std::vector<int> seen;
    collectUses(anchored, reach, uses, seen);
    for (EditPath use : uses) {
        use.steps.append(rest);
        m_expected = applyToExpected(use);
    }
    m_notes.removeDuplicates();
}

} // namespace Maestro::Core
