// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/value.h"

#include <vector>

namespace Maestro::Core {

// Finds the entry of a mapping under construction whose key equals a given key the way
// Python compares dict keys (Value::sameContent: `1`, `0x1`, `1.0` and `true` are one
// key). Small mappings are scanned; large ones (a service with thousands of instances,
// a merge of a big mapping) get an open-addressing table of entry indices, so that
// building them stays linear without an allocation per key.
class KeyIndex
{
public:
    // Index into `entries` of the entry with an equal key, or -1.
    qsizetype find(const Value::Map &entries, const Value &key) const;
    // Must be called after each append to `entries`.
    void appended(const Value::Map &entries);

private:
    static size_t hashOf(const Value &key);
    void insert(qsizetype index);
    void rehash(size_t slotCount);

    static constexpr size_t kLinearLimit = 8;
    std::vector<size_t> m_hashes;   // hash of each entry's key, by entry index
    std::vector<qsizetype> m_slots; // entry index or -1; empty while the mapping is small
};

} // namespace Maestro::Core
