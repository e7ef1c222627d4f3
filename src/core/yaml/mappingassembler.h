// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyindex.h"

#include "core/result.h"
#include "core/value.h"

namespace Maestro::Core {

// Collects the entries of one YAML mapping while it is parsed. Rejects duplicate and
// unhashable keys (MaestroNG's loader does), and applies a `<<` merge key, which
// MaestroNG rejects but we accept: merged entries fill the keys the mapping does not
// set itself, and with `<<: [*a, *b]` the earlier source wins. Single-threaded.
class MappingAssembler
{
public:
    // An entry written in the mapping itself.
    VoidResult add(Value key, Value value);
    // The value of the mapping's `<<` key (whose own position is `keyLocation`).
    VoidResult addMerge(const SourceLocation &keyLocation, Value source);

    // The entries in Python dict order: merged keys first, each at its first position.
    Value::Map take();

private:
    Value::Map m_entries;
    KeyIndex m_index;
    Value m_mergeSource;               // a mapping or a list of mappings; null when none
    SourceLocation m_mergeKeyLocation; // where `<<` was written, for duplicate `<<` keys
    bool m_hasMerge = false;
};

} // namespace Maestro::Core
