// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Maestro::Core {

// What yaml-cpp's scalar events do not tell, read back from the text at the node's
// position: whether the node carries the bare non-specific tag `!` (PyYAML then types
// it like a plain scalar, yaml-cpp reports it like a quoted one) and whether a quoted
// scalar is ever closed (yaml-cpp silently ends an open quote at the end of the input;
// PyYAML reports it). Stateless; any thread.
class ScalarSyntax
{
public:
    struct Facts
    {
        bool nonSpecificTag = false;
        bool unterminatedQuote = false;
    };

    // `pos` is the byte offset yaml-cpp reports for the node (its first property or,
    // without properties, its first character).
    static Facts inspect(const QByteArray &utf8, qsizetype pos);

    // Whether a null node at `pos` was written (`~`, `null`, or properties such as
    // `&a`). yaml-cpp reports an empty value at the position of the token after it,
    // which may be the next key; callers then prefer a better position.
    static bool isWrittenNull(const QByteArray &utf8, qsizetype pos);
};

} // namespace Maestro::Core
