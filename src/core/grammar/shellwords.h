// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Maestro::Core {

// Splits a command line into words the way Python's shlex.split() does (POSIX mode, no
// comments), which is how MaestroNG turns `command:` strings and exec/rexec check
// commands into argv: words are separated by space, tab, CR or LF; single quotes keep
// everything literally; inside double quotes a backslash escapes only `"` and `\`;
// outside quotes a backslash escapes any character; `''` is an empty word; `#` is an
// ordinary character. Pure function, safe from any thread.
struct ShellWords
{
    QStringList words;
    // Empty on success, else shlex's reason: "No closing quotation" or "No escaped character".
    QString error;

    static ShellWords split(const QString &text);
};

} // namespace Maestro::Core
