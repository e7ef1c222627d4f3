// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "orchestration/plan/planbuilder.h"
#include "orchestration/tasks/commandtasks.h"

namespace Maestro::Orchestration {
class ShipConnections;
}

namespace Maestro::Cli {

// The command line's selection options and task options (spec 17.2) for `command`, the
// command `line` names.
Orchestration::PlanRequest planRequestFrom(const CommandLine &line, Orchestration::Command command);
Orchestration::TaskOptions taskOptionsFrom(const CommandLine &line, Orchestration::Command command);

// status, start, stop, kill, restart, pull, clean: builds the plan, shows it (--dry-run) or
// runs it on the ships with the play table or --json events, Ctrl-C cancelling (a second
// one aborts). Returns the exit status of spec 17.4. Needs a QCoreApplication. The ships
// are reached through `connections`, main()'s owner of the ship clients.
int runPlayCommand(const CommandLine &line, Orchestration::Command command,
                   Orchestration::ShipConnections &connections);
// logs [-F] [-n LINES] thing (spec 12.9).
int runLogs(const CommandLine &line, Orchestration::ShipConnections &connections);

} // namespace Maestro::Cli
