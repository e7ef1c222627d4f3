// SPDX-License-Identifier: GPL-3.0-or-later
#include "guilog.h"

namespace Maestro::Gui {

Q_LOGGING_CATEGORY(lcGui, "maestro.gui", QtWarningMsg)

} // namespace Maestro::Gui
