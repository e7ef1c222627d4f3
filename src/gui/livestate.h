// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/instancestate.h"
#include "orchestration/live/observedstate.h"

#include "core/model/environment.h"

#include <QObject>

namespace Maestro::Models {
class EnvironmentTreeModel;
}

namespace Maestro::Orchestration {
class ShipConnections;
class StateMonitor;
} // namespace Maestro::Orchestration

namespace Maestro::Gui {

class InstancePanels;

// The live state of the open environment in the window: one StateMonitor per environment
// (a new one for every new environment, none while live state is off), whose container states
// go into the environment tree and the instance panels and whose ship reachability goes into
// the ships panel; the check states of runs and of Check Now go into the tree as well.
// Destroying it stops the monitor. GUI thread only.
class LiveState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveState)

public:
    // `connections` (the process's owner of ship clients) must outlive it.
    LiveState(Orchestration::ShipConnections &connections, Models::EnvironmentTreeModel *tree,
              InstancePanels *panels, QObject *parent = nullptr);
    ~LiveState() override;

    // The environment the window shows (or none): its ships are asked from now on.
    void setEnvironment(Core::EnvironmentPtr environment);
    // Whether the ships are asked at all (default on); tests about the file alone turn it off
    // so nothing is contacted.
    void setEnabled(bool enabled);
    // The interval of the fallback refresh, in ms (tests shorten it).
    void setRefreshInterval(int ms);
    // Asks the ships again now (nothing while there is no monitor).
    void refresh();
    // The monitor of the open environment (nullptr before one is open, or while off).
    Orchestration::StateMonitor *monitor() const { return m_monitor; }
    // What the tree knows of `instance` now.
    Models::InstanceState::Status status(const QString &instance) const;
    // The instances whose container differs from the file, as far as inspected, in file
    // order.
    QStringList driftedInstances() const;
    // Whether any instance's container differs from the file (stops at the first).
    bool hasDrift() const;

    // A lifecycle check of `instance` is running, passed or failed (a run's or Check Now's).
    void applyCheck(const QString &instance, Models::InstanceState::Check check,
                    const QString &detail);

    // Our stop killed `instance`'s container when its timeout of `seconds` ran out: its
    // exit reads as that, not as a crash, until the container changes or runs again.
    void applyKilledAfterTimeout(const QString &instance, int seconds);

signals:
    // A ship answers again, or no longer: for the status bar.
    void message(const QString &text);
    // The monitor observed these containers (already in the tree).
    void statesObserved(const Orchestration::ObservedStates &states);

private:
    void restart();
    void onObservedStates(const Orchestration::ObservedStates &states);

    Orchestration::ShipConnections &m_connections;
    Models::EnvironmentTreeModel *m_tree;
    InstancePanels *m_panels;
    Core::EnvironmentPtr m_environment;
    Orchestration::StateMonitor *m_monitor = nullptr;
    int m_refreshMs = 15000;
    bool m_enabled = true;
};

} // namespace Maestro::Gui
