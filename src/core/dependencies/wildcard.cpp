// SPDX-License-Identifier: GPL-3.0-or-later
#include "wildcard.h"

namespace Maestro::Core {

namespace {

// Matches the bracket expression starting at pattern[p] ('[') against c; returns the
// index after the closing ']' or -1 when the bracket is not closed (then '[' is literal).
qsizetype matchBracket(QStringView pattern, qsizetype p, QChar c, bool &matched)
{
    qsizetype i = p + 1;
    bool negate = false;
    if (i < pattern.size() && pattern[i] == QLatin1Char('!')) {
        negate = true;
        ++i;
    }
    bool found = false;
    bool first = true;
    while (i < pattern.size() && (first || pattern[i] != QLatin1Char(']'))) {
        first = false;
        if (i + 2 < pattern.size() && pattern[i + 1] == QLatin1Char('-')
            && pattern[i + 2] != QLatin1Char(']')) {
            if (pattern[i] <= c && c <= pattern[i + 2])
                found = true;
            i += 3;
        } else {
            if (pattern[i] == c)
                found = true;
            ++i;
        }
    }
    if (i >= pattern.size())
        return -1;
    matched = found != negate;
    return i + 1;
}

} // namespace

bool wildcardMatch(QStringView pattern, QStringView name)
{
    // Iterative matcher with single-star backtracking: linear in practice, never recursive.
    qsizetype p = 0, n = 0, starP = -1, starN = 0;
    while (n < name.size()) {
        if (p < pattern.size()) {
            const QChar pc = pattern[p];
            if (pc == QLatin1Char('*')) {
                starP = p++;
                starN = n;
                continue;
            }
            if (pc == QLatin1Char('?')) {
                ++p;
                ++n;
                continue;
            }
            if (pc == QLatin1Char('[')) {
                bool matched = false;
                const qsizetype next = matchBracket(pattern, p, name[n], matched);
                if (next >= 0) {
                    if (matched) {
                        p = next;
                        ++n;
                        continue;
                    }
                } else if (name[n] == pc) {
                    ++p;
                    ++n;
                    continue;
                }
            } else if (pc == name[n]) {
                ++p;
                ++n;
                continue;
            }
        }
        if (starP < 0)
            return false;
        p = starP + 1;
        n = ++starN;
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

} // namespace Maestro::Core
