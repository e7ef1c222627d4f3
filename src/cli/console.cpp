// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <cstdio>
#include <unistd.h>

namespace Maestro::Cli {

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString label(const QString &word, const char *colour)
{
    static const bool terminal = isatty(fileno(stderr)) == 1;
    return terminal ? QStringLiteral("\x1b[%1m%2\x1b[;0m").arg(QLatin1String(colour), word) : word;
}
} // namespace

void Console::out(const QString &text)
{
    write(stdout, text);
}

void Console::err(const QString &text)
{
    write(stderr, text);
}

void Console::error(const Core::Error &error)
{
    Console::error(error.toString());
}

void Console::error(const QString &message)
{
    err(label(QStringLiteral("ERROR"), "31;1") + QStringLiteral(": ") + message
        + QLatin1Char('\n'));
}

void Console::warning(const QString &message)
{
    err(label(QStringLiteral("WARNING"), "33;1") + QStringLiteral(": ") + message
        + QLatin1Char('\n'));
}

void Console::diagnostic(const Core::Diagnostic &diagnostic)
{
    if (diagnostic.isError()) {
        error(diagnostic.toError());
        return;
    }
    QString where = diagnostic.location.toString();
    if (!where.isEmpty())
        where += QStringLiteral(": ");
    warning(where + diagnostic.message);
}

} // namespace Maestro::Cli
