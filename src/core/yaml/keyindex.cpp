// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyindex.h"

#include <QHash>

#include <functional>

namespace Maestro::Core {

qsizetype KeyIndex::find(const Value::Map &entries, const Value &key) const
{
    if (m_positions.empty()) {
        for (size_t i = 0; i < entries.size(); ++i) {
            if (entries[i].key.sameContent(key))
                return qsizetype(i);
        }
        return -1;
    }
    const auto [first, last] = m_positions.equal_range(hashOf(key));
    for (auto it = first; it != last; ++it) {
        if (entries[size_t(it->second)].key.sameContent(key))
            return it->second;
    }
    return -1;
}

void KeyIndex::appended(const Value::Map &entries)
{
    if (entries.size() <= kLinearLimit)
        return;
    const size_t from = m_positions.empty() ? 0 : entries.size() - 1;
    for (size_t i = from; i < entries.size(); ++i)
        m_positions.emplace(hashOf(entries[i].key), qsizetype(i));
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
