// SPDX-License-Identifier: GPL-3.0-or-later
#include "livestate.h"

#include "guilog.h"

#include "gui/instance/instancepanels.h"
#include "gui/ships/shipspanel.h"

#include "models/environmenttreemodel.h"
#include "models/shipsmodel.h"

#include "orchestration/live/statemonitor.h"
#include "orchestration/ships/shipconnections.h"

#include <algorithm>

namespace Maestro::Gui {

LiveState::LiveState(Orchestration::ShipConnections &connections,
                     Models::EnvironmentTreeModel *tree, InstancePanels *panels, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_tree(tree)
    , m_panels(panels)
{}

LiveState::~LiveState()
{
    delete m_monitor; // its event streams end before the models it feeds go
}

void LiveState::setEnvironment(Core::EnvironmentPtr environment)
{
    m_environment = std::move(environment);
    restart();
}

void LiveState::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_panels->setLiveEnabled(enabled);
    restart();
}

void LiveState::setRefreshInterval(int ms)
{
    m_refreshMs = ms;
    if (m_monitor)
        m_monitor->setRefreshInterval(ms);
}

void LiveState::refresh()
{
    if (m_monitor)
        m_monitor->refresh();
}

Models::InstanceState::Status LiveState::status(const QString &instance) const
{
    return m_tree->state(instance).status;
}

QStringList LiveState::driftedInstances() const
{
    QStringList drifted;
    if (!m_environment)
        return drifted;
    for (const Core::Instance &instance : m_environment->instances) {
        if (m_tree->state(instance.name).isDrifted())
            drifted.append(instance.name);
    }
    return drifted;
}

bool LiveState::hasDrift() const
{
    return m_environment
           && std::any_of(m_environment->instances.cbegin(), m_environment->instances.cend(),
                          [this](const Core::Instance &instance) {
                              return m_tree->state(instance.name).isDrifted();
                          });
}

void LiveState::restart()
{
    delete m_monitor;
    m_monitor = nullptr;
    Models::ShipsModel *ships = m_panels->shipsPanel()->model();
    // What an old monitor said may not hold for the new file; the new one says it again.
    ships->clearLive();
    if (m_environment) // clients of ships the file no longer has (or reaches differently) go
        m_connections.release(*m_environment);
    if (!m_environment || !m_enabled)
        return;
    m_monitor = new Orchestration::StateMonitor(m_environment, m_connections, this);
    qCDebug(lcGui) << "live state of" << m_monitor->ships().size() << "ships,"
                   << m_connections.clientCount() << "ship clients held";
    m_monitor->setRefreshInterval(m_refreshMs);
    connect(m_monitor, &Orchestration::StateMonitor::statesChanged, this,
            &LiveState::onObservedStates);
    connect(m_monitor, &Orchestration::StateMonitor::shipStatusChanged, this,
            [this](const QString &ship, const QString &problem) {
                emit message(problem.isEmpty() ? tr("Ship %1 answers again").arg(ship)
                                               : tr("Ship %1: %2").arg(ship, problem));
            });
    connect(m_monitor, &Orchestration::StateMonitor::shipReachabilityChanged, ships,
            &Models::ShipsModel::setLiveReachable);
    connect(m_monitor, &Orchestration::StateMonitor::shipDiagnosed, ships,
            &Models::ShipsModel::setLiveDiagnosis);
    m_monitor->start();
}

void LiveState::onObservedStates(const Orchestration::ObservedStates &states)
{
    Models::StateSnapshot snapshot;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        Models::InstanceState state = m_tree->state(it.key());
        state.applyObserved(it.value());
        snapshot.insert(it.key(), state);
    }
    m_tree->applySnapshot(snapshot);
    m_panels->setObservedStates(states);
    emit statesObserved(states);
}

void LiveState::applyCheck(const QString &instance, Models::InstanceState::Check check,
                           const QString &detail)
{
    Models::InstanceState state = m_tree->state(instance);
    state.check = check;
    state.checkDetail = detail;
    m_tree->applySnapshot({{instance, state}});
}

void LiveState::applyKilledAfterTimeout(const QString &instance, int seconds)
{
    Models::InstanceState state = m_tree->state(instance);
    state.killedAfterTimeoutS = seconds;
    m_tree->applySnapshot({{instance, state}});
}

} // namespace Maestro::Gui
