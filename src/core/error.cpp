// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace Maestro::Core {

QString Error::toString() const
{
    if (location.file.isEmpty() && !location.isValid())
        return message;
    return location.toString() + QStringLiteral(": ") + message;
}

} // namespace Maestro::Core
