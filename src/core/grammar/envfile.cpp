// SPDX-License-Identifier: GPL-3.0-or-later
#include "envfile.h"

#include "grammarerror.h"
#include "pythonsemantics.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

namespace Maestro::Core {

namespace {

// Python's universal newlines: \n, \r\n and \r all end a line.
QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n') || text[i] == QLatin1Char('\r')) {
            lines.append(text.sliced(start, i - start));
            if (text[i] == QLatin1Char('\r') && i + 1 < text.size()
                && text[i + 1] == QLatin1Char('\n'))
                ++i;
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.append(text.sliced(start));
    return lines;
}

} // namespace

Result<QList<QPair<QString, QString>>> parseEnvFile(const QString &path, const QString &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{GrammarTr::tr("Cannot read environment file %1: %2")
                         .arg(displayName, file.errorString()),
                     SourceLocation{path, 0, 0},
                     {}};
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error{GrammarTr::tr("Cannot read environment file %1: %2")
                         .arg(displayName, file.errorString()),
                     SourceLocation{path, 0, 0},
                     {}};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        return Error{GrammarTr::tr("Cannot read environment file %1: it is not valid UTF-8 text")
                         .arg(displayName),
                     SourceLocation{path, 0, 0},
                     {}};
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    QList<QPair<QString, QString>> entries;
    QHash<QString, qsizetype> positions;
    const QList<QStringView> lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i];
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringView stripped = pythonStrip(line);
        if (stripped.isEmpty())
            continue;
        const qsizetype eq = stripped.indexOf(QLatin1Char('='));
        if (eq < 0) {
            return Error{GrammarTr::tr("Invalid line in environment file %1:\n%2")
                             .arg(displayName, line.toString()),
                         SourceLocation{path, int(i + 1), 1},
                         {}};
        }
        const QString key = stripped.left(eq).toString();
        const QString value = stripped.sliced(eq + 1).toString();
        if (const auto it = positions.constFind(key); it != positions.constEnd()) {
            entries[*it].second = value;
        } else {
            positions.insert(key, entries.size());
            entries.append({key, value});
        }
    }
    return entries;
}

} // namespace Maestro::Core
