// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/plan/plan.h"
#include "progressevent.h"
#include "runreport.h"
#include "taskcontext.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>
#include <queue>
#include <vector>

namespace Maestro::Orchestration {

class RunShared;
class WaitGraph;

// Executes a Plan: the dependency-gated play of spec 11.1 on a bounded worker pool
// (KW-10). A step's task starts as soon as every step it waits for has succeeded and a
// worker is free; `-c N` bounds the workers. After the first failure nothing new starts
// (the steps not started end Aborted), running tasks finish, and the report names the
// FIRST error. cancel() does the same with `cancelled by user` and also tells running
// tasks (TaskContext::isCancelled, sleepFor returns early); abort() additionally stops
// waiting for running tasks and finishes at once.
//
// Threads: the runner lives in, is used from, and schedules on the thread that created it
// (its "runner thread"), which must run an event loop: the scheduler wakes up when a task
// posts a completion, it never polls. Do not block that thread on future().waitForFinished().
// cancel() and abort() may also be called from any other thread. Tasks run on the
// runner's own QThreadPool: at most concurrencyLimit threads, or UnlimitedWorkerCap when
// the limit is 0 (unlimited), never more than there are steps. Signals are emitted on the
// runner thread; finished() comes last, once. Delete the runner with deleteLater() from
// its own slots. The destructor cancels and waits for running tasks (STYLE rule 9), also
// for tasks abandoned by abort(); a process that must end at once after abort() exits
// without destroying the runner.
class PlanRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanRunner)

public:
    // Workers when no limit is given (`-c 0`, the default). Docker daemons serialise much
    // of their work and the tasks mostly wait on sockets, so more parallel calls buy
    // little, while threads cost memory; 32 keeps 500 instances well inside the budget.
    static constexpr int UnlimitedWorkerCap = 32;

    // `concurrencyLimit` is `-c N`: at most N tasks at once; 0 (or less) = unlimited.
    PlanRunner(Plan plan, int concurrencyLimit, TaskFunction task, QObject *parent = nullptr);
    ~PlanRunner() override;

    const Plan &plan() const;
    int concurrencyLimit() const { return m_limit; }
    // The most tasks that can run at once (= pool threads): the limit or the cap, bounded
    // by the number of steps.
    int maxWorkers() const { return m_workers; }

    // KW-28: a rolling interval between consecutive task starts (restart `--step-delay`):
    // a task starts no sooner than `ms` after the previous one started; the first starts at
    // once. 0 (the default) disables it. Set before start().
    void setStartInterval(qint64 ms);
    qint64 startInterval() const { return m_startInterval; }

    // Starts the run; everything after this arrives through the event loop (the first
    // progress() signals included). A runner runs once: a second call only returns the
    // same future. An invalid plan (Plan::check) or a missing task ends the run with that
    // error and every step Aborted.
    QFuture<RunReport> start();
    // Resolves with the report. Cancelling the future cancels the run, but Qt drops the
    // results of a cancelled future: then take the report from finished() or report().
    QFuture<RunReport> future() const { return m_future; }

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    // The final report once finished; before that, the report so far.
    RunReport report() const { return m_report; }

public slots:
    // Ctrl-C once / Cancel: start nothing new, tell running tasks, wait for them, then
    // finish with `cancelled by user` unless an error came first. Before start(): the run
    // will start nothing at all. Failures the runner learnt of before the cancel keep
    // their place as the first error. finished() may be emitted from inside this call.
    void cancel();
    // Ctrl-C twice: as cancel(), then stop waiting: running steps end Abandoned and the
    // run finishes from inside this call. Called from another thread or from a slot of
    // this runner's own signals, the bookkeeping of cancel() and abort() happens as soon
    // as control is back in the runner thread's event loop.
    void abort();

signals:
    void progress(const Maestro::Orchestration::ProgressEvent &event);
    void finished(const Maestro::Orchestration::RunReport &report);

private:
    enum class Status : quint8 { Pending, Ready, Running, Settled };
    struct StepRun
    {
        int unmetWaits = 0;
        Status status = Status::Pending;
    };

    void kickOff();
    // Handles what workers and cancel()/abort() posted so far, in order; a no-op before
    // start() and when re-entered from a slot.
    void processMailbox();
    void applyCancel();
    void applyAbort();
    void onStepEvent(int step, ProgressEvent &&event);
    void onStepFinished(int step, bool ran, std::optional<Core::Error> &&error, bool skipped,
                        const QString &skipReason);
    void makeReadyOrWaiting(int step);
    void dispatch();
    void launch(int step);
    void stopNewWork(const QString &reason);
    void abandonRunning();
    void recordError(const Core::Error &error, const QString &step);
    void settle(int step, StepState state, const QString &reason);
    void emitEvent(ProgressEvent &&event);
    void maybeFinish();
    void finish();
    bool onOwnerThread() const;

    std::shared_ptr<RunShared> m_shared;
    std::unique_ptr<WaitGraph> m_graph;
    std::optional<Core::Error> m_planError;
    int m_limit = 0;
    int m_workers = 1;
    qint64 m_startInterval = 0;
    qint64 m_lastStartMs = -1;

    std::vector<StepRun> m_steps;
    std::priority_queue<int, std::vector<int>, std::greater<>> m_ready; // plan order first
    int m_running = 0;
    int m_settled = 0;
    bool m_started = false;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_cancelApplied = false;
    bool m_abortApplied = false;
    bool m_processing = false;
    bool m_recheckMailbox = false;
    int m_busy = 0;
    bool m_destroying = false;

    RunReport m_report;
    QPromise<RunReport> m_promise;
    QFuture<RunReport> m_future;
    QFutureWatcher<RunReport> m_futureWatcher;
    QTimer m_intervalTimer;
    // Last: destroyed first, after the destructor has already waited for it.
    QThreadPool m_pool;
};

} // namespace Maestro::Orchestration
