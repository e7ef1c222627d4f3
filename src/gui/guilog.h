// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Maestro::Gui {

// The gui layer's logging category ("maestro.gui"), switched on with QT_LOGGING_RULES
// (STYLE rule 6).
Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace Maestro::Gui
