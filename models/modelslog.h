// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Maestro::Models {

// The models layer's logging category ("maestro.models"), switched on with QT_LOGGING_RULES
// (STYLE rule 6).
Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace Maestro::Models
