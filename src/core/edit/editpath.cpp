// SPDX-License-Identifier: GPL-3.0-or-later
#include "editpath.h"

#include "edittr.h"

namespace Maestro::Core {

namespace {

bool needsQuotes(const QString &key)
{
    return key.isEmpty() || key.contains(QLatin1Char('.')) || key.contains(QLatin1Char('['))
           || key.contains(QLatin1Char(']')) || key.contains(QLatin1Char('"'));
}

Error pathError(const QString &text, qsizetype position, const QString &reason)
{
    return Error{
        EditTr::tr("invalid path '%1' at character %2: %3").arg(text).arg(position + 1).arg(reason),
        {},
        {}};
}

} // namespace

Result<EditPath> EditPath::parse(const QString &text)
{
    EditPath path;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    if (size == 0)
        return pathError(text, 0, EditTr::tr("the path is empty"));
    bool expectKey = text.at(0) != QLatin1Char('[');
    while (pos <= size) {
        if (expectKey) {
            Step step;
            if (pos < size && text.at(pos) == QLatin1Char('"')) {
                for (++pos; pos < size && text.at(pos) != QLatin1Char('"'); ++pos) {
                    if (text.at(pos) == QLatin1Char('\\')) {
                        if (++pos == size
                            || (text.at(pos) != QLatin1Char('"')
                                && text.at(pos) != QLatin1Char('\\')))
                            return pathError(
                                text, pos, EditTr::tr("only \\\" and \\\\ may follow a backslash"));
                    }
                    step.key += text.at(pos);
                }
                if (pos++ == size)
                    return pathError(text, pos - 1, EditTr::tr("the quoted key is not closed"));
            } else {
                const qsizetype start = pos;
                while (pos < size && text.at(pos) != QLatin1Char('.')
                       && text.at(pos) != QLatin1Char('[')) {
                    if (text.at(pos) == QLatin1Char(']') || text.at(pos) == QLatin1Char('"'))
                        return pathError(text, pos,
                                         EditTr::tr("quote a key holding '%1'").arg(text.at(pos)));
                    ++pos;
                }
                if (pos == start)
                    return pathError(text, pos, EditTr::tr("a key is missing"));
                step.key = text.mid(start, pos - start);
            }
            path.steps.append(step);
        }
        while (pos < size && text.at(pos) == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), pos);
            bool ok = false;
            const int index = close < 0 ? -1 : text.mid(pos + 1, close - pos - 1).toInt(&ok);
            if (!ok || index < 0)
                return pathError(text, pos, EditTr::tr("expected [N] with N a number from 0"));
            path.steps.append(Step{QString(), index});
            pos = close + 1;
        }
        if (pos == size)
            break;
        if (text.at(pos) != QLatin1Char('.'))
            return pathError(text, pos, EditTr::tr("expected '.' or '['"));
        ++pos;
        expectKey = true;
    }
    return path;
}

QString EditPath::toString() const
{
    QString text;
    for (const Step &step : steps) {
        if (step.isIndex()) {
            text += QStringLiteral("[%1]").arg(step.index);
            continue;
        }
        if (!text.isEmpty())
            text += QLatin1Char('.');
        if (!needsQuotes(step.key)) {
            text += step.key;
            continue;
        }
        QString escaped = step.key;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        text += QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return text;
}

EditPath EditPath::child(const QString &key) const
{
    EditPath path = *this;
    path.steps.append(Step{key, -1});
    return path;
}

EditPath EditPath::item(int index) const
{
    EditPath path = *this;
    path.steps.append(Step{QString(), index});
    return path;
}

} // namespace Maestro::Core
