// SPDX-License-Identifier: GPL-3.0-or-later
#include "marklocator.h"

#include <algorithm>

namespace Maestro::Core {

MarkLocator::MarkLocator(const SourceMap &sourceMap, const QByteArray &utf8, int leadingColumns)
    : m_sourceMap(sourceMap)
    , m_utf8(utf8)
    , m_leadingColumns(leadingColumns)
    , m_ascii(std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return uchar(c) < 0x80; }))
{}

SourceLocation MarkLocator::locate(const YAML::Mark &mark) const
{
    if (mark.is_null() || mark.line < 0 || mark.column < 0)
        return start();
    const int column = utf16Column(mark) + (mark.line == 0 ? m_leadingColumns : 0);
    return m_sourceMap.locate(mark.line + 1, column + 1);
}

SourceLocation MarkLocator::start() const
{
    return m_sourceMap.locate(1, 1);
}

int MarkLocator::utf16Column(const YAML::Mark &mark) const
{
    const qsizetype lineStart = qsizetype(mark.pos) - mark.column;
    if (m_ascii || lineStart < 0 || mark.pos > m_utf8.size())
        return mark.column;
    // One UTF-16 unit per UTF-8 lead byte, two for the 4-byte sequences (surrogate pairs).
    int units = 0;
    for (qsizetype i = lineStart; i < mark.pos; ++i) {
        const uchar byte = uchar(m_utf8.at(i));
        if ((byte & 0xC0) != 0x80)
            units += byte >= 0xF0 ? 2 : 1;
    }
    return units;
}

} // namespace Maestro::Core
