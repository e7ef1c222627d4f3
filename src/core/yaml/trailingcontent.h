// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "marklocator.h"

#include "core/result.h"

#include <QByteArray>

namespace YAML {
class Parser;
}

namespace Maestro::Core {

// Checks what follows the first document, which `parser` has just handled.
//
// yaml-cpp ends a document as soon as its top-level node is complete and silently starts
// another one, so a mis-indented line (`- x` under a top-level mapping) would cut the
// file short without a word. PyYAML reports such text; so do we. A later document that
// starts with `---` is ignored, errors in it included. `lastNodePos` is the byte offset
// of the first document's last node. May rethrow yaml-cpp's exceptions for the caller
// to convert.
VoidResult checkTrailingContent(YAML::Parser &parser, const QByteArray &utf8, int lastNodePos,
                                const MarkLocator &locator);

} // namespace Maestro::Core
