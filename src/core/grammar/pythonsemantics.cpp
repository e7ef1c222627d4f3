// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonsemantics.h"

#include <cmath>
#include <limits>

namespace Maestro::Core {

QString pythonTypeRepr(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return QStringLiteral("<class 'NoneType'>");
    case Value::Kind::Bool:
        return QStringLiteral("<class 'bool'>");
    case Value::Kind::Int:
        return QStringLiteral("<class 'int'>");
    case Value::Kind::Float:
        return QStringLiteral("<class 'float'>");
    case Value::Kind::String:
        return QStringLiteral("<class 'str'>");
    case Value::Kind::List:
        return QStringLiteral("<class 'list'>");
    case Value::Kind::Map:
        return QStringLiteral("<class 'dict'>");
    }
    return {};
}

bool isPythonSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u == 0x1c || u == 0x1d || u == 0x1e || u == 0x1f)
        return true;
    // The zero width no-break space is not whitespace for Python but is for nothing else
    // either; QChar::isSpace covers \t\n\v\f\r, space, 0x85, 0xa0 and Zs/Zl/Zp.
    return c.isSpace();
}

QStringView pythonStrip(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isPythonSpace(text[begin]))
        ++begin;
    while (end > begin && isPythonSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

std::optional<qint64> pythonIntFromString(QStringView text)
{
    const QStringView s = pythonStrip(text);
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-'))) {
        negative = s[i] == QLatin1Char('-');
        ++i;
    }
    if (i >= s.size())
        return std::nullopt;
    // Accumulate as a negative number so that the minimum qint64 is representable.
    qint64 acc = 0;
    bool previousWasDigit = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('_')) {
            if (!previousWasDigit)
                return std::nullopt;
            previousWasDigit = false;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        const int digit = c.unicode() - '0';
        if (acc < (std::numeric_limits<qint64>::min() + digit) / 10)
            return std::nullopt;
        acc = acc * 10 - digit;
        previousWasDigit = true;
    }
    if (!previousWasDigit) // trailing underscore
        return std::nullopt;
    if (negative)
        return acc;
    if (acc == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return -acc;
}

std::optional<qint64> pythonInt(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Int:
        return value.toInt();
    case Value::Kind::Bool:
        return value.toBool() ? 1 : 0;
    case Value::Kind::Float: {
        const double d = std::trunc(value.toDouble());
        // 2^63 is exactly representable; anything at or beyond it does not fit.
        if (!std::isfinite(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0)
            return std::nullopt;
        return qint64(d);
    }
    case Value::Kind::String:
        return pythonIntFromString(value.toString());
    default:
        return std::nullopt;
    }
}

} // namespace Maestro::Core
