// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressevent.h"

#include "core/result.h"

#include <QtGlobal>

#include <functional>
#include <memory>

namespace Maestro::Orchestration {

class RunShared;
struct PlanStep;

// What a running task may do besides its work: report progress, notice cancellation and
// wait without ignoring it. The runner makes one per step and hands it to the task on
// the worker thread that runs the step; only that thread may use it. Reports are posted
// to the runner's thread and keep their order; after PlanRunner::abort() they are dropped,
// and everything here stays valid for as long as the task runs.
class TaskContext
{
    Q_DISABLE_COPY_MOVE(TaskContext)

public:
    TaskContext(std::shared_ptr<RunShared> shared, int step);
    ~TaskContext();

    const PlanStep &step() const;

    // Sends an event about this step. The runner fills in `instance` and `timeMs`. The
    // final phases are the runner's: a task reporting Done, Failed, Skipped or Aborted
    // gets its event turned into Info (and a warning in the log).
    void report(ProgressEvent event);
    void report(ProgressPhase phase, const QString &message);

    // Marks the step as skipped (the task still returns success); the runner then ends it
    // with Skipped and this reason instead of Done.
    void skip(const QString &reason);
    // Forgets an earlier skip(): a task made of halves (restart's stop, then its start)
    // is skipped only when its last half is.
    void clearSkip();
    bool isSkipped() const { return m_skipped; }
    const QString &skipReason() const { return m_skipReason; }

    // True once the run was cancelled or aborted: a task should stop at its next safe
    // point and return an error (or success, if the work happened to be complete).
    bool isCancelled() const;
    // Sleeps up to `ms` milliseconds, returning early when the run is cancelled. Returns
    // true when the full time passed, false when cancelled.
    bool sleepFor(qint64 ms);
    // Milliseconds since the run started (the clock of ProgressEvent::timeMs).
    qint64 elapsedMs() const;

private:
    std::shared_ptr<RunShared> m_shared;
    int m_step = 0;
    bool m_skipped = false;
    QString m_skipReason;
};

// The work of one step. Runs blocking on a worker thread of the runner's pool, several at
// once for different steps, so it must be safe to call concurrently. Return an Error to
// fail the step; exceptions are caught at the boundary and become failures.
using TaskFunction = std::function<Core::VoidResult(const PlanStep &, TaskContext &)>;

} // namespace Maestro::Orchestration
