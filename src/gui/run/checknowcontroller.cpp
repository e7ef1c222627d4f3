// SPDX-License-Identifier: GPL-3.0-or-later
#include "checknowcontroller.h"

#include "core/dependencies/targetselection.h"
#include "orchestration/checks/checknowjob.h"
#include "orchestration/ships/shipclients.h"

#include <QtConcurrent>

#include <utility>

namespace Maestro::Gui {

using Check = Models::InstanceState::Check;
using Orchestration::CheckNowOutcome;

CheckNowController::CheckNowController(QThreadPool *pool,
                                       Orchestration::ShipConnections &connections, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_connections(connections)
{}

CheckNowController::~CheckNowController()
{
    cancelAll(true);
}

void CheckNowController::setEnvironment(const Core::EnvironmentPtr &environment)
{
    // The instances may be gone or changed: what their checks would say is dropped, and
    // the survivors no longer say "checking".
    const QStringList cancelled = cancelAll(false);
    m_environment = environment;
    m_clients.reset();
    if (m_environment)
        m_clients = std::make_shared<Orchestration::ShipClients>(m_environment, m_connections);
    for (const QString &instance : cancelled)
        emit checkStateChanged(instance, Check::Unknown, {});
}

void CheckNowController::check(const QStringList &instances)
{
    for (const QString &instance : instances) {
        if (m_environment && m_environment->instance(instance) && !m_jobs.contains(instance))
            start(instance);
    }
}

QStringList CheckNowController::instancesOf(const QStringList &things) const
{
    if (!m_environment)
        return {};
    // The command line's resolution of names; nothing selected means every instance, the
    // omitted ones too, as `status` shows them.
    Core::SelectionRequest request;
    request.things = things.isEmpty() ? Core::defaultThings(*m_environment, true) : things;
    const Core::Result<QStringList> instances = Core::selectInstances(*m_environment, request);
    return instances ? *instances : QStringList();
}

void CheckNowController::start(const QString &instance)
{
    const Core::Instance *configured = m_environment->instance(instance);
    auto job = std::make_shared<Orchestration::CheckNowJob>(m_environment, instance,
                                                            m_clients->client(configured->ship));
    auto *watcher = new QFutureWatcher<CheckNowOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, instance] { finish(instance); });
    m_jobs.insert(instance, {job, watcher});
    emit checkStateChanged(instance, Check::Checking, {});
    // The job holds the clients: a reload while it runs does not pull them from under it.
    watcher->setFuture(
        QtConcurrent::run(m_pool, [job, clients = m_clients] { return job->run(); }));
}

void CheckNowController::finish(const QString &instance)
{
    const Job job = m_jobs.take(instance);
    if (!job.watcher)
        return;
    job.watcher->deleteLater();
    const QFuture<CheckNowOutcome> future = job.watcher->future();
    if (future.resultCount() == 0)
        return;
    const CheckNowOutcome outcome = future.result();
    switch (outcome.kind) {
    case CheckNowOutcome::Kind::Passed:
        emit checkStateChanged(instance, Check::Passed, {});
        break;
    case CheckNowOutcome::Kind::Failed:
        emit checkStateChanged(instance, Check::Failed, outcome.reason);
        break;
    case CheckNowOutcome::Kind::NoChecks:
        emit checkStateChanged(instance, Check::None, {});
        break;
    case CheckNowOutcome::Kind::NotRunning:
        // Nothing was checked: the column goes back to saying nothing is known.
        emit checkStateChanged(instance, Check::Unknown, {});
        break;
    }
}

QStringList CheckNowController::cancelAll(bool wait)
{
    const QHash<QString, Job> jobs = std::exchange(m_jobs, {});
    for (const Job &job : jobs) {
        job.watcher->disconnect(this);
        job.job->cancel();
    }
    for (const Job &job : jobs) {
        if (wait)
            job.watcher->waitForFinished();
        delete job.watcher;
    }
    return jobs.keys();
}

} // namespace Maestro::Gui
