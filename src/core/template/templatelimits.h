// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Maestro::Core::TemplateLimits {

// Bounds that keep rendering of any input (including fuzzed or hostile files) finite in
// time, memory and stack. Real environment files stay far below every one of them.

// Nesting of blocks ({% if %} inside {% for %} ...) within one file.
inline constexpr int maxBlockDepth = 64;
// Nesting of sub-expressions (parentheses, brackets, operators).
inline constexpr int maxExpressionDepth = 64;
// Height of an expression tree: also bounds chains such as `1 + 1 + ... + 1` or
// `x | f | f | ...`, which parse without recursion but are evaluated recursively.
inline constexpr int maxExpressionHeight = 256;
// {% include %} chain length.
inline constexpr int maxIncludeDepth = 16;
// Largest list range() may build (the same bound as Jinja2's sandbox).
inline constexpr qint64 maxRangeLength = 100000;
// Largest string any operation may produce.
inline constexpr qsizetype maxValueSize = qsizetype(16) * 1024 * 1024;
// Most items a list or dict may hold.
inline constexpr qsizetype maxContainerSize = qsizetype(1000) * 1000;
// Largest rendered output, in UTF-16 code units.
inline constexpr qsizetype maxOutputSize = qsizetype(64) * 1024 * 1024;
// Largest template or included file that is read.
inline constexpr qint64 maxFileSize = qint64(32) * 1024 * 1024;
// Budget of evaluation steps (nodes visited, loop iterations, items and characters
// produced / 64), about a second of work.
inline constexpr qint64 maxSteps = qint64(10) * 1000 * 1000;

} // namespace Maestro::Core::TemplateLimits
