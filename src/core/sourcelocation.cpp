// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelocation.h"

namespace Maestro::Core {

QString SourceLocation::toString() const
{
    if (line <= 0)
        return file;
    if (column <= 0)
        return QStringLiteral("%1:%2").arg(file).arg(line);
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

} // namespace Maestro::Core
