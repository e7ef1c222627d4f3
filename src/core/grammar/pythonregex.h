// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Maestro::Core {

// Compiles a regular expression written for Python's `re` (MaestroNG's http check
// `match_regex`, compiled with re.DOTALL) into a QRegularExpression (PCRE2) that searches
// the same way: '.' matches newlines, \d \w \s \b are Unicode-aware as in Python 3, and
// Python's \Z (very end) becomes PCRE's \z. Only patterns both engines accept are
// accepted: PCRE-only syntax (\p{..}, \Q..\E, \K, \h, \R, \x{..}, (?<name>..), (?|..),
// recursion, verbs...) is refused, since the same file must work with MaestroNG.
// Returns std::nullopt when the pattern is refused. Pure function.
std::optional<QRegularExpression> compilePythonRegex(const QString &pattern);

} // namespace Maestro::Core
