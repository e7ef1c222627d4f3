// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editpath.h"

#include "core/value.h"

#include <QString>

#include <optional>

namespace Maestro::Core::ValueEdit {

// What an edit is meant to do to the parsed document, computed on Values: the oracle the
// edit engine checks its byte edits against. Missing mappings on the way are created; a
// set of the item one past a sequence's end appends it.
const Value *find(const Value &root, const EditPath &path);
Value set(const Value &root, const EditPath &path, const Value &value);
// `value` becomes item N of the sequence (`path` ends in [N], N at most its length).
Value insert(const Value &root, const EditPath &path, const Value &value);
Value unset(const Value &root, const EditPath &path);
Value rename(const Value &root, const EditPath &path, const QString &newKey);

// The first place where two documents mean something different (mappings compare as
// dictionaries, whatever their order), as a path; nullopt when they are equal.
std::optional<EditPath> firstDifference(const Value &a, const Value &b);

} // namespace Maestro::Core::ValueEdit
