// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

namespace Maestro::Gui {

QIcon themedIcon(const QString &themeName)
{
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/%1.svg").arg(themeName)));
}

} // namespace Maestro::Gui
