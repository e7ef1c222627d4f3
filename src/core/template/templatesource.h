// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/sourcelocation.h"

#include <QList>
#include <QString>

namespace Maestro::Core {

// One template file (the main file or an include): its text, the name used in messages,
// and its index in the rendered text's SourceMap. Turns character offsets into 1-based
// line/column locations for errors.
class TemplateSource
{
public:
    TemplateSource(QString fileName, QString text, int sourceMapFile);

    const QString &fileName() const { return m_fileName; }
    const QString &text() const { return m_text; }
    int sourceMapFile() const { return m_sourceMapFile; }

    SourceLocation locationAt(qsizetype offset) const;
    Error errorAt(qsizetype offset, const QString &message) const;

private:
    QString m_fileName;
    QString m_text;
    int m_sourceMapFile;
    QList<qsizetype> m_lineStarts;
};

} // namespace Maestro::Core
