// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Maestro::Core {

// Shell-style matching of a whole name, as Python's fnmatch on POSIX (case-sensitive):
// `*`, `?`, `[abc]`, `[a-z]`, `[!abc]`. Used by the -C and -S filters.
bool wildcardMatch(QStringView pattern, QStringView name);

} // namespace Maestro::Core
