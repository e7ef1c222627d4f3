// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/value.h"

#include <unordered_map>

namespace Maestro::Core {

// Finds the entry of a mapping under construction whose key equals a given key the way
// Python compares dict keys (Value::sameContent: `1`, `0x1`, `1.0` and `true` are one
// key). Small mappings are scanned; large ones (a service with thousands of instances)
// are hashed so that building them stays linear.
class KeyIndex
{
public:
    // Index into `entries` of the entry with an equal key, or -1.
    qsizetype find(const Value::Map &entries, const Value &key) const;
    // Must be called after each append to `entries`.
    void appended(const Value::Map &entries);

private:
    static size_t hashOf(const Value &key);

    static constexpr size_t kLinearLimit = 8;
    std::unordered_multimap<size_t, qsizetype> m_positions; // empty while the mapping is small
};

} // namespace Maestro::Core
