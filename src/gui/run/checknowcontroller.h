// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/instancestate.h"
#include "orchestration/checks/checknow.h"

#include "core/model/environment.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <memory>

class QThreadPool;

namespace Maestro::Orchestration {
class CheckNowJob;
class ShipClients;
class ShipConnections;
} // namespace Maestro::Orchestration

namespace Maestro::Gui {

// "Check Now": runs the `running` lifecycle checks of running instances once, on demand,
// each on its own job of `pool`, several in parallel, at most one per instance at a time.
// Reports through checkStateChanged() like RunController does for the checks of a run.
// A new environment cancels the checks still going and drops their results; the destructor
// cancels them and waits. GUI thread only.
class CheckNowController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckNowController)

public:
    // `connections` (the process's owner of ship clients) must outlive the controller.
    CheckNowController(QThreadPool *pool, Orchestration::ShipConnections &connections,
                       QObject *parent = nullptr);
    ~CheckNowController() override;

    void setEnvironment(const Core::EnvironmentPtr &environment);
    // The instances of `things` (instance or service names; empty = the whole environment).
    QStringList instancesOf(const QStringList &things) const;
    // Checks those of `instances` that are not being checked already. Each container is
    // inspected first: one that does not run is reported back as Unknown, not checked.
    void check(const QStringList &instances);
    bool isChecking(const QString &instance) const { return m_jobs.contains(instance); }
    int checkingCount() const { return int(m_jobs.size()); }

signals:
    void checkStateChanged(const QString &instance, Models::InstanceState::Check check,
                           const QString &detail);

private:
    struct Job
    {
        std::shared_ptr<Orchestration::CheckNowJob> job;
        QFutureWatcher<Orchestration::CheckNowOutcome> *watcher = nullptr;
    };

    void start(const QString &instance);
    void finish(const QString &instance);
    // Cancels every check, `wait`ing until their jobs have ended or not; returns their
    // instances.
    QStringList cancelAll(bool wait);

    QThreadPool *m_pool;
    Orchestration::ShipConnections &m_connections;
    Core::EnvironmentPtr m_environment;
    // The ships' clients of this environment; every job holds them until it has ended.
    std::shared_ptr<Orchestration::ShipClients> m_clients;
    QHash<QString, Job> m_jobs;
};

} // namespace Maestro::Gui
