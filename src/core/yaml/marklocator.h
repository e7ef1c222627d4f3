// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sourcelocation.h"
#include "core/sourcemap.h"

#include <QByteArray>

#include <yaml-cpp/mark.h>

namespace Maestro::Core {

// Turns yaml-cpp positions into positions in the user's files. yaml-cpp counts 0-based
// lines and UTF-8 *byte* columns of the text it was given; SourceMap wants 1-based
// UTF-16 columns of the rendered text. Holds references: both arguments must outlive it.
class MarkLocator
{
public:
    // `utf8` is what yaml-cpp parses; `leadingColumns` is how many UTF-16 units were
    // cut from the start of the rendered text's first line before encoding (a BOM).
    MarkLocator(const SourceMap &sourceMap, const QByteArray &utf8, int leadingColumns);

    SourceLocation locate(const YAML::Mark &mark) const;
    // The start of the text, for errors that have no position of their own.
    SourceLocation start() const;

private:
    int utf16Column(const YAML::Mark &mark) const;

    const SourceMap &m_sourceMap;
    const QByteArray &m_utf8;
    int m_leadingColumns = 0;
    bool m_ascii = true; // byte columns are UTF-16 columns: the common, fast case
};

} // namespace Maestro::Core
