// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueedit.h"

#include <algorithm>
#include <functional>

namespace Maestro::Core::ValueEdit {

namespace {

using Change = std::function<std::optional<Value>(const Value *current)>; // nullopt removes

// Rebuilds the nodes along `path`, applying `change` at its end.
Value rebuild(const Value &node, const EditPath &path, qsizetype step, const Change &change)
{
    const EditPath::Step &s = path.steps.at(step);
    const bool last = step + 1 == path.steps.size();
    if (s.isIndex()) {
        Value::List items = node.items();
        if (s.index == qsizetype(items.size()) && last) { // one past the end: appended
            if (const auto added = change(nullptr))
                items.push_back(*added);
            return Value::list(std::move(items), node.location());
        }
        if (s.index >= qsizetype(items.size()))
            return node;
        if (last) {
            const auto changed = change(&items[s.index]);
            if (changed)
                items[s.index] = *changed;
            else
                items.erase(items.begin() + s.index);
        } else {
            items[s.index] = rebuild(items[s.index], path, step + 1, change);
        }
        return Value::list(std::move(items), node.location());
    }
    Value::Map entries = node.entries();
    auto it = std::find_if(entries.begin(), entries.end(),
                           [&](const Value::Entry &e) { return e.keyText == s.key; });
    if (it == entries.end()) {
        const std::optional<Value> added
            = last ? change(nullptr) : rebuild(Value::map({}), path, step + 1, change);
        if (added)
            entries.push_back(Value::Entry{Value::string(s.key), *added, s.key});
        return Value::map(std::move(entries), node.location());
    }
    if (last) {
        const auto changed = change(&it->value);
        if (changed)
            it->value = *changed;
        else
            entries.erase(it);
    } else {
        it->value = rebuild(it->value, path, step + 1, change);
    }
    return Value::map(std::move(entries), node.location());
}

// Whether a and b differ; `where` gets the steps to the first difference, innermost
// first (a path is built only for the difference found, not for every node compared).
bool differs(const Value &a, const Value &b, QList<EditPath::Step> &where)
{
    if (a.kind() != b.kind())
        return true;
    if (a.isList()) {
        if (a.items().size() != b.items().size())
            return true;
        for (size_t i = 0; i < a.items().size(); ++i) {
            if (differs(a.items()[i], b.items()[i], where)) {
                where.append(EditPath::Step{QString(), int(i)});
                return true;
            }
        }
        return false;
    }
    if (a.isMap()) {
        for (const Value::Entry &entry : a.entries()) {
            const Value *other = b.find(entry.keyText);
            if (!other || differs(entry.value, *other, where)) {
                where.append(EditPath::Step{entry.keyText, -1});
                return true;
            }
        }
        for (const Value::Entry &entry : b.entries()) {
            if (!a.find(entry.keyText)) {
                where.append(EditPath::Step{entry.keyText, -1});
                return true;
            }
        }
        return false;
    }
    return !a.sameContent(b);
}

} // namespace

const Value *find(const Value &root, const EditPath &path)
{
    const Value *node = &root;
    for (const EditPath::Step &step : path.steps) {
        if (step.isIndex()) {
            if (!node->isList() || step.index >= qsizetype(node->items().size()))
                return nullptr;
            node = &node->items()[step.index];
        } else {
            node = node->isMap() ? node->find(step.key) : nullptr;
            if (!node)
                return nullptr;
        }
    }
    return node;
}

Value set(const Value &root, const EditPath &path, const Value &value)
{
    if (path.steps.isEmpty())
        return value;
    return rebuild(root, path, 0, [&](const Value *) { return std::optional<Value>(value); });
}

Value unset(const Value &root, const EditPath &path)
{
    if (path.steps.isEmpty())
        return Value();
    return rebuild(root, path, 0, [](const Value *) { return std::optional<Value>(); });
}

Value insert(const Value &root, const EditPath &path, const Value &value)
{
    if (path.steps.isEmpty() || !path.steps.last().isIndex())
        return root;
    EditPath parent = path;
    parent.steps.removeLast();
    const Value *list = find(root, parent);
    const qsizetype index = path.steps.last().index;
    if (!list || !list->isList() || index > qsizetype(list->items().size()))
        return root;
    Value::List items = list->items();
    items.insert(items.begin() + index, value);
    return set(root, parent, Value::list(std::move(items), list->location()));
}

Value rename(const Value &root, const EditPath &path, const QString &newKey)
{
    if (path.steps.isEmpty() || path.steps.last().isIndex())
        return root;
    EditPath parent = path;
    parent.steps.removeLast();
    const Value *map = find(root, parent);
    if (!map || !map->isMap())
        return root;
    Value::Map entries = map->entries();
    for (Value::Entry &entry : entries) {
        if (entry.keyText == path.steps.last().key)
            entry = Value::Entry{Value::string(newKey), entry.value, newKey};
    }
    return set(root, parent, Value::map(std::move(entries), map->location()));
}

std::optional<EditPath> firstDifference(const Value &a, const Value &b)
{
    QList<EditPath::Step> where;
    if (!differs(a, b, where))
        return std::nullopt;
    std::reverse(where.begin(), where.end());
    return EditPath{where};
}

} // namespace Maestro::Core::ValueEdit
