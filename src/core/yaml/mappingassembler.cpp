// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingassembler.h"

#include "tagresolver.h"
#include "yamltr.h"

#include "core/pythonformat.h"

namespace Maestro::Core {

namespace {

QLatin1String nodeName(const Value &value)
{
    return TagResolver::nodeName(TagResolver::nodeKind(value));
}

// Python's dict assignment: a new key is appended, an existing one keeps its place
// and takes the new value.
void assign(Value::Map &entries, KeyIndex &index, const Value::Entry &entry)
{
    const qsizetype existing = index.find(entries, entry.key);
    if (existing >= 0) {
        entries[size_t(existing)].value = entry.value;
        return;
    }
    entries.push_back(entry);
    index.appended(entries);
}

Error duplicate(const Value &key, const SourceLocation &first)
{
    return Error{YamlTr::tr("found duplicate key (%1); first defined at %2")
                     .arg(pythonStr(key), first.toString()),
                 key.location(),
                 {}};
}

} // namespace

VoidResult MappingAssembler::add(Value key, Value value)
{
    if (key.isList() || key.isMap())
        return Error{YamlTr::tr("found unhashable key"), key.location(), {}};
    const qsizetype existing = m_index.find(m_entries, key);
    if (existing >= 0)
        return duplicate(key, m_entries[size_t(existing)].key.location());
    // String keys are their own look-up name; Value::map() formats the others.
    QString keyText = key.isString() ? key.toString() : QString();
    m_entries.push_back(Value::Entry{std::move(key), std::move(value), std::move(keyText)});
    m_index.appended(m_entries);
    return Success{};
}

VoidResult MappingAssembler::addMerge(const SourceLocation &keyLocation, Value source)
{
    if (m_hasMerge)
        return duplicate(Value::string(QStringLiteral("<<"), keyLocation), m_mergeKeyLocation);
    if (source.isList()) {
        for (const Value &item : source.items()) {
            if (!item.isMap()) {
                return Error{
                    YamlTr::tr("expected a mapping for merging, but found %1").arg(nodeName(item)),
                    item.location(),
                    {}};
            }
        }
    } else if (!source.isMap()) {
        return Error{YamlTr::tr("expected a mapping or list of mappings for merging, but found %1")
                         .arg(nodeName(source)),
                     source.location(),
                     {}};
    }
    m_hasMerge = true;
    m_mergeKeyLocation = keyLocation;
    m_mergeSource = std::move(source);
    return Success{};
}

Value::Map MappingAssembler::take()
{
    if (!m_hasMerge) {
        // Growing by doubling leaves up to half the room unused, and the document stays
        // in memory while the model is built: exact sizes mean fewer pages to touch.
        m_entries.shrink_to_fit();
        return std::move(m_entries);
    }

    // As PyYAML's flatten_mapping: the merged entries come first, sources of a list in
    // reverse so that assigning in order lets the earlier source win, and the mapping's
    // own entries last so that they win over everything merged.
    Value::Map merged;
    KeyIndex index;
    const auto assignAll = [&](const Value::Map &entries) {
        for (const Value::Entry &entry : entries)
            assign(merged, index, entry);
    };
    if (m_mergeSource.isMap()) {
        assignAll(m_mergeSource.entries());
    } else {
        const Value::List &sources = m_mergeSource.items();
        for (auto it = sources.crbegin(); it != sources.crend(); ++it)
            assignAll(it->entries());
    }
    assignAll(m_entries);
    return merged;
}

} // namespace Maestro::Core
