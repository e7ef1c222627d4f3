// SPDX-License-Identifier: GPL-3.0-or-later
#include "runsession.h"

#include "orchestration/ships/shipclients.h"
#include "orchestration/tr.h"
#include "planrunner.h"

#include "core/softassert.h"

namespace Maestro::Orchestration {

RunSession::RunSession(Core::EnvironmentPtr environment, Plan plan, Options options,
                       ShipConnections &connections, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_plan(std::move(plan))
    , m_clients(std::make_unique<ShipClients>(m_environment, connections))
    // Plans without a command are Check Now's, which never runs in a session; status would
    // at least only read.
    , m_tasks(std::make_unique<CommandTasks>(
          m_environment, *m_clients, m_plan.command().value_or(Command::Status), options.task))
    , m_runner(std::make_unique<PlanRunner>(m_plan, options.concurrency, m_tasks->function()))
{
    MAESTRO_ASSERT(m_plan.command().has_value(), (void)0);
    m_runner->setStartInterval(options.stepDelayMs);
    m_clients->setRequestsInFlight(m_runner->maxWorkers());
    connect(m_runner.get(), &PlanRunner::progress, this, &RunSession::progress);
    connect(m_runner.get(), &PlanRunner::finished, this, &RunSession::finished);
}

RunSession::~RunSession()
{
    // The runner's destructor cancels and waits; nothing it emits meanwhile reaches a
    // half-destroyed session.
    disconnect(m_runner.get(), nullptr, this, nullptr);
    m_runner.reset();
}

bool RunSession::isStarted() const
{
    return m_runner->isStarted();
}

bool RunSession::isFinished() const
{
    return m_runner->isFinished();
}

RunReport RunSession::report() const
{
    return m_runner->report();
}

void RunSession::start()
{
    m_runner->start();
}

void RunSession::cancel()
{
    m_runner->cancel();
}

QString RunSession::describeOutcome(const RunReport &report)
{
    QStringList done;
    QStringList skipped;
    QStringList failed;
    QStringList notRun;
    for (const StepOutcome &outcome : report.steps) {
        switch (outcome.state) {
        case StepState::Done:
            done.append(outcome.id);
            break;
        case StepState::Skipped:
            skipped.append(outcome.id);
            break;
        case StepState::Failed:
            failed.append(outcome.id);
            break;
        case StepState::Aborted:
        case StepState::Abandoned:
            notRun.append(outcome.id);
            break;
        }
    }
    QStringList parts;
    const auto part = [&parts](const QString &label, const QStringList &ids) {
        if (!ids.isEmpty())
            parts.append(label.arg(ids.size()).arg(ids.join(QStringLiteral(", "))));
    };
    part(TaskTr::tr("%1 done (%2)"), done);
    part(TaskTr::tr("%1 skipped (%2)"), skipped);
    part(TaskTr::tr("%1 failed (%2)"), failed);
    part(TaskTr::tr("%1 did not run (%2)"), notRun);
    return parts.join(QStringLiteral("; "));
}

} // namespace Maestro::Orchestration
