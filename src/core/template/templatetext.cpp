// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatetext.h"

#include "templateerror.h"
#include "templateoperations.h"

#include <cmath>

namespace Maestro::Core::TemplateText {

QString strip(const QString &text, const TemplateValue *chars, Side side)
{
    const bool whitespace = !chars || chars->isNone() || chars->isUndefined();
    const QString set = whitespace ? QString() : chars->str();
    auto strippable = [&](QChar c) { return whitespace ? c.isSpace() : set.contains(c); };
    qsizetype begin = 0;
    qsizetype end = text.size();
    if (side != Side::Right) {
        while (begin < end && strippable(text[begin]))
            ++begin;
    }
    if (side != Side::Left) {
        while (end > begin && strippable(text[end - 1]))
            --end;
    }
    return text.mid(begin, end - begin);
}

Result<TemplateValue> split(const QString &text, const TemplateValue *separator, qint64 maxSplit,
                            bool fromRight)
{
    TemplateValue::List parts;
    if (!separator || separator->isNone()) {
        // Runs of whitespace; leading and trailing whitespace give no empty parts.
        QStringList words;
        qsizetype i = fromRight ? text.size() : 0;
        qint64 splits = 0;
        if (!fromRight) {
            while (true) {
                while (i < text.size() && text[i].isSpace())
                    ++i;
                if (i >= text.size())
                    break;
                if (maxSplit >= 0 && splits == maxSplit) {
                    words << strip(text.mid(i), nullptr, Side::Right);
                    break;
                }
                qsizetype j = i;
                while (j < text.size() && !text[j].isSpace())
                    ++j;
                words << text.mid(i, j - i);
                ++splits;
                i = j;
            }
        } else {
            while (true) {
                while (i > 0 && text[i - 1].isSpace())
                    --i;
                if (i <= 0)
                    break;
                if (maxSplit >= 0 && splits == maxSplit) {
                    words.prepend(strip(text.left(i), nullptr, Side::Left));
                    break;
                }
                qsizetype j = i;
                while (j > 0 && !text[j - 1].isSpace())
                    --j;
                words.prepend(text.mid(j, i - j));
                ++splits;
                i = j;
            }
        }
        for (const QString &word : words)
            parts.push_back(TemplateValue::string(word));
        return TemplateValue::list(std::move(parts));
    }
    if (!separator->isString())
        return templateError(
            TemplateTr::tr("must be str or None, not %1").arg(separator->typeName()));
    const QString sep = separator->text();
    if (sep.isEmpty())
        return templateError(TemplateTr::tr("empty separator"));
    QStringList pieces = text.split(sep);
    if (maxSplit >= 0 && pieces.size() - 1 > maxSplit) {
        if (!fromRight) {
            const QString rest = pieces.mid(qsizetype(maxSplit)).join(sep);
            pieces = pieces.mid(0, qsizetype(maxSplit));
            pieces << rest;
        } else {
            const qsizetype keep = qsizetype(maxSplit);
            const QString rest = pieces.mid(0, pieces.size() - keep).join(sep);
            pieces = pieces.mid(pieces.size() - keep);
            pieces.prepend(rest);
        }
    }
    for (const QString &piece : pieces)
        parts.push_back(TemplateValue::string(piece));
    return TemplateValue::list(std::move(parts));
}

Result<QString> replace(const QString &text, const QString &before, const QString &after,
                        qint64 count)
{
    QString out;
    qsizetype pos = 0;
    qint64 done = 0;
    while (count < 0 || done < count) {
        qsizetype found;
        if (before.isEmpty()) {
            // Python inserts `after` before every character and at the end.
            if (pos > text.size())
                break;
            found = pos;
        } else {
            found = text.indexOf(before, pos);
            if (found < 0)
                break;
        }
        out += QStringView(text).mid(pos, found - pos);
        out += after;
        if (before.isEmpty()) {
            if (found < text.size())
                out += text[found];
            pos = found + 1;
        } else {
            pos = found + before.size();
        }
        ++done;
        if (const auto size = TemplateOperations::checkSize(out.size()); !size)
            return size.error();
    }
    if (pos < text.size())
        out += QStringView(text).mid(pos);
    if (const auto size = TemplateOperations::checkSize(out.size()); !size)
        return size.error();
    return out;
}

QString capitalize(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.left(1).toUpper() + text.mid(1).toLower();
}

QString title(const QString &text)
{
    QString out = text;
    bool previousIsLetter = false;
    for (QChar &c : out) {
        c = previousIsLetter ? c.toLower() : c.toUpper();
        previousIsLetter = c.isLetter();
    }
    return out;
}

bool parseInt(const QString &text, int base, qint64 *value)
{
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1Char('-'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    const QString lower = s.toLower();
    if ((base == 16 && lower.startsWith(QLatin1String("0x")))
        || (base == 8 && lower.startsWith(QLatin1String("0o")))
        || (base == 2 && lower.startsWith(QLatin1String("0b"))))
        s.remove(0, 2);
    if (s.isEmpty() || s.startsWith(QLatin1Char('_')) || s.endsWith(QLatin1Char('_'))
        || s.contains(QLatin1String("__")))
        return false;
    s.remove(QLatin1Char('_'));
    for (const QChar c : s) {
        if (!c.isLetterOrNumber() || c.unicode() > 127)
            return false;
    }
    bool ok = false;
    const quint64 magnitude = s.toULongLong(&ok, base);
    if (!ok)
        return false;
    if (negative) {
        if (magnitude > quint64(std::numeric_limits<qint64>::max()) + 1)
            return false;
        *value = qint64(0 - magnitude);
    } else {
        if (magnitude > quint64(std::numeric_limits<qint64>::max()))
            return false;
        *value = qint64(magnitude);
    }
    return true;
}

bool parseFloat(const QString &text, double *value)
{
    QString s = text.trimmed().toLower();
    s.remove(QLatin1Char('_'));
    QString unsignedPart = s;
    bool negative = false;
    if (unsignedPart.startsWith(QLatin1Char('+')) || unsignedPart.startsWith(QLatin1Char('-'))) {
        negative = unsignedPart.startsWith(QLatin1Char('-'));
        unsignedPart.remove(0, 1);
    }
    if (unsignedPart == QLatin1String("inf") || unsignedPart == QLatin1String("infinity")) {
        *value = negative ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (unsignedPart == QLatin1String("nan")) {
        *value = std::nan("");
        return true;
    }
    for (const QChar c : unsignedPart) {
        if (!(c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('e') || c == QLatin1Char('+')
              || c == QLatin1Char('-')))
            return false;
    }
    bool ok = false;
    *value = s.toDouble(&ok);
    return ok;
}

} // namespace Maestro::Core::TemplateText
