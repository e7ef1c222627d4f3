// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling.h"

#include <algorithm>
#include <vector>

namespace Maestro::Core {

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(size_t(b.size()) + 1);
    for (size_t j = 0; j <= size_t(b.size()); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                                           substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
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
