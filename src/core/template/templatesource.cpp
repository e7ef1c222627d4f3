// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatesource.h"

#include <algorithm>

namespace Maestro::Core {

TemplateSource::TemplateSource(QString fileName, QString text, int sourceMapFile)
    : m_fileName(std::move(fileName))
    , m_text(std::move(text))
    , m_sourceMapFile(sourceMapFile)
{
    m_lineStarts.append(0);
    const QChar *data = m_text.constData();
    for (qsizetype i = 0, n = m_text.size(); i < n; ++i) {
        if (data[i] == QLatin1Char('\n'))
            m_lineStarts.append(i + 1);
    }
}

SourceLocation TemplateSource::locationAt(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype lineIndex = (it - m_lineStarts.cbegin()) - 1;
    return SourceLocation{m_fileName, int(lineIndex + 1),
                          int(offset - m_lineStarts.at(lineIndex) + 1)};
}

Error TemplateSource::errorAt(qsizetype offset, const QString &message) const
{
    return Error{message, locationAt(offset), {}};
}

} // namespace Maestro::Core
