// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/run/taskcontext.h"

#include "core/model/environment.h"

#include <QString>

namespace Maestro::Orchestration {

class ShipApi;

// What checking one instance on demand found.
struct CheckNowOutcome
{
    enum class Kind {
        Passed,
        Failed,     // `reason` says which check failed and why
        NoChecks,   // the instance has no `running` checks
        NotRunning, // no container, or one that does not run: nothing was checked
    };
    Kind kind = Kind::NotRunning;
    QString reason;
};

// "Is it healthy right now?": inspects `instance`'s container on `client` and, when it
// runs, runs the lifecycle checks of its `running` state once, with their normal limits,
// while the container keeps running (the same checks and condition a start uses). Blocks
// the calling worker thread; stops at the next safe point when `context` is cancelled
// (then the outcome is Failed with the cancel as reason). Every socket and exec has ended
// when it returns.
CheckNowOutcome checkNow(const Core::Environment &environment, const Core::Instance &instance,
                         ShipApi &client, TaskContext &context);

} // namespace Maestro::Orchestration
