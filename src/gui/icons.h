// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Maestro::Gui {

// The desktop theme's icon `themeName` when the theme has one, else the bundled
// `:/icons/<themeName>.svg` (resources/icons), so the app looks native on Plasma and GNOME
// and complete elsewhere.
QIcon themedIcon(const QString &themeName);

} // namespace Maestro::Gui
