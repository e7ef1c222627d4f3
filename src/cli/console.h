// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "core/error.h"

#include <QString>

namespace Maestro::Cli {

// Standard output and error of the `maestro` command. `ERROR` is red when standard error
// is a terminal (MaestroNG always writes the colour codes; scripts reading our error
// output get plain text).
class Console
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
    // "ERROR: file:line:col: message"
    static void error(const Core::Error &error);
    static void error(const QString &message);
    // "WARNING: message", yellow on a terminal.
    static void warning(const QString &message);
    static void diagnostic(const Core::Diagnostic &diagnostic);
};

} // namespace Maestro::Cli
