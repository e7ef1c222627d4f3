// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/run/taskcontext.h"

#include "core/model/containerenvironment.h"
#include "core/model/instance.h"
#include "core/model/ship.h"
#include "core/result.h"

#include <functional>

namespace Maestro::Orchestration {

class ShipApi;

// What the checks of one container need: where to connect (the ship's ip and the
// container's host ports), the client for rexec, the environment for exec.
struct CheckTarget
{
    const Core::Instance *instance = nullptr;
    const Core::Ship *ship = nullptr;
    ShipApi *client = nullptr;
    QString containerId;
    QList<Core::EnvVar> environment;
};

// The condition a state is evaluated under (spec 14.3): true while it holds ("the
// container is running"); an error when it could not be evaluated (the ship did not
// answer the inspect). Either ends the state when it persists: a condition that does not
// hold is named by `description`, one that could not be evaluated by its error.
struct CheckCondition
{
    std::function<Core::Result<bool>()> evaluate;
    QString description; // "is no longer running"
};

// Runs the lifecycle checks of `state` (spec 14): all checks of the state in one loop on
// the calling worker thread (no thread per check, KW-11), the first attempt of each at once.
// Probes retry fast, backing off from 50 ms to 1 s (each pause an eighth of the time waited
// so far), each within its own time limit (tcp: as many seconds as its `max_wait`, KW-12, the
// least time MaestroNG spends on that many attempts; http: `max_wait` seconds). Commands,
// which may have side effects, run as MaestroNG runs them (checkbackoff.h): exec and rexec
// at most `attempts` times, a second after each failed run, an exec run killed after a
// minute. The condition is evaluated about once a second; failing twice in a row ends the
// state at once. No configured checks: the condition is waited for (about 5 s, wait_for).
// Every socket, process and exec ends before this returns (KW-13, KW-15). Reports each
// attempt as a Checking event (with the most attempts the check can still reach, a
// command's `attempts`, and the previous attempt's error; a command's limitMs is 0);
// returns an error naming the container and the check.
Core::VoidResult runLifecycleChecks(const QString &state, const CheckTarget &target,
                                    const CheckCondition &condition, TaskContext &context);

// Waits up to about 5 s (spec 12.0 wait_for) for `holds`, backing off from 50 ms to 500 ms;
// returns early (false) when the run is cancelled.
bool waitFor(const std::function<bool()> &holds, TaskContext &context, qint64 limitMs = 5000);

} // namespace Maestro::Orchestration
