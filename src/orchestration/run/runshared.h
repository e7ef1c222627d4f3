// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/plan/plan.h"
#include "progressevent.h"
#include "taskcontext.h"

#include "core/error.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace Maestro::Orchestration {

// The part of one run that worker threads touch: the plan, the task function, the
// cancellation flags and the mailbox to the runner. PlanRunner and every queued or
// running step hold it through a shared_ptr, so a task that abort() stopped waiting for
// never reaches freed memory. Internal to the runner; every member is thread-safe.
class RunShared
{
    Q_DISABLE_COPY_MOVE(RunShared)

public:
    // What a worker tells the runner: an event of a step, or that a step ended; or a
    // cancel/abort request, queued in line so the runner knows which failures came
    // before it and which came after (and were probably caused by it).
    struct Message
    {
        enum class Kind { Event, Finished, Cancel, Abort };
        Kind kind = Kind::Event;
        int step = 0;
        ProgressEvent event;              // Event
        bool ran = false;                 // Finished: false when the step was not run
        std::optional<Core::Error> error; // Finished: the task's error
        bool skipped = false;             // Finished: TaskContext::skip() was called
        QString skipReason;
    };

    RunShared(Plan plan, TaskFunction task);

    const Plan &plan() const { return m_plan; }
    const TaskFunction &task() const { return m_task; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    // Cancelled: tasks should stop, sleeps return; nothing more starts. Also queues a
    // Cancel or Abort message (kind) for the runner, in order with the workers' messages.
    // Any thread.
    void requestCancel(Message::Kind kind);
    bool isCancelled() const { return m_cancelled.load(); }
    // Steps handed to the pool but not begun yet will not run (after a failure).
    void stopStarting() { m_startingStopped.store(true); }
    bool isStartingStopped() const { return m_startingStopped.load(); }
    bool sleepFor(qint64 ms);

    // Runner side. `wake` is queued to `context`'s thread when the mailbox turns
    // non-empty; detach() drops the receiver (before it is destroyed) and the mailbox.
    void attach(QObject *context, std::function<void()> wake);
    void detach();
    std::vector<Message> takeMessages();

    // Worker side.
    void post(Message message);

private:
    void postLocked(Message &&message);

    const Plan m_plan;
    const TaskFunction m_task;
    QElapsedTimer m_clock;

    std::mutex m_mutex;
    std::condition_variable m_cancelSignal;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_startingStopped{false};
    QObject *m_context = nullptr;
    std::function<void()> m_wake;
    std::vector<Message> m_mailbox;
};

// The body of a pool job: runs step `step` unless the run stopped first, catches what the
// task throws, and posts the outcome.
void runStep(const std::shared_ptr<RunShared> &shared, int step);

} // namespace Maestro::Orchestration
