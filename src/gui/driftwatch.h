// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/checks/instanceruntime.h"
#include "orchestration/live/observedstate.h"

#include "core/model/environment.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class QThreadPool;

namespace Maestro::Models {
class EnvironmentTreeModel;
}

namespace Maestro::Orchestration {
class ShipClients;
class ShipConnections;
} // namespace Maestro::Orchestration

namespace Maestro::Gui {

// Whether each instance's container still matches the file, for the tree and the graph at a
// glance: every container the live state sees for the first time (a new id) is inspected
// once off the GUI thread (inspectInstance(), as the details panel does), and how it differs
// goes into the tree's state. A few inspections at a time, the rest queued; a new environment
// drops the queue and ignores what the old one's inspections find. Destroying it waits for
// the inspections still running (each ends within its ship's timeout). GUI thread only.
class DriftWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftWatch)

public:
    // `connections` (the process's owner of ship clients) must outlive it.
    DriftWatch(QThreadPool *pool, Orchestration::ShipConnections &connections,
               Models::EnvironmentTreeModel *tree, QObject *parent = nullptr);
    ~DriftWatch() override;

    void setEnvironment(Core::EnvironmentPtr environment);
    // The live state saw these containers: inspects those whose drift is not known yet.
    void observe(const Orchestration::ObservedStates &states);

signals:
    // The drift of `instance`'s container is in the tree now (tests wait for it).
    void inspected(const QString &instance);

private:
    using Watcher = QFutureWatcher<Core::Result<Orchestration::InstanceRuntime>>;
    void startNext();
    void onInspected(Watcher *watcher, const QString &instance, quint64 generation);

    QThreadPool *m_pool;
    Orchestration::ShipConnections &m_connections;
    Models::EnvironmentTreeModel *m_tree;
    Core::EnvironmentPtr m_environment;
    std::shared_ptr<Orchestration::ShipClients> m_clients;
    quint64 m_generation = 0;
    QHash<QString, QString> m_asked; // instance -> the container id inspected or queued
    QStringList m_queue;
    QList<Watcher *> m_running;
};

} // namespace Maestro::Gui
