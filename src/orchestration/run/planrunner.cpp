// SPDX-License-Identifier: GPL-3.0-or-later
#include "planrunner.h"

#include "core/softassert.h"
#include "orchestration/plan/waitgraph.h"
#include "runshared.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <chrono>

namespace Maestro::Orchestration {

namespace {

// Counts how deep the runner is in its own bookkeeping, so that cancel()/abort() called
// from a slot of progress() wait until that bookkeeping is complete.
class BusyScope
{
public:
    explicit BusyScope(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~BusyScope() { --m_depth; }
    BusyScope(const BusyScope &) = delete;
    BusyScope &operator=(const BusyScope &) = delete;

private:
    int &m_depth;
};

} // namespace

PlanRunner::PlanRunner(Plan plan, int concurrencyLimit, TaskFunction task, QObject *parent)
    : QObject(parent)
    , m_limit(std::max(0, concurrencyLimit))
{
    qRegisterMetaType<ProgressEvent>();
    qRegisterMetaType<RunReport>();

    const int stepCount = plan.size();
    m_workers = std::max(1, std::min(m_limit > 0 ? m_limit : UnlimitedWorkerCap, stepCount));
    m_pool.setMaxThreadCount(m_workers);
    m_pool.setObjectName(QStringLiteral("PlanRunner pool"));

    m_steps.resize(size_t(stepCount));
    m_report.steps.reserve(stepCount);
    for (const PlanStep &step : plan.steps())
        m_report.steps.append(StepOutcome{step.id, StepState::Aborted, {}, -1, -1});

    Core::Result<WaitGraph> graph = WaitGraph::build(plan);
    if (graph)
        m_graph = std::make_unique<WaitGraph>(std::move(graph).value());
    else
        m_planError = graph.error();
    if (!task)
        m_planError = Core::Error{tr("No task to run"), {}, {}};

    m_shared = std::make_shared<RunShared>(std::move(plan), std::move(task));
    m_shared->attach(this, [this] { processMailbox(); });

    m_future = m_promise.future();
    m_futureWatcher.setFuture(m_future);
    connect(&m_futureWatcher, &QFutureWatcherBase::canceled, this, &PlanRunner::cancel);

    m_intervalTimer.setSingleShot(true);
    connect(&m_intervalTimer, &QTimer::timeout, this, &PlanRunner::dispatch);
}

PlanRunner::~PlanRunner()
{
    m_destroying = true; // no signals from a half-destroyed object
    m_intervalTimer.stop();
    m_shared->requestCancel(RunShared::Message::Kind::Cancel);
    m_pool.waitForDone();
    if (m_started && !m_finished) {
        // Collect what the tasks reported before they ended, the cancel in its place.
        processMailbox();
        if (!m_finished) {
            applyCancel(); // in case the mailbox was already detached
            abandonRunning();
            maybeFinish();
        }
    }
    m_shared->detach();
    // A runner destroyed before start() leaves its future cancelled (QPromise does that).
}

const Plan &PlanRunner::plan() const
{
    return m_shared->plan();
}

void PlanRunner::setStartInterval(qint64 ms)
{
    MAESTRO_ASSERT(!m_started, return );
    m_startInterval = std::max<qint64>(0, ms);
}

QFuture<RunReport> PlanRunner::start()
{
    MAESTRO_ASSERT(!m_started, return m_future);
    m_started = true;
    m_promise.start();
    m_promise.setProgressRange(0, int(m_steps.size()));
    QMetaObject::invokeMethod(this, &PlanRunner::kickOff, Qt::QueuedConnection);
    return m_future;
}

void PlanRunner::kickOff()
{
    // A cancel() or abort() before this point is waiting in the mailbox.
    processMailbox();
    if (m_finished)
        return;
    const BusyScope busy(m_busy);
    if (m_planError && !m_stopping) {
        recordError(*m_planError, {});
        stopNewWork(tr("not started: %1").arg(m_planError->message));
    }
    for (size_t i = 0; i < m_steps.size() && !m_stopping; ++i) {
        m_steps[i].unmetWaits = int(m_graph->waits(int(i)).size());
        makeReadyOrWaiting(int(i));
    }
    dispatch();
    maybeFinish();
}

bool PlanRunner::onOwnerThread() const
{
    return QThread::currentThread() == thread();
}

void PlanRunner::cancel()
{
    // Tasks learn of it at once. The bookkeeping waits for the runner thread, and for the
    // end of any of our own code that emitted the signal whose slot called this.
    m_shared->requestCancel(RunShared::Message::Kind::Cancel);
    if (onOwnerThread() && m_busy == 0)
        processMailbox();
}

void PlanRunner::abort()
{
    m_shared->requestCancel(RunShared::Message::Kind::Abort);
    if (onOwnerThread() && m_busy == 0)
        processMailbox();
}

void PlanRunner::applyCancel()
{
    if (m_finished || m_cancelApplied)
        return;
    m_cancelApplied = true;
    recordError(Core::Error{tr("cancelled by user"), {}, {}}, {});
    m_report.cancelled = true;
    stopNewWork(tr("not started: cancelled by user"));
}

void PlanRunner::applyAbort()
{
    if (m_finished || m_abortApplied)
        return;
    m_abortApplied = true;
    // From here on the running tasks talk to nobody; they keep only RunShared alive.
    m_shared->detach();
    recordError(Core::Error{tr("aborted by user"), {}, {}}, {});
    m_report.cancelled = true;
    m_report.aborted = true;
    stopNewWork(tr("not started: aborted by user"));
    abandonRunning();
    maybeFinish();
}

void PlanRunner::processMailbox()
{
    if (!m_started)
        return; // kickOff() takes what is waiting
    if (m_processing) {
        // Re-entered through a nested event loop in a slot: the wake-up that brought us
        // here is spent, so the outer call must look again.
        m_recheckMailbox = true;
        return;
    }
    m_processing = true;
    const BusyScope busy(m_busy);
    std::vector<RunShared::Message> messages = m_shared->takeMessages();
    for (RunShared::Message &message : messages) {
        if (m_finished)
            break;
        switch (message.kind) {
        case RunShared::Message::Kind::Event:
            onStepEvent(message.step, std::move(message.event));
            break;
        case RunShared::Message::Kind::Finished:
            onStepFinished(message.step, message.ran, std::move(message.error), message.skipped,
                           message.skipReason);
            break;
        case RunShared::Message::Kind::Cancel:
            applyCancel();
            break;
        case RunShared::Message::Kind::Abort:
            applyAbort();
            break;
        }
    }
    m_processing = false;
    if (!m_finished) {
        dispatch();
        maybeFinish();
    }
    if (m_recheckMailbox && !m_finished) {
        m_recheckMailbox = false;
        QMetaObject::invokeMethod(this, &PlanRunner::processMailbox, Qt::QueuedConnection);
    }
}

void PlanRunner::onStepEvent(int step, ProgressEvent &&event)
{
    // A step settled by abort() may still have events in flight; its final event stays last.
    if (m_steps[size_t(step)].status != Status::Running)
        return;
    emitEvent(std::move(event));
}

void PlanRunner::onStepFinished(int step, bool ran, std::optional<Core::Error> &&error,
                                bool skipped, const QString &skipReason)
{
    if (m_steps[size_t(step)].status != Status::Running)
        return;
    --m_running;
    const QString &id = plan().step(step).id;
    if (!ran) {
        settle(step, StepState::Aborted, tr("not started: the run was stopped"));
        return;
    }
    if (error) {
        m_report.failures.append(id);
        recordError(*error, id);
        settle(step, StepState::Failed, error->message);
        stopNewWork(tr("not started: %1 failed").arg(id));
        return;
    }
    settle(step, skipped ? StepState::Skipped : StepState::Done, skipped ? skipReason : QString());
    for (int dependent : m_graph->dependents(step)) {
        StepRun &run = m_steps[size_t(dependent)];
        --run.unmetWaits;
        if (!m_stopping && run.status == Status::Pending)
            makeReadyOrWaiting(dependent);
    }
}

void PlanRunner::makeReadyOrWaiting(int step)
{
    StepRun &run = m_steps[size_t(step)];
    ProgressEvent event;
    event.instance = plan().step(step).id;
    if (run.unmetWaits == 0) {
        run.status = Status::Ready;
        m_ready.push(step);
        event.phase = ProgressPhase::Queued;
        event.message = tr("queued...");
    } else {
        event.phase = ProgressPhase::Waiting;
        for (int wait : m_graph->waits(step)) {
            if (!m_report.steps[wait].succeeded())
                event.waitingFor.append(plan().step(wait).id);
        }
        event.message = tr("waiting for %1...").arg(event.waitingFor.join(QStringLiteral(", ")));
    }
    event.timeMs = m_shared->elapsedMs();
    emitEvent(std::move(event));
}

void PlanRunner::dispatch()
{
    // After cancel()/abort() nothing starts, even before their bookkeeping has run.
    if (m_shared->isCancelled())
        return;
    while (!m_stopping && !m_finished && m_running < m_workers && !m_ready.empty()) {
        if (m_startInterval > 0 && m_lastStartMs >= 0) {
            const qint64 due = m_lastStartMs + m_startInterval;
            const qint64 now = m_shared->elapsedMs();
            if (now < due) {
                if (!m_intervalTimer.isActive())
                    m_intervalTimer.start(std::chrono::milliseconds(due - now));
                return;
            }
        }
        const int step = m_ready.top();
        m_ready.pop();
        launch(step);
    }
}

void PlanRunner::launch(int step)
{
    m_steps[size_t(step)].status = Status::Running;
    ++m_running;
    m_lastStartMs = m_shared->elapsedMs();
    m_report.steps[step].startedMs = m_lastStartMs;
    // The job owns a reference to the shared state, never to the runner.
    m_pool.start([shared = m_shared, step] { runStep(shared, step); });
}

void PlanRunner::stopNewWork(const QString &reason)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_shared->stopStarting();
    m_intervalTimer.stop();
    m_ready = {};
    for (size_t i = 0; i < m_steps.size(); ++i) {
        const Status status = m_steps[i].status;
        if (status == Status::Pending || status == Status::Ready)
            settle(int(i), StepState::Aborted, reason);
    }
}

void PlanRunner::abandonRunning()
{
    for (size_t i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].status == Status::Running)
            settle(int(i), StepState::Abandoned, tr("abandoned while running"));
    }
    m_running = 0;
}

void PlanRunner::recordError(const Core::Error &error, const QString &step)
{
    if (m_report.firstError)
        return;
    m_report.firstError = error;
    m_report.firstErrorStep = step;
}

void PlanRunner::settle(int step, StepState state, const QString &reason)
{
    m_steps[size_t(step)].status = Status::Settled;
    StepOutcome &outcome = m_report.steps[step];
    outcome.state = state;
    outcome.reason = reason;
    outcome.finishedMs = m_shared->elapsedMs();
    ++m_settled;
    if (!m_destroying)
        m_promise.setProgressValue(m_settled);

    ProgressEvent event;
    event.instance = outcome.id;
    event.message = reason;
    event.timeMs = outcome.finishedMs;
    switch (state) {
    case StepState::Done:
        event.phase = ProgressPhase::Done;
        break;
    case StepState::Skipped:
        event.phase = ProgressPhase::Skipped;
        break;
    case StepState::Failed:
        event.phase = ProgressPhase::Failed;
        event.segment
            = {ProgressEvent::Segment::Kind::Word, QStringLiteral("failed!"), Tone::Problem};
        break;
    case StepState::Aborted:
    case StepState::Abandoned:
        event.phase = ProgressPhase::Aborted;
        event.segment
            = {ProgressEvent::Segment::Kind::Word, QStringLiteral("aborted!"), Tone::Problem};
        break;
    }
    emitEvent(std::move(event));
}

void PlanRunner::emitEvent(ProgressEvent &&event)
{
    if (!m_destroying)
        emit progress(event);
}

void PlanRunner::maybeFinish()
{
    if (m_started && !m_finished && m_settled == int(m_steps.size()))
        finish();
}

void PlanRunner::finish()
{
    m_finished = true;
    m_intervalTimer.stop();
    m_promise.addResult(m_report);
    m_promise.finish();
    if (!m_destroying)
        emit finished(m_report);
}

} // namespace Maestro::Orchestration
