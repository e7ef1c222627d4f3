// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/logging.h"

namespace Maestro::Docker {

Q_LOGGING_CATEGORY(lcDocker, "maestro.docker", QtWarningMsg)

} // namespace Maestro::Docker
