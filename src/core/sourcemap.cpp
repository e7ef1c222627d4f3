// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcemap.h"

#include <algorithm>

namespace Maestro::Core {

SourceMap SourceMap::identity(const QString &fileName, const QString &text)
{
    SourceMap map;
    const int file = map.addFile(fileName, text);
    map.addSegment(0, file, 0, true);
    map.setRenderedText(text);
    return map;
}

int SourceMap::addFile(const QString &fileName, const QString &text)
{
    m_files.append(File{fileName, text, lineStartsOf(text)});
    return int(m_files.size() - 1);
}

int SourceMap::indexOf(const QString &fileName) const
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).name == fileName)
            return i;
    }
    return -1;
}

void SourceMap::addSegment(qsizetype renderedOffset, int file, qsizetype sourceOffset, bool verbatim)
{
    // A later segment at the same rendered offset replaces an empty earlier one.
    if (!m_segments.isEmpty() && m_segments.last().renderedOffset == renderedOffset)
        m_segments.removeLast();
    m_segments.append(Segment{renderedOffset, file, sourceOffset, verbatim});
}

void SourceMap::setRenderedText(const QString &renderedText)
{
    m_renderedLineStarts = lineStartsOf(renderedText);
}

QList<qsizetype> SourceMap::lineStartsOf(const QString &text)
{
    QList<qsizetype> starts{0};
    const QChar *data = text.constData();
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        if (data[i] == QLatin1Char('\n'))
            starts.append(i + 1);
    }
    return starts;
}

SourceLocation SourceMap::locationIn(const File &file, qsizetype offset) const
{
    const auto it = std::upper_bound(file.lineStarts.cbegin(), file.lineStarts.cend(), offset);
    const qsizetype lineIndex = std::max<qsizetype>(0, (it - file.lineStarts.cbegin()) - 1);
    return SourceLocation{file.name, int(lineIndex + 1),
                          int(offset - file.lineStarts.at(lineIndex) + 1)};
}

SourceLocation SourceMap::locateOffset(qsizetype renderedOffset) const
{
    if (m_segments.isEmpty() || m_files.isEmpty())
        return {};
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), renderedOffset,
                               [](qsizetype offset, const Segment &s) {
                                   return offset < s.renderedOffset;
                               });
    if (it != m_segments.cbegin())
        --it;
    const Segment &segment = *it;
    const qsizetype delta = segment.verbatim ? std::max<qsizetype>(0, renderedOffset - segment.renderedOffset) : 0;
    return locationIn(m_files.at(segment.file), segment.sourceOffset + delta);
}

SourceLocation SourceMap::locate(int renderedLine, int renderedColumn) const
{
    if (m_renderedLineStarts.isEmpty())
        return {};
    const qsizetype lineIndex = std::clamp<qsizetype>(renderedLine - 1, 0, m_renderedLineStarts.size() - 1);
    return locateOffset(m_renderedLineStarts.at(lineIndex) + std::max(0, renderedColumn - 1));
}

} // namespace Maestro::Core
