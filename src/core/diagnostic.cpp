// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <algorithm>

namespace Maestro::Core {

QString Diagnostic::toString() const
{
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    QString where = location.toString();
    if (!where.isEmpty())
        where += QStringLiteral(": ");
    return where + kind + QStringLiteral(": ") + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}

} // namespace Maestro::Core
