// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelslog.h"

namespace Maestro::Models {

Q_LOGGING_CATEGORY(lcModels, "maestro.models", QtWarningMsg)

} // namespace Maestro::Models
