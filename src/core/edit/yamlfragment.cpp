// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlfragment.h"

#include "core/pythonformat.h"
#include "core/yaml/scalarresolver.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace Maestro::Core::YamlFragment {

namespace {

QString doubleQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

bool singleQuotable(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    }
    return true;
}

QString floatText(double value)
{
    if (std::isnan(value))
        return QStringLiteral(".nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    QString text = pythonFloat(value);
    // PyYAML's float needs a dot: 1e+16 would read as a string.
    if (!text.contains(QLatin1Char('.'))) {
        const qsizetype e = text.indexOf(QLatin1Char('e'));
        text.insert(e < 0 ? text.size() : e, QLatin1String(".0"));
    }
    return text;
}

QString spaces(int count)
{
    return QString(count, QLatin1Char(' '));
}

} // namespace

QString quoted(const QString &text, const FragmentStyle &style)
{
    if (style.quote == QLatin1Char('\'') && singleQuotable(text))
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''"))
               + QLatin1Char('\'');
    return doubleQuoted(text);
}

bool isPlainSafe(const QString &text, bool inFlow)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    if (QStringLiteral("-?:,[]{}#&*!|>'\"%@`").contains(text.front()))
        return false;
    if (text.endsWith(QLatin1Char(':')) || text.contains(QLatin1String(": "))
        || text.contains(QLatin1String(" #")) || text.contains(QLatin1String("{{"))
        || text.contains(QLatin1String("{%")) || text.contains(QLatin1String("{#")))
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0xFEFF))
            return false;
        if (inFlow && QStringLiteral(",[]{}").contains(c))
            return false;
    }
    // Digits and colons read as base 60 in many places (`1:20`); quote them all.
    static const QRegularExpression sexagesimalLike(QStringLiteral("^[-+0-9_.:]*:[-+0-9_.:]*$"));
    return ScalarResolver::classifyPlain(text) == ScalarResolver::Type::String
           && !sexagesimalLike.match(text).hasMatch();
}

QString scalar(const Value &value, bool inFlow, const FragmentStyle &style)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return QStringLiteral("null");
    case Value::Kind::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Value::Kind::Int:
        return QString::number(value.toInt());
    case Value::Kind::Float:
        return floatText(value.toDouble());
    case Value::Kind::String:
        return isPlainSafe(value.toString(), inFlow) ? value.toString()
                                                     : quoted(value.toString(), style);
    default:
        return flow(value, style);
    }
}

QString flow(const Value &value, const FragmentStyle &style)
{
    QStringList parts;
    if (value.isList()) {
        for (const Value &item : value.items())
            parts << flow(item, style);
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    if (value.isMap()) {
        for (const Value::Entry &entry : value.entries())
            parts << scalar(entry.key, true, style) + QLatin1String(": ")
                         + flow(entry.value, style);
        return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    return scalar(value, true, style);
}

bool isBlockCollection(const Value &value)
{
    return (value.isList() && !value.items().empty())
           || (value.isMap() && !value.entries().empty());
}

QString block(const Value &value, int indent, const FragmentStyle &style)
{
    if (!isBlockCollection(value))
        return scalar(value, false, style);
    const QString lineStart = style.newline + spaces(indent);
    QStringList lines;
    if (value.isList()) {
        for (const Value &item : value.items())
            lines << QLatin1String("- ") + block(item, indent + 2, style);
        return lines.join(lineStart);
    }
    for (const Value::Entry &entry : value.entries()) {
        QString line = scalar(entry.key, false, style) + QLatin1Char(':');
        if (isBlockCollection(entry.value)) {
            const int childIndent
                = indent + (entry.value.isList() && !style.indentSequences ? 0 : style.indentStep);
            line += style.newline + spaces(childIndent) + block(entry.value, childIndent, style);
        } else {
            line += QLatin1Char(' ') + scalar(entry.value, false, style);
        }
        lines << line;
    }
    return lines.join(lineStart);
}

} // namespace Maestro::Core::YamlFragment
