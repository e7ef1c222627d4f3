// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Maestro::Core {

// Reads an environment file the way docker-py 1.x does (spec 9.5), as MaestroNG's
// `envfile:` needs. Lines end at LF, CRLF or CR. A line whose first character is '#' is a
// comment; every other line is stripped of surrounding whitespace and split at the first
// '=' into KEY and value (quotes kept, spaces around '=' kept). KW-25: blank and
// whitespace-only lines are skipped instead of being errors. A line without '=' is
// "Invalid line in environment file {displayName}:\n{line}", located at `path`:line. A
// key given twice keeps its first position and its last value (a Python dict). A UTF-8
// byte order mark is ignored. Blocking file I/O: call it off the GUI thread for big files.
//
// `path` is the file to open; `displayName` is how messages name it (usually the name as
// written in the environment file).
Result<QList<QPair<QString, QString>>> parseEnvFile(const QString &path,
                                                    const QString &displayName);

} // namespace Maestro::Core
