// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sourcemap.h"
#include "core/value.h"

#include <QString>

namespace YAML {
class EventHandler;
}

namespace Maestro::Core {

// Parses the first YAML document of `renderedText` into a Value tree, the way MaestroNG's
// PyYAML safe loader reads it (YAML 1.1 typing, explicit !!str/!!int/!!float/!!bool/
// !!null/!!seq/!!map tags, anchors and aliases), with its extra rule that a duplicate key
// in any mapping is an error, plus one extension: `<<` merge keys are accepted.
//
// Positions are mapped through `sourceMap` (rendered text -> the user's files) so every
// Value::location() and every error points at what the user wrote. An empty document
// gives a null Value. Never throws; safe to call from any thread (no shared state).
Result<Value> parseYaml(const QString &renderedText, const SourceMap &sourceMap);
// Same, and `observer` receives every event of the same parse (after the Value builder):
// another reader of the text's structure (the edit engine's spans) without parsing twice.
Result<Value> parseYaml(const QString &renderedText, const SourceMap &sourceMap,
                        YAML::EventHandler *observer);

} // namespace Maestro::Core
