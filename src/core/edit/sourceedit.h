// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Maestro::Core {

// One byte edit of a file the user wrote: replace `length` characters (UTF-16 units of
// the file's text) at `offset` by `text`. Edits of one change never overlap; their offsets
// refer to the text before the change.
struct SourceEdit
{
    QString file;
    qsizetype offset = 0;
    qsizetype length = 0;
    QString text;

    friend bool operator==(const SourceEdit &, const SourceEdit &) = default;
};

namespace SourceEdits {

// The text with the edits of `file` applied.
QString apply(const QString &text, const QList<SourceEdit> &edits, const QString &file);
// The edits that turn apply()'s result back into `text`, the undo of a change.
QList<SourceEdit> inverse(const QMap<QString, QString> &textsBefore,
                          const QList<SourceEdit> &edits);
// A unified diff (`---`/`+++`, hunks with 3 lines of context) of one file.
QString unifiedDiff(const QString &file, const QString &before, const QString &after);
// Writes each file atomically (QSaveFile), keeping its permissions; `expected` is the text
// each file must still hold, so that a change made meanwhile is not overwritten.
VoidResult write(const QMap<QString, QString> &expected, const QMap<QString, QString> &texts);

} // namespace SourceEdits

} // namespace Maestro::Core
