// SPDX-License-Identifier: GPL-3.0-or-later
#include "counted.h"

namespace Maestro::Cli {

QString counted(qsizetype n, const QString &one, const QString &many)
{
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

} // namespace Maestro::Cli
