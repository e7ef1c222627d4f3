// SPDX-License-Identifier: GPL-3.0-or-later
#include "checknowjob.h"

#include "orchestration/run/runshared.h"

namespace Maestro::Orchestration {

namespace {

// A one-step plan: TaskContext names its instance in the reports it makes.
Plan planFor(const QString &instance)
{
    PlanStep step;
    step.id = instance;
    step.row = 1;
    step.task = QStringLiteral("check");
    return Plan(PlanDirection::Start, {step});
}

} // namespace

CheckNowJob::CheckNowJob(Core::EnvironmentPtr environment, QString instance, ShipApi *client)
    : m_environment(std::move(environment))
    , m_instance(std::move(instance))
    , m_client(client)
    , m_shared(std::make_shared<RunShared>(planFor(m_instance), TaskFunction{}))
{}

CheckNowJob::~CheckNowJob() = default;

CheckNowOutcome CheckNowJob::run()
{
    const Core::Instance *instance = m_environment ? m_environment->instance(m_instance) : nullptr;
    if (!instance || !m_client)
        return {CheckNowOutcome::Kind::NotRunning, {}};
    // Never attached to a receiver: the progress of the checks is dropped.
    TaskContext context(m_shared, 0);
    return checkNow(*m_environment, *instance, *m_client, context);
}

void CheckNowJob::cancel()
{
    m_shared->requestCancel(RunShared::Message::Kind::Cancel);
}

} // namespace Maestro::Orchestration
