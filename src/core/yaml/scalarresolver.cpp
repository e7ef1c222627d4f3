// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalarresolver.h"

#include "tagresolver.h"
#include "yamltr.h"

#include <QList>

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace Maestro::Core {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isDigitOrUnderscore(QChar c)
{
    return isDigit(c) || c == QLatin1Char('_');
}

bool isBinaryDigitOrUnderscore(QChar c)
{
    return c == QLatin1Char('0') || c == QLatin1Char('1') || c == QLatin1Char('_');
}

bool isOctalDigitOrUnderscore(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('7')) || c == QLatin1Char('_');
}

bool isHexDigitOrUnderscore(QChar c)
{
    return isDigitOrUnderscore(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isSign(QChar c)
{
    return c == QLatin1Char('+') || c == QLatin1Char('-');
}

bool oneOf(QStringView text, std::initializer_list<QStringView> words)
{
    for (QStringView word : words) {
        if (text == word)
            return true;
    }
    return false;
}

qsizetype skipDigitsAndUnderscores(QStringView s, qsizetype i)
{
    while (i < s.size() && isDigitOrUnderscore(s[i]))
        ++i;
    return i;
}

// Matches PyYAML's `(?::[0-5]?[0-9])+` starting at s[i]; the index after it, or -1.
qsizetype sexagesimalEnd(QStringView s, qsizetype i)
{
    const qsizetype n = s.size();
    if (i >= n || s[i] != QLatin1Char(':'))
        return -1;
    while (i < n && s[i] == QLatin1Char(':')) {
        ++i;
        if (i >= n || !isDigit(s[i]))
            return -1;
        const QChar first = s[i++];
        if (i < n && isDigit(s[i])) {
            // Two digits only when the first is 0-5; `1:60` is not base 60.
            if (first > QLatin1Char('5'))
                return -1;
            ++i;
        }
    }
    return i;
}

// `(?:[eE][-+][0-9]+)?$`: PyYAML insists on the exponent's sign, so `1.0e3` is a string.
bool exponentThenEnd(QStringView s, qsizetype i)
{
    const qsizetype n = s.size();
    if (i == n)
        return true;
    if (s[i] != QLatin1Char('e') && s[i] != QLatin1Char('E'))
        return false;
    ++i;
    if (i >= n || !isSign(s[i]))
        return false;
    ++i;
    if (i >= n || !isDigit(s[i]))
        return false;
    while (i < n && isDigit(s[i]))
        ++i;
    return i == n;
}

bool allOf(QStringView s, bool (*pred)(QChar))
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!pred(c))
            return false;
    }
    return true;
}

// [-+]?0b[0-1_]+ | [-+]?0[0-7_]+ | [-+]?(?:0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+
// | [-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+
bool matchesInt(QStringView s)
{
    qsizetype i = (!s.isEmpty() && isSign(s[0])) ? 1 : 0;
    if (i >= s.size())
        return false;
    if (s[i] == QLatin1Char('0')) {
        if (i + 1 == s.size())
            return true;
        if (s[i + 1] == QLatin1Char('b'))
            return allOf(s.mid(i + 2), isBinaryDigitOrUnderscore);
        if (s[i + 1] == QLatin1Char('x'))
            return allOf(s.mid(i + 2), isHexDigitOrUnderscore);
        return allOf(s.mid(i + 1), isOctalDigitOrUnderscore);
    }
    if (!isDigit(s[i]))
        return false;
    i = skipDigitsAndUnderscores(s, i + 1);
    return i == s.size() || sexagesimalEnd(s, i) == s.size();
}

// [-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)? | \.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
// | [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)
bool matchesFloat(QStringView s)
{
    if (oneOf(s, {u".nan", u".NaN", u".NAN"}))
        return true;
    const qsizetype sign = (!s.isEmpty() && isSign(s[0])) ? 1 : 0;
    const QStringView unsignedPart = s.mid(sign);
    if (oneOf(unsignedPart, {u".inf", u".Inf", u".INF"}))
        return true;
    qsizetype i = sign;
    if (i >= s.size())
        return false;
    if (s[i] == QLatin1Char('.')) {
        // Only this form has no sign: `-.5` is a string in PyYAML.
        if (sign || i + 1 >= s.size() || !isDigit(s[i + 1]))
            return false;
        return exponentThenEnd(s, skipDigitsAndUnderscores(s, i + 2));
    }
    if (!isDigit(s[i]))
        return false;
    i = skipDigitsAndUnderscores(s, i + 1);
    if (i < s.size() && s[i] == QLatin1Char(':')) {
        i = sexagesimalEnd(s, i);
        if (i < 0 || i >= s.size() || s[i] != QLatin1Char('.'))
            return false;
        return skipDigitsAndUnderscores(s, i + 1) == s.size();
    }
    if (i >= s.size() || s[i] != QLatin1Char('.'))
        return false;
    return exponentThenEnd(s, skipDigitsAndUnderscores(s, i + 1));
}

QString withoutUnderscores(const QString &text)
{
    QString out = text;
    out.remove(QLatin1Char('_'));
    return out;
}

// Splits a leading sign off; returns -1 or +1.
int takeSign(QStringView &text)
{
    if (text.isEmpty() || !isSign(text[0]))
        return 1;
    const int sign = text[0] == QLatin1Char('-') ? -1 : 1;
    text = text.mid(1);
    return sign;
}

enum class Parsed { Ok, Malformed, TooLarge };

Parsed parseUnsigned(QStringView digits, int base, quint64 &out)
{
    if (digits.isEmpty())
        return Parsed::Malformed;
    quint64 value = 0;
    bool overflow = false;
    for (QChar c : digits) {
        int digit = -1;
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'a' && u <= u'z')
            digit = u - u'a' + 10;
        else if (u >= u'A' && u <= u'Z')
            digit = u - u'A' + 10;
        if (digit < 0 || digit >= base)
            return Parsed::Malformed;
        // Keep reading after an overflow: a later bad digit makes it malformed instead.
        overflow = overflow || __builtin_mul_overflow(value, quint64(base), &value)
                   || __builtin_add_overflow(value, quint64(digit), &value);
    }
    out = value;
    return overflow ? Parsed::TooLarge : Parsed::Ok;
}

// Python's `value = sum(int(part) * 60**k)` over the `:`-separated parts.
Parsed parseSexagesimal(QStringView digits, quint64 &out)
{
    quint64 value = 0;
    Parsed status = Parsed::Ok;
    for (QStringView part : digits.split(QLatin1Char(':'))) {
        quint64 digit = 0;
        const Parsed partStatus = parseUnsigned(part, 10, digit);
        if (partStatus == Parsed::Malformed)
            return Parsed::Malformed;
        if (partStatus == Parsed::TooLarge || __builtin_mul_overflow(value, quint64(60), &value)
            || __builtin_add_overflow(value, digit, &value))
            status = Parsed::TooLarge;
    }
    out = value;
    return status;
}

bool parseDouble(QStringView text, double &out)
{
    QStringView t = text.trimmed();
    if (t.startsWith(QLatin1Char('+')))
        t = t.mid(1);
    const QByteArray latin = t.toLatin1();
    if (latin.isEmpty() || latin.size() != t.size())
        return false;
    const char *end = latin.constData() + latin.size();
    const auto [ptr, ec] = std::from_chars(latin.constData(), end, out);
    // from_chars reports out-of-range for 1e999; Python's float() says inf there.
    if (ec == std::errc::result_out_of_range && ptr == end) {
        out = std::strtod(latin.constData(), nullptr);
        return true;
    }
    return ec == std::errc() && ptr == end;
}

Error invalid(const QString &text, const char *what, const SourceLocation &location)
{
    return Error{YamlTr::tr("'%1' is not a valid %2").arg(text, QLatin1String(what)), location, {}};
}

} // namespace

ScalarResolver::Type ScalarResolver::classifyPlain(QStringView text)
{
    if (text.isEmpty())
        return Type::Null;
    // Like PyYAML, pick the candidate types by the first character: most scalars are
    // keys and names that no rule can match.
    switch (text.front().unicode()) {
    case u'y':
    case u'Y':
    case u'n':
    case u'N':
    case u't':
    case u'T':
    case u'f':
    case u'F':
    case u'o':
    case u'O':
        if (oneOf(text,
                  {u"yes", u"Yes", u"YES", u"no", u"No", u"NO", u"true", u"True", u"TRUE", u"false",
                   u"False", u"FALSE", u"on", u"On", u"ON", u"off", u"Off", u"OFF"}))
            return Type::Bool;
        if (oneOf(text, {u"null", u"Null", u"NULL"}))
            return Type::Null;
        return Type::String;
    case u'~':
        return text.size() == 1 ? Type::Null : Type::String;
    case u'<':
        return text == u"<<" ? Type::Merge : Type::String;
    case u'=':
        return text.size() == 1 ? Type::ValueKey : Type::String;
    case u'0':
    case u'1':
    case u'2':
    case u'3':
    case u'4':
    case u'5':
    case u'6':
    case u'7':
    case u'8':
    case u'9':
    case u'+':
    case u'-':
    case u'.':
        if (matchesFloat(text))
            return Type::Float;
        if (matchesInt(text))
            return Type::Int;
        // Timestamps (2013-01-01) would be dates in Python; they are kept as their text.
        return Type::String;
    default:
        return Type::String;
    }
}

Result<Value> ScalarResolver::resolvePlain(const QString &text, const SourceLocation &location)
{
    Result<Value> resolved = Value::string(text, location);
    switch (classifyPlain(text)) {
    case Type::Null:
        resolved = Value::null(location);
        break;
    case Type::Bool:
        resolved = constructBool(text, location);
        break;
    case Type::Int:
        resolved = constructInt(text, location);
        break;
    case Type::Float:
        resolved = constructFloat(text, location);
        break;
    case Type::Merge:
        return TagResolver::unknownTag(QStringLiteral("tag:yaml.org,2002:merge"), location);
    case Type::ValueKey:
        return TagResolver::unknownTag(QStringLiteral("tag:yaml.org,2002:value"), location);
    case Type::String:
        break;
    }
    if (!resolved)
        return resolved;
    return resolved->withPlainText(text);
}

Result<Value> ScalarResolver::constructInt(const QString &text, const SourceLocation &location)
{
    const QString cleaned = withoutUnderscores(text);
    QStringView digits = cleaned;
    const int sign = takeSign(digits);
    quint64 magnitude = 0;
    Parsed status = Parsed::Ok;
    if (digits == QLatin1String("0"))
        status = Parsed::Ok;
    else if (digits.startsWith(QLatin1String("0b")))
        status = parseUnsigned(digits.mid(2), 2, magnitude);
    else if (digits.startsWith(QLatin1String("0x")))
        status = parseUnsigned(digits.mid(2), 16, magnitude);
    else if (digits.startsWith(QLatin1String("0o"))) // Python's int(value, 8) takes it too
        status = parseUnsigned(digits.mid(2), 8, magnitude);
    else if (digits.startsWith(QLatin1Char('0')))
        status = parseUnsigned(digits, 8, magnitude);
    else if (digits.contains(QLatin1Char(':')))
        status = parseSexagesimal(digits, magnitude);
    else // Python's int() ignores surrounding blanks (`!!int ' 12'`)
        status = parseUnsigned(digits.trimmed(), 10, magnitude);

    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (sign < 0 ? 1 : 0);
    if (status == Parsed::Ok && magnitude > limit)
        status = Parsed::TooLarge;
    if (status == Parsed::Malformed)
        return invalid(text, "integer", location);
    if (status == Parsed::TooLarge) {
        // Python has arbitrary precision; a silently different number would be worse.
        return Error{YamlTr::tr("integer %1 does not fit in 64 bits").arg(text), location, {}};
    }
    const qint64 value = sign < 0 ? qint64(0 - magnitude) : qint64(magnitude);
    return Value::integer(value, location);
}

Result<Value> ScalarResolver::constructFloat(const QString &text, const SourceLocation &location)
{
    const QString cleaned = withoutUnderscores(text).toLower();
    QStringView number = cleaned;
    const double sign = takeSign(number);
    if (number == QLatin1String(".inf"))
        return Value::floating(sign * std::numeric_limits<double>::infinity(), location);
    if (number == QLatin1String(".nan"))
        return Value::floating(std::numeric_limits<double>::quiet_NaN(), location);
    double value = 0;
    if (number.contains(QLatin1Char(':'))) {
        // Summed from the last part up, as PyYAML does, so rounding matches.
        const QList<QStringView> parts = number.split(QLatin1Char(':'));
        double base = 1;
        for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
            double digit = 0;
            if (!parseDouble(*it, digit))
                return invalid(text, "float", location);
            value += digit * base;
            base *= 60;
        }
    } else if (!parseDouble(number, value)) {
        return invalid(text, "float", location);
    }
    return Value::floating(sign * value, location);
}

Result<Value> ScalarResolver::constructBool(const QString &text, const SourceLocation &location)
{
    const QString lower = text.toLower();
    if (oneOf(lower, {u"yes", u"true", u"on"}))
        return Value::boolean(true, location);
    if (oneOf(lower, {u"no", u"false", u"off"}))
        return Value::boolean(false, location);
    return invalid(text, "boolean", location);
}

} // namespace Maestro::Core
