// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyindex.h"

#include <QHash>

#include <functional>

namespace Maestro::Core {

qsizetype KeyIndex::find(const Value::Map &entries, const Value &key) const
{
    if (m_slots.empty()) {
        // A string equals only a string of the same text under sameContent; checking
        // that directly keeps the common case (string keys) cheap.
        const bool isString = key.isString();
        for (size_t i = 0; i < entries.size(); ++i) {
            const Value &other = entries[i].key;
            if (isString ? other.isString() && other.toString() == key.toString()
                         : other.sameContent(key))
                return qsizetype(i);
        }
        return -1;
    }
    const size_t hash = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask; m_slots[slot] >= 0; slot = (slot + 1) & mask) {
        const qsizetype index = m_slots[slot];
        if (m_hashes[size_t(index)] == hash && entries[size_t(index)].key.sameContent(key))
            return index;
    }
    return -1;
}

void KeyIndex::appended(const Value::Map &entries)
{
    if (entries.size() <= kLinearLimit)
        return;
    while (m_hashes.size() < entries.size())
        m_hashes.push_back(hashOf(entries[m_hashes.size()].key));
    // Keep the table at most half full so that probe sequences stay short.
    if (m_slots.size() < 2 * entries.size()) {
        rehash(std::max<size_t>(64, 4 * entries.size()));
        return;
    }
    insert(qsizetype(entries.size() - 1));
}

void KeyIndex::insert(qsizetype index)
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = m_hashes[size_t(index)] & mask;
    while (m_slots[slot] >= 0)
        slot = (slot + 1) & mask;
    m_slots[slot] = index;
}

void KeyIndex::rehash(size_t slotCount)
{
    size_t size = 1;
    while (size < slotCount)
        size <<= 1;
    m_slots.assign(size, -1);
    for (size_t i = 0; i < m_hashes.size(); ++i)
        insert(qsizetype(i));
}

size_t KeyIndex::hashOf(const Value &key)
{
    // Keys equal under sameContent must hash alike: numbers (and booleans) compare as
    // doubles there, so they hash as doubles, with -0.0 folded into 0.0.
    switch (key.kind()) {
    case Value::Kind::Bool:
    case Value::Kind::Int:
    case Value::Kind::Float: {
        double number = key.isBool() ? double(key.toBool()) : key.toDouble();
        if (number == 0)
            number = 0;
        return std::hash<double>{}(number);
    }
    case Value::Kind::String:
        return qHash(key.toString());
    case Value::Kind::Null:
    case Value::Kind::List:
    case Value::Kind::Map:
        break;
    }
    return 0;
}

} // namespace Maestro::Core
