// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatestringformat.h"

#include "templatedict.h"
#include "templateerror.h"
#include "templateoperations.h"

#include "core/pythonformat.h"

#include <charconv>
#include <cmath>
#include <string>

namespace Maestro::Core::TemplateStringFormat {

namespace {

constexpr int maxPrecision = 1000;

// printf-style fixed/scientific/general formatting, correctly rounded like Python's
// (QString::number rounds ties away from zero: 2.25 -> "2.3" where Python says "2.2").
QString formatDouble(double value, char format, int precision)
{
    const std::chars_format style = format == 'f'   ? std::chars_format::fixed
                                    : format == 'e' ? std::chars_format::scientific
                                                    : std::chars_format::general;
    std::string buffer(size_t(precision) + 400, '\0');
    const auto result
        = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, style, precision);
    return QString::fromLatin1(buffer.data(), result.ptr - buffer.data());
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

struct Spec
{
    QChar fill = QLatin1Char(' ');
    QChar align; // < > ^ =, or null for the type's default
    QChar sign = QLatin1Char('-');
    bool alternate = false; // #
    bool zero = false;      // 0
    int width = -1;
    int precision = -1;
    QChar type;
};

// Reads digits at `i`; -1 when there are none, an error when the number is absurd.
Result<int> readNumber(QStringView text, qsizetype *i)
{
    qint64 value = -1;
    while (*i < text.size() && isDigit(text[*i])) {
        value = (value < 0 ? 0 : value) * 10 + (text[*i].unicode() - '0');
        if (value > 100000)
            return templateError(TemplateTr::tr("width or precision too large in format string"));
        ++*i;
    }
    return int(value);
}

Result<Spec> parseSpec(QStringView text)
{
    Spec spec;
    qsizetype i = 0;
    auto isAlign = [](QChar c) {
        return c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('^')
               || c == QLatin1Char('=');
    };
    if (text.size() >= 2 && isAlign(text[1])) {
        spec.fill = text[0];
        spec.align = text[1];
        i = 2;
    } else if (!text.isEmpty() && isAlign(text[0])) {
        spec.align = text[0];
        i = 1;
    }
    if (i < text.size()
        && (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-')
            || text[i] == QLatin1Char(' ')))
        spec.sign = text[i++];
    if (i < text.size() && text[i] == QLatin1Char('#')) {
        spec.alternate = true;
        ++i;
    }
    if (i < text.size() && text[i] == QLatin1Char('0')) {
        spec.zero = true;
        ++i;
    }
    auto width = readNumber(text, &i);
    if (!width)
        return width.error();
    spec.width = width.value();
    if (i < text.size() && text[i] == QLatin1Char('.')) {
        ++i;
        auto precision = readNumber(text, &i);
        if (!precision)
            return precision.error();
        if (precision.value() < 0)
            return templateError(TemplateTr::tr("format specifier missing precision"));
        spec.precision = precision.value();
    }
    if (i < text.size())
        spec.type = text[i++];
    if (i < text.size() || spec.precision > maxPrecision)
        return templateError(
            TemplateTr::tr("invalid or unsupported format specifier '%1'").arg(text));
    return spec;
}

QString pad(const QString &body, const Spec &spec, QChar defaultAlign, qsizetype signLength)
{
    const qsizetype missing = spec.width - body.size();
    if (missing <= 0)
        return body;
    QChar align = spec.align;
    QChar fill = spec.fill;
    if (align.isNull()) {
        align = defaultAlign;
        if (spec.zero) {
            align = QLatin1Char('=');
            fill = QLatin1Char('0');
        }
    }
    const QString padding(missing, fill);
    if (align == QLatin1Char('<'))
        return body + padding;
    if (align == QLatin1Char('^'))
        return QString(missing / 2, fill) + body + QString(missing - missing / 2, fill);
    if (align == QLatin1Char('='))
        return body.left(signLength) + padding + body.mid(signLength);
    return padding + body;
}

Result<QString> formatNumber(const TemplateValue &value, const Spec &spec, QChar type)
{
    QString digits;
    bool negative = false;
    qsizetype prefixLength = 0;
    if (type == QLatin1Char('d') || type == QLatin1Char('x') || type == QLatin1Char('X')
        || type == QLatin1Char('o') || type == QLatin1Char('b') || type == QLatin1Char('c')) {
        if (value.isFloat())
            return templateError(
                TemplateTr::tr("unknown format code '%1' for object of type 'float'").arg(type));
        const qint64 n = value.toInt();
        if (type == QLatin1Char('c')) {
            const char32_t code = char32_t(n);
            if (n < 0 || n > 0x10FFFF)
                return templateError(TemplateTr::tr("%c arg not in range(0x110000)"));
            return pad(QString::fromUcs4(&code, 1), spec, QLatin1Char('<'), 0);
        }
        negative = n < 0;
        const quint64 magnitude = negative ? quint64(0) - quint64(n) : quint64(n);
        const int base = type == QLatin1Char('d')   ? 10
                         : type == QLatin1Char('o') ? 8
                         : type == QLatin1Char('b') ? 2
                                                    : 16;
        digits = QString::number(magnitude, base);
        if (type == QLatin1Char('X'))
            digits = digits.toUpper();
        if (spec.alternate && base != 10) {
            const QString prefix = base == 16  ? QStringLiteral("0x")
                                   : base == 8 ? QStringLiteral("0o")
                                               : QStringLiteral("0b");
            digits.prepend(type == QLatin1Char('X') ? prefix.toUpper() : prefix);
            prefixLength = 2;
        }
    } else {
        double x = value.toDouble();
        negative = std::signbit(x) && !std::isnan(x);
        x = std::abs(x);
        const int precision = spec.precision < 0 ? 6 : spec.precision;
        if (std::isinf(x) || std::isnan(x)) {
            digits = std::isnan(x) ? QStringLiteral("nan") : QStringLiteral("inf");
            if (type.isUpper())
                digits = digits.toUpper();
        } else if (type == QLatin1Char('%')) {
            digits = formatDouble(x * 100, 'f', precision) + QLatin1Char('%');
        } else if (type.isNull()) {
            digits = spec.precision < 0 ? pythonFloat(x)
                                        : formatDouble(x, 'g', std::max(1, precision));
        } else {
            const char format = char(type.toLower().unicode());
            digits = formatDouble(x, format, format == 'g' ? std::max(1, precision) : precision);
            if (type.isUpper())
                digits = digits.toUpper();
        }
    }
    QString sign;
    if (negative)
        sign = QStringLiteral("-");
    else if (spec.sign == QLatin1Char('+'))
        sign = QStringLiteral("+");
    else if (spec.sign == QLatin1Char(' '))
        sign = QStringLiteral(" ");
    return pad(sign + digits, spec, QLatin1Char('>'), sign.size() + prefixLength);
}

Result<QString> applySpec(const TemplateValue &value, const Spec &spec)
{
    if (const auto size = TemplateOperations::checkSize(spec.width); !size)
        return size.error();
    const QChar type = spec.type;
    if (type.isNull() || type == QLatin1Char('s')) {
        if (value.isNumber() && !value.isBool() && type.isNull()
            && (spec.precision >= 0 || spec.zero || spec.sign != QLatin1Char('-')
                || !spec.align.isNull() || spec.width >= 0))
            return formatNumber(value, spec, value.isInt() ? QChar(QLatin1Char('d')) : QChar());
        if (type == QLatin1Char('s') && !value.isString())
            return templateError(TemplateTr::tr("unknown format code 's' for object of type '%1'")
                                     .arg(value.typeName()));
        QString text = value.str();
        if (spec.precision >= 0)
            text.truncate(spec.precision);
        return pad(text, spec, QLatin1Char('<'), 0);
    }
    if (!value.isNumber()) {
        return templateError(TemplateTr::tr("unknown format code '%1' for object of type '%2'")
                                 .arg(type)
                                 .arg(value.typeName()));
    }
    static const QString numberTypes = QStringLiteral("dxXobceEfFgG%");
    if (!numberTypes.contains(type))
        return templateError(TemplateTr::tr("unknown format code '%1'").arg(type));
    return formatNumber(value, spec, type);
}

Result<QString> convert(const TemplateValue &value, QChar conversion)
{
    if (conversion.isNull() || conversion == QLatin1Char('s'))
        return value.str();
    if (conversion == QLatin1Char('r') || conversion == QLatin1Char('a'))
        return value.repr();
    return templateError(TemplateTr::tr("unknown conversion specifier %1").arg(conversion));
}

} // namespace

Result<QString> format(const QString &pattern, const TemplateCallArguments &arguments)
{
    QString out;
    int autoIndex = 0;
    enum class Numbering { Unknown, Automatic, Manual } numbering = Numbering::Unknown;
    const qsizetype n = pattern.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('}')) {
            if (i + 1 < n && pattern[i + 1] == QLatin1Char('}')) {
                out += c;
                ++i;
                continue;
            }
            return templateError(TemplateTr::tr("single '}' encountered in format string"));
        }
        if (c != QLatin1Char('{')) {
            out += c;
            continue;
        }
        if (i + 1 < n && pattern[i + 1] == QLatin1Char('{')) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            return templateError(TemplateTr::tr("single '{' encountered in format string"));
        const QStringView field = QStringView(pattern).mid(i + 1, close - i - 1);
        if (field.contains(QLatin1Char('{')))
            return templateError(
                TemplateTr::tr("nested replacement fields are not supported in format strings"));
        qsizetype nameEnd = 0;
        while (nameEnd < field.size() && field[nameEnd] != QLatin1Char('!')
               && field[nameEnd] != QLatin1Char(':'))
            ++nameEnd;
        const QStringView name = field.left(nameEnd);
        QChar conversion;
        QStringView specText;
        qsizetype rest = nameEnd;
        if (rest < field.size() && field[rest] == QLatin1Char('!')) {
            if (rest + 1 >= field.size())
                return templateError(
                    TemplateTr::tr("end of string while looking for conversion specifier"));
            conversion = field[rest + 1];
            rest += 2;
            if (rest < field.size() && field[rest] != QLatin1Char(':'))
                return templateError(TemplateTr::tr("expected ':' after conversion specifier"));
        }
        if (rest < field.size())
            specText = field.mid(rest + 1);

        const TemplateValue *value = nullptr;
        if (name.isEmpty() || isDigit(name[0])) {
            int index = 0;
            if (name.isEmpty()) {
                if (numbering == Numbering::Manual) {
                    return templateError(
                        TemplateTr::tr("cannot switch from manual field specification to automatic "
                                       "field numbering"));
                }
                numbering = Numbering::Automatic;
                index = autoIndex++;
            } else {
                if (numbering == Numbering::Automatic) {
                    return templateError(
                        TemplateTr::tr("cannot switch from automatic field numbering to manual "
                                       "field specification"));
                }
                numbering = Numbering::Manual;
                bool ok = false;
                index = name.toInt(&ok);
                if (!ok)
                    return templateError(
                        TemplateTr::tr("unsupported format field '{%1}'").arg(name));
            }
            if (index >= int(arguments.positional.size()))
                return templateError(
                    TemplateTr::tr("replacement index %1 out of range for positional args tuple")
                        .arg(index));
            value = &arguments.positional[size_t(index)];
        } else {
            for (const auto &[keyword, keywordValue] : arguments.keyword) {
                if (keyword == name)
                    value = &keywordValue;
            }
            if (!value) {
                const bool plainName = std::all_of(name.begin(), name.end(), [](QChar ch) {
                    return ch.isLetterOrNumber() || ch == QLatin1Char('_');
                });
                return templateError(
                    plainName ? TemplateTr::tr("format string refers to the missing argument '%1'")
                                    .arg(name)
                              : TemplateTr::tr("unsupported format field '{%1}'").arg(name));
            }
        }
        auto spec = parseSpec(specText);
        if (!spec)
            return spec.error();
        Result<QString> piece = QString();
        if (conversion.isNull()) {
            piece = applySpec(*value, spec.value());
        } else {
            auto converted = convert(*value, conversion);
            if (!converted)
                return converted.error();
            piece = applySpec(TemplateValue::string(converted.value()), spec.value());
        }
        if (!piece)
            return piece.error();
        out += piece.value();
        if (const auto size = TemplateOperations::checkSize(out.size()); !size)
            return size.error();
        i = close;
    }
    return out;
}

Result<QString> percent(const QString &pattern, const TemplateValue &values)
{
    TemplateValue::List positional;
    if (values.isTuple())
        positional = *values.items();
    else
        positional.push_back(values);
    size_t next = 0;
    bool usedMapping = false;

    QString out;
    const qsizetype n = pattern.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (pattern[i] != QLatin1Char('%')) {
            out += pattern[i];
            continue;
        }
        if (++i >= n)
            return templateError(TemplateTr::tr("incomplete format"));
        const TemplateValue *value = nullptr;
        if (pattern[i] == QLatin1Char('(')) {
            const qsizetype close = pattern.indexOf(QLatin1Char(')'), i);
            if (close < 0)
                return templateError(TemplateTr::tr("incomplete format key"));
            if (!values.isDict())
                return templateError(TemplateTr::tr("format requires a mapping"));
            value = values.entries()->find(pattern.mid(i + 1, close - i - 1));
            if (!value)
                return templateError(TemplateTr::tr("format key '%1' not found")
                                         .arg(pattern.mid(i + 1, close - i - 1)));
            usedMapping = true;
            i = close + 1;
        }
        Spec spec;
        spec.align = QLatin1Char('>');
        while (i < n) {
            const QChar flag = pattern[i];
            if (flag == QLatin1Char('-'))
                spec.align = QLatin1Char('<');
            else if (flag == QLatin1Char('+') || flag == QLatin1Char(' '))
                spec.sign = flag;
            else if (flag == QLatin1Char('0'))
                spec.zero = true;
            else if (flag == QLatin1Char('#'))
                spec.alternate = true;
            else
                break;
            ++i;
        }
        if (spec.zero && spec.align == QLatin1Char('>')) {
            spec.align = QLatin1Char('=');
            spec.fill = QLatin1Char('0');
        }
        auto width = readNumber(pattern, &i);
        if (!width)
            return width.error();
        spec.width = width.value();
        if (i < n && pattern[i] == QLatin1Char('.')) {
            ++i;
            auto precision = readNumber(pattern, &i);
            if (!precision)
                return precision.error();
            spec.precision = std::max(0, precision.value());
        }
        if (i >= n)
            return templateError(TemplateTr::tr("incomplete format"));
        const QChar type = pattern[i];
        if (type == QLatin1Char('%')) {
            out += type;
            continue;
        }
        if (!value) {
            if (next >= positional.size())
                return templateError(TemplateTr::tr("not enough arguments for format string"));
            value = &positional[next++];
        }
        Result<QString> piece = QString();
        if (type == QLatin1Char('s') || type == QLatin1Char('r') || type == QLatin1Char('a')) {
            Spec textSpec = spec;
            textSpec.type = QChar();
            textSpec.zero = false;
            if (textSpec.align == QLatin1Char('='))
                textSpec.align = QLatin1Char('>');
            textSpec.fill = QLatin1Char(' ');
            piece = applySpec(
                TemplateValue::string(type == QLatin1Char('s') ? value->str() : value->repr()),
                textSpec);
        } else if (QStringLiteral("diouxXeEfFgGc").contains(type)) {
            if (!value->isNumber()) {
                return templateError(
                    TemplateTr::tr("%%%1 format: a real number is required, not %2")
                        .arg(type)
                        .arg(value->typeName()));
            }
            const QChar mapped
                = type == QLatin1Char('i') || type == QLatin1Char('u') ? QLatin1Char('d') : type;
            const bool integral = QStringLiteral("dxXoc").contains(mapped);
            const TemplateValue number
                = integral && value->isFloat()
                      ? (std::isfinite(value->toDouble()) && std::abs(value->toDouble()) < 9.0e18
                             ? TemplateValue::integer(qint64(value->toDouble()))
                             : TemplateValue())
                      : *value;
            if (number.isUndefined())
                return templateError(
                    TemplateTr::tr("cannot convert float infinity or NaN to integer"));
            if (const auto size = TemplateOperations::checkSize(spec.width); !size)
                return size.error();
            piece = formatNumber(number, spec, mapped);
        } else {
            return templateError(TemplateTr::tr("unsupported format character '%1'").arg(type));
        }
        if (!piece)
            return piece.error();
        out += piece.value();
        if (const auto size = TemplateOperations::checkSize(out.size()); !size)
            return size.error();
    }
    if (!usedMapping && next < positional.size() && values.isTuple())
        return templateError(
            TemplateTr::tr("not all arguments converted during string formatting"));
    return out;
}

} // namespace Maestro::Core::TemplateStringFormat
