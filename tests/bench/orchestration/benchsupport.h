// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the orchestration benchmarks: orchships.sh's orch.env, medians and the process's own
// threads and peak memory.

#include "core/model/environment.h"
#include <QHash>
#include <QList>
#include <QString>

namespace Maestro::Orchestration {
class ShipClients;
}

namespace Maestro::Bench {

// KEY=value lines of the file MDT_ORCH_ENV names; empty when it is not set or unreadable.
QHash<QString, QString> readShipsEnv();
int threadCount();
QString peakRss();
double median(QList<double> values);
// Force-removes every instance's container, all requests at once.
void removeAll(const Core::EnvironmentPtr &env, Orchestration::ShipClients &clients);

} // namespace Maestro::Bench
