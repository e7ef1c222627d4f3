// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonformat.h"

#include "value.h"

#include <QStringList>
#include <charconv>

#include <cmath>
#include <string>

namespace Maestro::Core {

namespace {

QString reprString(const QString &s)
{
    // Python prefers single quotes and switches to double quotes only when the text
    // contains a single quote but no double quote.
    const bool useDouble = s.contains(QLatin1Char('\'')) && !s.contains(QLatin1Char('"'));
    const QChar quote = useDouble ? QLatin1Char('"') : QLatin1Char('\'');
    QString out;
    out.reserve(s.size() + 2);
    out += quote;
    for (const QChar c : s) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == quote)
            out += QString(QLatin1Char('\\')) + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    out += quote;
    return out;
}

} // namespace

QString pythonFloat(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");

    // Shortest round-trip digits in scientific form, then laid out by repr()'s rule:
    // scientific when the decimal exponent is below -4 or at least 16.
    char buffer[64];
    const auto res
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string sci(buffer, res.ptr);
    const size_t ePos = sci.find('e');
    std::string mantissa = sci.substr(0, ePos);
    const int exponent = std::stoi(sci.substr(ePos + 1));
    const bool negative = !mantissa.empty() && mantissa[0] == '-';
    if (negative)
        mantissa.erase(0, 1);
    std::string digits;
    for (char c : mantissa) {
        if (c != '.')
            digits += c;
    }

    std::string out;
    if (exponent < -4 || exponent >= 16) {
        out = digits.substr(0, 1);
        if (digits.size() > 1)
            out += '.' + digits.substr(1);
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += exp;
    } else if (exponent < 0) {
        out = "0." + std::string(size_t(-exponent - 1), '0') + digits;
    } else {
        const size_t intDigits = size_t(exponent) + 1;
        if (digits.size() <= intDigits) {
            out = digits + std::string(intDigits - digits.size(), '0') + ".0";
        } else {
            out = digits.substr(0, intDigits) + '.' + digits.substr(intDigits);
        }
    }
    if (negative)
        out.insert(out.begin(), '-');
    return QString::fromStdString(out);
}

QString pythonStr(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return QStringLiteral("None");
    case Value::Kind::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case Value::Kind::Int:
        return QString::number(value.toInt());
    case Value::Kind::Float:
        return pythonFloat(value.toDouble());
    case Value::Kind::String:
        return value.toString();
    case Value::Kind::List: {
        QStringList parts;
        for (const Value &item : value.items())
            parts << pythonRepr(item);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case Value::Kind::Map: {
        QStringList parts;
        for (const Value::Entry &e : value.entries())
            parts << pythonRepr(e.key) + QStringLiteral(": ") + pythonRepr(e.value);
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    }
    return {};
}

QString pythonRepr(const Value &value)
{
    if (value.isString())
        return reprString(value.toString());
    return pythonStr(value);
}

} // namespace Maestro::Core
