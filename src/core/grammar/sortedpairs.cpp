// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortedpairs.h"

#include <algorithm>

namespace Maestro::Core {

QStringList sortedColonPairs(QList<QPair<QString, QString>> pairs)
{
    // QString's operator< compares UTF-16 code units; Python compares code points. The two
    // differ only between astral characters and U+E000..U+FFFF, which host and container
    // names do not contain.
    std::sort(pairs.begin(), pairs.end());
    QStringList result;
    result.reserve(pairs.size());
    for (const auto &[key, value] : std::as_const(pairs))
        result.append(key + QLatin1Char(':') + value);
    return result;
}

} // namespace Maestro::Core
