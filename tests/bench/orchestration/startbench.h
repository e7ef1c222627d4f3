// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Maestro::Bench {

// `start` of `count` instances in 4 dependent levels over orchships.sh's two ships, each
// service opening its port 0.2-1.2 s after its container starts and a tcp check waiting for
// it, against the raw lower bound; prints the figures. Returns the process exit code.
int runStartBenchmark(const QHash<QString, QString> &shipsEnv, int count, int rounds);

} // namespace Maestro::Bench
