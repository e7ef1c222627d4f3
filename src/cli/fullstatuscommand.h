// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "core/model/environment.h"
#include "orchestration/plan/plan.h"

namespace Maestro::Orchestration {
class ShipConnections;
}

namespace Maestro::Cli {

// `status -F` (spec 12.2): per instance the status row, a line with the configured image
// and the container's image id, one line per named port with its reachability, and (our
// addition, KW-39) one `!!` line per configuration drift. The instances are probed in
// parallel (`-c N`, else 8 at a time, KW-31) and printed in plan order; colour codes only
// on a terminal. Returns the exit status (0: status never fails the play).
int runFullStatus(const CommandLine &line, const Core::EnvironmentPtr &environment,
                  const Orchestration::Plan &plan, Orchestration::ShipConnections &connections);

} // namespace Maestro::Cli
