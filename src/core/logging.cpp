// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace Maestro::Core {

Q_LOGGING_CATEGORY(lcCore, "maestro.core", QtWarningMsg)

} // namespace Maestro::Core
