// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceedit.h"

#include "edittr.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace Maestro::Core::SourceEdits {

namespace {

QList<SourceEdit> editsOf(const QList<SourceEdit> &edits, const QString &file)
{
    QList<SourceEdit> mine;
    for (const SourceEdit &edit : edits) {
        if (edit.file == file)
            mine.append(edit);
    }
    std::sort(mine.begin(), mine.end(),
              [](const SourceEdit &a, const SourceEdit &b) { return a.offset < b.offset; });
    return mine;
}

// Lines with their line breaks.
QStringList linesOf(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

bool sameRun(const QStringList &a, qsizetype i, const QStringList &b, qsizetype j)
{
    for (int k = 0; k < 3; ++k) {
        const bool endA = i + k >= a.size();
        const bool endB = j + k >= b.size();
        if (endA || endB)
            return endA && endB;
        if (a.at(i + k) != b.at(j + k))
            return false;
    }
    return true;
}

struct DiffLine
{
    QChar kind; // ' ', '-', '+'
    QString text;
};

// Edits are few and small: after a difference, look for the nearest place where both
// texts agree again on three lines.
QList<DiffLine> diffLines(const QStringList &a, const QStringList &b)
{
    QList<DiffLine> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a.at(i) == b.at(j)) {
            out.append({QLatin1Char(' '), a.at(i++)});
            ++j;
            continue;
        }
        qsizetype skipA = a.size() - i;
        qsizetype skipB = b.size() - j;
        bool found = false;
        for (qsizetype d = 1; !found && d <= (a.size() - i) + (b.size() - j); ++d) {
            for (qsizetype x = std::max<qsizetype>(0, d - (b.size() - j));
                 x <= std::min(d, a.size() - i); ++x) {
                if (sameRun(a, i + x, b, j + d - x)) {
                    skipA = x;
                    skipB = d - x;
                    found = true;
                    break;
                }
            }
        }
        for (qsizetype k = 0; k < skipA; ++k)
            out.append({QLatin1Char('-'), a.at(i++)});
        for (qsizetype k = 0; k < skipB; ++k)
            out.append({QLatin1Char('+'), b.at(j++)});
    }
    return out;
}

} // namespace

QString apply(const QString &text, const QList<SourceEdit> &edits, const QString &file)
{
    QString result;
    qsizetype done = 0;
    for (const SourceEdit &edit : editsOf(edits, file)) {
        result += QStringView(text).mid(done, edit.offset - done);
        result += edit.text;
        done = edit.offset + edit.length;
    }
    result += QStringView(text).mid(done);
    return result;
}

QList<SourceEdit> inverse(const QMap<QString, QString> &textsBefore, const QList<SourceEdit> &edits)
{
    QList<SourceEdit> undo;
    for (auto it = textsBefore.cbegin(); it != textsBefore.cend(); ++it) {
        qsizetype shift = 0;
        for (const SourceEdit &edit : editsOf(edits, it.key())) {
            undo.append(SourceEdit{edit.file, edit.offset + shift, edit.text.size(),
                                   it.value().mid(edit.offset, edit.length)});
            shift += edit.text.size() - edit.length;
        }
    }
    return undo;
}

QString unifiedDiff(const QString &file, const QString &before, const QString &after)
{
    const QList<DiffLine> lines = diffLines(linesOf(before), linesOf(after));
    QString out = QStringLiteral("--- %1\n+++ %1\n").arg(file);
    constexpr qsizetype context = 3;
    qsizetype k = 0;
    qsizetype oldLine = 1;
    qsizetype newLine = 1;
    while (k < lines.size()) {
        if (lines.at(k).kind == QLatin1Char(' ')) {
            ++k, ++oldLine, ++newLine;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the
        // last change that is less than 2 * context lines from the next one.
        const qsizetype first = std::max<qsizetype>(0, k - context);
        qsizetype last = k;
        for (qsizetype gap = 0, m = k; m < lines.size(); ++m) {
            gap = lines.at(m).kind == QLatin1Char(' ') ? gap + 1 : 0;
            if (gap == 0)
                last = m;
            if (gap > 2 * context)
                break;
        }
        const qsizetype end = std::min(lines.size(), last + context + 1);
        const qsizetype oldStart = oldLine - (k - first);
        const qsizetype newStart = newLine - (k - first);
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        QString body;
        for (qsizetype m = first; m < end; ++m) {
            const DiffLine &line = lines.at(m);
            oldCount += line.kind != QLatin1Char('+');
            newCount += line.kind != QLatin1Char('-');
            body += line.kind + line.text;
            if (!line.text.endsWith(QLatin1Char('\n')))
                body += QLatin1String("\n\\ No newline at end of file\n");
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(oldCount ? oldStart : oldStart - 1)
                   .arg(oldCount)
                   .arg(newCount ? newStart : newStart - 1)
                   .arg(newCount)
               + body;
        oldLine = oldStart + oldCount;
        newLine = newStart + newCount;
        k = end;
    }
    return out;
}

VoidResult write(const QMap<QString, QString> &expected, const QMap<QString, QString> &texts)
{
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        QFile current(it.key());
        if (!current.open(QIODevice::ReadOnly))
            return Error{
                EditTr::tr("cannot read %1: %2").arg(it.key(), current.errorString()), {}, {}};
        const QByteArray bytes = current.readAll();
        if (QString::fromUtf8(bytes) != expected.value(it.key())
            || QString::fromUtf8(bytes).toUtf8() != bytes)
            return Error{
                EditTr::tr("%1 changed since it was read, or is not UTF-8; nothing was written")
                    .arg(it.key()),
                {},
                {}};
        auto file = std::make_unique<QSaveFile>(it.key());
        if (!file->open(QIODevice::WriteOnly) || file->write(it.value().toUtf8()) < 0)
            return Error{
                EditTr::tr("cannot write %1: %2").arg(it.key(), file->errorString()), {}, {}};
        file->setPermissions(current.permissions());
        files.push_back(std::move(file));
    }
    for (const auto &file : files) {
        if (!file->commit())
            return Error{
                EditTr::tr("cannot write %1: %2").arg(file->fileName(), file->errorString()),
                {},
                {}};
    }
    return Success{};
}

} // namespace Maestro::Core::SourceEdits
