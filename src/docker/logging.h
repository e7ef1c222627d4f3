// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Maestro::Docker {

// The Docker client's one logging category, "maestro.docker". Nothing logged under it may
// contain a password, a key, a passphrase or an X-Registry-Auth header, at any level.
Q_DECLARE_LOGGING_CATEGORY(lcDocker)

} // namespace Maestro::Docker
