// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcemap.h"

#include <algorithm>
#include <tuple>

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

void SourceMap::addSegment(qsizetype renderedOffset, int file, qsizetype sourceOffset,
                           bool verbatim)
{
    // A later segment at the same rendered offset replaces an empty earlier one.
    if (!m_segments.isEmpty() && m_segments.last().renderedOffset == renderedOffset)
        m_segments.removeLast();
    m_segments.append(Segment{renderedOffset, file, sourceOffset, verbatim});
}

void SourceMap::setRenderedText(const QString &renderedText)
{
    m_renderedLineStarts = lineStartsOf(renderedText);
    m_renderedSize = renderedText.size();
    markRepeatedSegments();
}

qsizetype SourceMap::segmentEnd(qsizetype index) const
{
    return index + 1 < m_segments.size() ? m_segments.at(index + 1).renderedOffset : m_renderedSize;
}

void SourceMap::markRepeatedSegments()
{
    // Sorted by source position, a verbatim segment that overlaps an earlier one of the
    // same file renders the same text again (a loop body, a file included twice).
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        m_segments[i].repeated = false;
        if (m_segments.at(i).verbatim)
            order.append(i);
    }
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const Segment &x = m_segments.at(a);
        const Segment &y = m_segments.at(b);
        return std::tie(x.file, x.sourceOffset) < std::tie(y.file, y.sourceOffset);
    });
    const auto sourceEnd = [this](qsizetype i) {
        return m_segments.at(i).sourceOffset + (segmentEnd(i) - m_segments.at(i).renderedOffset);
    };
    qsizetype reach = -1; // the segment of the current file reaching furthest so far
    for (const qsizetype i : std::as_const(order)) {
        const bool sameFile = reach >= 0 && m_segments.at(reach).file == m_segments.at(i).file;
        if (sameFile && m_segments.at(i).sourceOffset < sourceEnd(reach))
            m_segments[i].repeated = m_segments[reach].repeated = true;
        if (!sameFile || sourceEnd(i) > sourceEnd(reach))
            reach = i;
    }
}

qsizetype SourceMap::segmentIndexAt(qsizetype renderedOffset) const
{
    const auto it = std::upper_bound(
        m_segments.cbegin(), m_segments.cend(), renderedOffset,
        [](qsizetype offset, const Segment &s) { return offset < s.renderedOffset; });
    return (it - m_segments.cbegin()) - 1;
}

SourceMap::Range SourceMap::mapRange(qsizetype renderedStart, qsizetype renderedEnd) const
{
    Range range;
    if (m_segments.isEmpty() || renderedStart < 0 || renderedEnd < renderedStart
        || renderedEnd > m_renderedSize)
        return range;
    const bool empty = renderedStart == renderedEnd;
    qsizetype index
        = segmentIndexAt(empty && renderedStart > 0 ? renderedStart - 1 : renderedStart);
    if (index < 0)
        return range;
    const Segment &segment = m_segments.at(index);
    range.file = segment.file;
    if (!segment.verbatim) {
        range.origin = Range::Origin::Computed;
        range.start = range.end = segment.sourceOffset;
        return range;
    }
    range.start = segment.sourceOffset + (renderedStart - segment.renderedOffset);
    range.end = range.start + (renderedEnd - renderedStart);
    range.origin = segment.repeated ? Range::Origin::Repeated : Range::Origin::Verbatim;
    // A range reaching into later segments: name the first expression in it, if any.
    for (++index; index < m_segments.size() && m_segments.at(index).renderedOffset < renderedEnd;
         ++index) {
        const Segment &next = m_segments.at(index);
        if (!next.verbatim) {
            range.origin = Range::Origin::Computed;
            range.file = next.file;
            range.start = range.end = next.sourceOffset;
            return range;
        }
        range.origin = Range::Origin::Mixed;
    }
    return range;
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
    auto it = std::upper_bound(
        m_segments.cbegin(), m_segments.cend(), renderedOffset,
        [](qsizetype offset, const Segment &s) { return offset < s.renderedOffset; });
    if (it != m_segments.cbegin())
        --it;
    const Segment &segment = *it;
    const qsizetype delta
        = segment.verbatim ? std::max<qsizetype>(0, renderedOffset - segment.renderedOffset) : 0;
    return locationIn(m_files.at(segment.file), segment.sourceOffset + delta);
}

SourceLocation SourceMap::locateInFile(int file, qsizetype sourceOffset) const
{
    return file >= 0 && file < m_files.size() ? locationIn(m_files.at(file), sourceOffset)
                                              : SourceLocation{};
}

SourceLocation SourceMap::locate(int renderedLine, int renderedColumn) const
{
    if (m_renderedLineStarts.isEmpty())
        return {};
    const qsizetype lineIndex
        = std::clamp<qsizetype>(renderedLine - 1, 0, m_renderedLineStarts.size() - 1);
    return locateOffset(m_renderedLineStarts.at(lineIndex) + std::max(0, renderedColumn - 1));
}

} // namespace Maestro::Core
