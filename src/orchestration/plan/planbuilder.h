// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include "core/model/environment.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace Maestro::Orchestration {

// A command and the selection options of the command line (spec 10, 17.2), without the
// options that only change what a task does (-r, --reuse, delays...).
struct PlanRequest
{
    Command command = Command::Status;
    QStringList things;              // service and instance names; empty = the command's default
    bool withDependencies = false;   // -d
    bool ignoreDependencies = false; // -i
    bool expandServices = false;     // -s
    bool all = false;                // -a
    QString containerFilter;         // -C
    QString shipFilter;              // -S
};

// Spec 10.3-10.5: which way the command follows dependencies, whether service names are
// accepted without -s, and whether its steps wait for each other.
PlanDirection directionOf(Command command);
bool expandsServicesByDefault(Command command);
bool isGated(const PlanRequest &request);

// Builds the plan of a command: the ordered instances (10.2-10.4, the defaults of 10.3),
// the row numbers (11.2), each step's wait set (10.5) and whether -d pulled it in.
// Errors: MaestroNG's messages (`No services or containers specified for stop, and --all
// not set.`, `x is neither a service nor a container!`, ...). Pure function.
Core::Result<Plan> buildPlan(const Core::Environment &environment, const PlanRequest &request);

} // namespace Maestro::Orchestration
