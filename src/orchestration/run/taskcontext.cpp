// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskcontext.h"

#include "core/softassert.h"
#include "runshared.h"

namespace Maestro::Orchestration {

TaskContext::TaskContext(std::shared_ptr<RunShared> shared, int step)
    : m_shared(std::move(shared))
    , m_step(step)
{}

TaskContext::~TaskContext() = default;

const PlanStep &TaskContext::step() const
{
    return m_shared->plan().step(m_step);
}

void TaskContext::report(ProgressEvent event)
{
    // Only the runner ends a step; a task's final phase is sent as information.
    MAESTRO_ASSERT(!event.isFinal(), event.phase = ProgressPhase::Info);
    event.instance = step().id;
    event.timeMs = m_shared->elapsedMs();
    RunShared::Message message;
    message.kind = RunShared::Message::Kind::Event;
    message.step = m_step;
    message.event = std::move(event);
    m_shared->post(std::move(message));
}

void TaskContext::report(ProgressPhase phase, const QString &message)
{
    ProgressEvent event;
    event.phase = phase;
    event.message = message;
    report(std::move(event));
}

void TaskContext::skip(const QString &reason)
{
    m_skipped = true;
    m_skipReason = reason;
}

void TaskContext::clearSkip()
{
    m_skipped = false;
    m_skipReason.clear();
}

bool TaskContext::isCancelled() const
{
    return m_shared->isCancelled();
}

bool TaskContext::sleepFor(qint64 ms)
{
    return m_shared->sleepFor(ms);
}

qint64 TaskContext::elapsedMs() const
{
    return m_shared->elapsedMs();
}

} // namespace Maestro::Orchestration
