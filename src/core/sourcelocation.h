// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Core {

// A position in a file the user wrote. Lines and columns are 1-based; 0 means unknown.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    // "file:line:col", "file:line", or just "file", depending on what is known.
    QString toString() const;

    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

} // namespace Maestro::Core
