// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling.h"

#include <algorithm>
#include <vector>

namespace Maestro::Core {

int editDistance(QStringView a, QStringView b)
{
    // Optimal string alignment: insertions, deletions, substitutions and swaps of two
    // neighbours (`imgae` -> `image` is one slip, not two).
    const size_t n = size_t(a.size());
    const size_t m = size_t(b.size());
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (size_t j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (size_t i = 1; i <= n; ++i) {
        for (size_t j = 1; j <= m; ++j) {
            const int cost = a[qsizetype(i - 1)] == b[qsizetype(j - 1)] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[qsizetype(i - 1)] == b[qsizetype(j - 2)]
                && a[qsizetype(i - 2)] == b[qsizetype(j - 1)])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString closestMatch(const QString &name, const QStringList &candidates)
{
    // A key that starts another one (`user` / `username`) is the usual short-hand slip;
    // otherwise allow about one typo per four characters.
    QString best;
    int bestDistance = std::max(1, int(name.size()) / 4) + 1;
    for (const QString &candidate : candidates) {
        if (name.size() >= 3 && candidate.startsWith(name))
            return candidate;
        const int d = editDistance(name, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace Maestro::Core
