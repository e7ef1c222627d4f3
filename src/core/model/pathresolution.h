// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Core {

// MaestroNG resolves certificate, key and socket paths against the working directory;
// we also look next to the environment file when that fails (KW-29). `~` is expanded.
// Returns an absolute path (the working-directory one when neither exists).
QString resolveUserPath(const QString &path, const QString &baseDir);

// Joins `name` to `baseDir` the way Python's os.path.join does (absolute names stay).
QString joinBaseDir(const QString &baseDir, const QString &name);

} // namespace Maestro::Core
