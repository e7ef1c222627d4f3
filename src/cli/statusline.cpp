// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusline.h"

namespace Maestro::Cli {

QString StatusLine::pending(const QString &text)
{
    if (!m_terminal)
        return {};
    m_shown = true;
    return text + QStringLiteral("\x1b[K\r");
}

QString StatusLine::clear()
{
    if (!m_shown)
        return {};
    m_shown = false;
    return QStringLiteral("\x1b[2K\r");
}

QString StatusLine::commit(const QString &text, bool problem)
{
    QString out = clear();
    // Spec 11.2's red; the reference leaves the cursor on the line, we end it.
    out += problem && m_colours ? QStringLiteral("\x1b[31;1m") + text + QStringLiteral("\x1b[;0m")
                                : text;
    return out + QLatin1Char('\n');
}

} // namespace Maestro::Cli
