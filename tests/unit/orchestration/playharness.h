// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakedocker.h"

#include "orchestration/plan/planbuilder.h"
#include "orchestration/run/runreport.h"
#include "orchestration/tasks/commandtasks.h"

#include <functional>
#include <memory>

namespace Maestro::Orchestration {
class AuditTrail;
class PlanRunner;
} // namespace Maestro::Orchestration

namespace Maestro::Tests {

// One play of a command (plan, CommandTasks, PlanRunner) against a FakeDocker, run to its
// end on the calling thread's event loop.
struct PlayResult
{
    bool planned = false;
    QString planError;
    Orchestration::RunReport report;
    QList<Orchestration::ProgressEvent> events;

    // The committed segments of one instance's row, in order ("container:tag:-",
    // "word:down"), what the table would show.
    QStringList segments(const QString &instance) const;
    // Whether the run failed and with which message ("" when it succeeded).
    QString error() const;
    // The lifecycle check reports (Checking events of an attempt), in order.
    QList<Orchestration::ProgressEvent::Check> checks() const;
};

struct PlaySetup
{
    Orchestration::PlanRequest request;
    Orchestration::TaskOptions options;
    int concurrency = 0;
    qint64 startIntervalMs = 0;
    std::shared_ptr<Orchestration::AuditTrail> audit;
    // Called once the runner started (on the test thread), e.g. to cancel it.
    std::function<void(Orchestration::PlanRunner &)> started;
};

PlayResult play(const Core::EnvironmentPtr &environment, FakeDocker &docker,
                const PlaySetup &setup);

// An environment whose instance probe-1 (image `probe`) on ship s1 (10.0.0.1) has the one
// running lifecycle check `check`, a YAML flow mapping such as
// `{type: rexec, command: check-probe, attempts: 3}`; `moreServices` are appended to its
// services (YAML lines indented by two spaces).
Core::EnvironmentPtr checkEnvironment(const QString &check, const QString &moreServices = {});

} // namespace Maestro::Tests
