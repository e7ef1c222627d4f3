// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yamleventlog.h"

#include <QByteArray>

#include <optional>

namespace Maestro::Core {

// Reads the YAML that hand-written environment files are made of, about thirty times faster
// than yaml-cpp's scanner (a character-at-a-time regular-expression matcher that is most of
// a load's time), and gives exactly the events yaml-cpp would give, marks included.
//
// The subset: one document of block mappings and block sequences (indentless ones too), keys
// and values on one line each, plain scalars, single- and double-quoted scalars (the common
// escapes), flow collections that close on their line, anchors and aliases, comments and
// blank lines, UTF-8. Anything else (block scalars `|` `>`, a value continued on the next
// line, tags, explicit keys, directives, more than one document, tabs, CR, errors of any
// kind) makes it decline, and yaml-cpp reads the text: it is the reference, and the
// differential tests hold this reader to it. Declining costs one quick pass over the text.
std::optional<YamlEventLog> readSimpleYaml(const QByteArray &utf8);

} // namespace Maestro::Core
