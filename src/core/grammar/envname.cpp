// SPDX-License-Identifier: GPL-3.0-or-later
#include "envname.h"

namespace Maestro::Core {

QString normalizeEnvName(QStringView name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= 'a' && u <= 'z')
            result += QChar(u - 'a' + 'A');
        else if ((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_')
            result += c;
        else
            result += QLatin1Char('_');
    }
    return result;
}

} // namespace Maestro::Core
