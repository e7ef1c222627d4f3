// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/plan/plan.h"
#include "orchestration/tasks/commandtasks.h"
#include "progressevent.h"
#include "runreport.h"

#include "core/model/environment.h"

#include <QObject>

#include <memory>

namespace Maestro::Orchestration {

class PlanRunner;
class ShipClients;
class ShipConnections;

// One run of a plan for the desktop: the ship clients, the command's tasks and the
// dependency-gated runner put together, with the runner's progress and outcome forwarded
// as signals. The plan is the one the user saw in the preview: the session runs exactly
// it, nothing is re-selected.
//
// Threads: create, use and delete it on a thread with an event loop (the GUI thread). The
// tasks run on the runner's own pool; progress() and finished() arrive on this thread.
// Deleting a running session cancels it and waits for the running tasks (STYLE rule 9).
class RunSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSession)

public:
    struct Options
    {
        TaskOptions task;
        int concurrency = 0;    // -c N; 0 = unlimited
        qint64 stepDelayMs = 0; // restart --step-delay: between consecutive task starts
    };

    // `connections` (the process's owner of ship clients) must outlive the session.
    RunSession(Core::EnvironmentPtr environment, Plan plan, Options options,
               ShipConnections &connections, QObject *parent = nullptr);
    ~RunSession() override;

    const Plan &plan() const { return m_plan; }
    bool isStarted() const;
    bool isFinished() const;
    // The report so far; the final one once finished() was emitted.
    RunReport report() const;

    // Starts the run; everything after arrives through the event loop.
    void start();
    // Starts nothing new, tells running tasks to stop, then finishes with `cancelled by user`.
    void cancel();

    // "2 done, 1 failed, 3 not started" and which: for the run panel after the end.
    static QString describeOutcome(const RunReport &report);

signals:
    void progress(const Maestro::Orchestration::ProgressEvent &event);
    void finished(const Maestro::Orchestration::RunReport &report);

private:
    Core::EnvironmentPtr m_environment;
    Plan m_plan;
    // Destroyed in reverse order: the runner (waiting for its tasks) before the tasks and
    // the clients they use.
    std::unique_ptr<ShipClients> m_clients;
    std::unique_ptr<CommandTasks> m_tasks;
    std::unique_ptr<PlanRunner> m_runner;
};

} // namespace Maestro::Orchestration
