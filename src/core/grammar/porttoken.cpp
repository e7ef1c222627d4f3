// SPDX-License-Identifier: GPL-3.0-or-later
#include "porttoken.h"

namespace Maestro::Core {

namespace {

qsizetype digitRun(QStringView text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9'))
        ++i;
    return i - from;
}

qint64 number(const QString &digits)
{
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok ? n : 0;
}

} // namespace

QString PortToken::numberText() const
{
    return isRange() ? first + QLatin1Char('-') + last : first;
}

QString PortToken::normalized() const
{
    return numberText() + QLatin1Char('/') + protocol;
}

qint64 PortToken::firstNumber() const
{
    return number(first);
}

qint64 PortToken::lastNumber() const
{
    return isRange() ? number(last) : firstNumber();
}

std::optional<PortToken> PortToken::parse(QStringView text)
{
    // Python's `$` also matches just before one final newline; the reference's regex
    // therefore accepts "80\n", so we do too.
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    PortToken token;
    qsizetype i = 0;
    qsizetype run = digitRun(text, i);
    if (run == 0)
        return std::nullopt;
    token.first = text.sliced(i, run).toString();
    i += run;
    if (i < text.size() && text[i] == QLatin1Char('-')) {
        run = digitRun(text, i + 1);
        if (run == 0)
            return std::nullopt;
        token.last = text.sliced(i + 1, run).toString();
        i += 1 + run;
    }
    token.protocol = QStringLiteral("tcp");
    if (i < text.size() && text[i] == QLatin1Char('/')) {
        const QStringView proto = text.sliced(i + 1);
        if (proto != QLatin1String("tcp") && proto != QLatin1String("udp"))
            return std::nullopt;
        token.protocol = proto.toString();
        i = text.size();
    }
    if (i != text.size())
        return std::nullopt;
    return token;
}

} // namespace Maestro::Core
