// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Bench {

// A synthetic environment file of `instances` instances over instances/5 services on four
// ships: every service after the first requires up to two earlier ones and has env vars,
// ports, volumes and a tcp check, the shape of a large real deployment. Deterministic, so
// figures can be compared between runs. Shared by the load and GUI benchmarks.
QString generateEnvironment(int instances);

} // namespace Maestro::Bench
