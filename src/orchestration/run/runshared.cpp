// SPDX-License-Identifier: GPL-3.0-or-later
#include "runshared.h"

#include <QCoreApplication>

#include <chrono>
#include <exception>

namespace Maestro::Orchestration {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Orchestration::PlanRunner)
};

} // namespace

RunShared::RunShared(Plan plan, TaskFunction task)
    : m_plan(std::move(plan))
    , m_task(std::move(task))
{
    m_clock.start();
}

void RunShared::requestCancel(Message::Kind kind)
{
    {
        // Flags and message under one lock: a sleeper between its check and its wait
        // cannot miss the flag, and whatever a task posts because of it comes after the
        // message.
        std::lock_guard lock(m_mutex);
        m_startingStopped.store(true);
        m_cancelled.store(true);
        Message message;
        message.kind = kind;
        postLocked(std::move(message));
    }
    m_cancelSignal.notify_all();
}

bool RunShared::sleepFor(qint64 ms)
{
    std::unique_lock lock(m_mutex);
    if (ms <= 0)
        return !m_cancelled.load();
    const bool cancelled = m_cancelSignal.wait_for(lock, std::chrono::milliseconds(ms),
                                                   [this] { return m_cancelled.load(); });
    return !cancelled;
}

void RunShared::attach(QObject *context, std::function<void()> wake)
{
    std::lock_guard lock(m_mutex);
    m_context = context;
    m_wake = std::move(wake);
}

void RunShared::detach()
{
    std::lock_guard lock(m_mutex);
    m_context = nullptr;
    m_wake = {};
    m_mailbox.clear();
}

std::vector<RunShared::Message> RunShared::takeMessages()
{
    std::lock_guard lock(m_mutex);
    std::vector<Message> messages;
    messages.swap(m_mailbox);
    return messages;
}

void RunShared::post(Message message)
{
    std::lock_guard lock(m_mutex);
    postLocked(std::move(message));
}

void RunShared::postLocked(Message &&message)
{
    if (!m_context)
        return;
    const bool wasEmpty = m_mailbox.empty();
    m_mailbox.push_back(std::move(message));
    // One wake-up per batch; the receiver takes everything queued so far. Posting under
    // the lock pairs with detach(): once detached, the receiver may be destroyed, and a
    // wake-up already posted to it is discarded by Qt together with the object.
    if (wasEmpty)
        QMetaObject::invokeMethod(m_context, m_wake, Qt::QueuedConnection);
}

void runStep(const std::shared_ptr<RunShared> &shared, int step)
{
    RunShared::Message done;
    done.kind = RunShared::Message::Kind::Finished;
    done.step = step;
    if (shared->isStartingStopped()) {
        shared->post(std::move(done));
        return;
    }

    done.ran = true;
    TaskContext context(shared, step);
    try {
        if (!shared->task()) {
            done.error = Core::Error{Tr::tr("No task to run"), {}, {}};
        } else {
            const Core::VoidResult result = shared->task()(shared->plan().step(step), context);
            if (!result)
                done.error = result.error();
        }
    } catch (const std::exception &e) {
        done.error = Core::Error{
            Tr::tr("Unexpected exception in the task: %1").arg(QString::fromLocal8Bit(e.what())),
            {},
            {}};
    } catch (...) {
        done.error = Core::Error{Tr::tr("Unexpected exception in the task"), {}, {}};
    }
    done.skipped = context.isSkipped();
    done.skipReason = context.skipReason();
    shared->post(std::move(done));
}

} // namespace Maestro::Orchestration
