// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueedit.h"

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

std::optional<EditPath> difference(const Value &a, const Value &b, const EditPath &at)
{
    if (a.kind() != b.kind())
        return at;
    if (a.isList()) {
        if (a.items().size() != b.items().size())
            return at;
        for (size_t i = 0; i < a.items().size(); ++i) {
            if (auto d = difference(a.items()[i], b.items()[i], at.item(int(i))))
                return d;
        }
        return std::nullopt;
    }
    if (a.isMap()) {
        for (const Value::Entry &entry : a.entries()) {
            const Value *other = b.find(entry.keyText);
            if (!other)
                return at.child(entry.keyText);
            if (auto d = difference(entry.value, *other, at.child(entry.keyText)))
                return d;
        }
        for (const Value::Entry &entry : b.entries()) {
            if (!a.find(entry.keyText))
                return at.child(entry.keyText);
        }
        return std::nullopt;
    }
    return a.sameContent(b) ? std::nullopt : std::optional<EditPath>(at);
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
    return difference(a, b, EditPath());
}

} // namespace Maestro::Core::ValueEdit
