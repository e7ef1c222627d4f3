// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"
#include "orchestration/live/observedstate.h"

#include <QObject>

#include <memory>
#include <optional>

class QDockWidget;
class QThreadPool;
class QWidget;

namespace Maestro::Orchestration {
class ShipClients;
class ShipConnections;
} // namespace Maestro::Orchestration

namespace Maestro::Gui {

class DetailsPanel;
class LogsView;
class ShipsPanel;

// The panels that follow the selected instance: its logs (LogsView, followed across
// restarts through Orchestration::followLogs), its details with drift (DetailsPanel,
// inspected on `pool`), and the ships (ShipsPanel, the instance's ship selected). Owns the
// Docker clients they share, one set per environment. The main window puts the widgets
// in docks and forwards the tree's selection. A new version of the environment (the file
// was reloaded) keeps the log stream of the instance shown, and the lines it has shown,
// when the instance is still there and its ship still reaches the same daemon.
// GUI thread only.
class InstancePanels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancePanels)

public:
    // `connections` (the process's owner of ship clients) must outlive the panels.
    InstancePanels(QThreadPool *pool, Orchestration::ShipConnections &connections, QWidget *window);
    ~InstancePanels() override;

    // Docks with object names (their layout is saved with the window's).
    QDockWidget *logsDock() const { return m_logsDock; }
    QDockWidget *shipsDock() const { return m_shipsDock; }
    LogsView *logsView() const { return m_logs; }
    DetailsPanel *detailsPanel() const { return m_details; }
    ShipsPanel *shipsPanel() const { return m_ships; }

    // A new environment (or none): no instance is shown until showInstance(), unless the
    // instance shown is in it on the same daemon (a reload): its log stream goes on and
    // its details show the new configuration.
    void setEnvironment(const Core::EnvironmentPtr &environment);
    // An environment that means the same (EnvironmentDocument::environmentMoved): nothing
    // stops or starts again; the details take its positions.
    void replaceEnvironment(const Core::EnvironmentPtr &environment);
    // The instance selected in the tree; empty shows nothing.
    void showInstance(const QString &instance);
    QString instance() const { return m_instance; }
    // A service selected in the tree: the logs of all its instances together, each line
    // prefixed with its instance; no details.
    void showService(const QString &service);
    // Off: the configuration only, no ship is contacted (tests about the file alone).
    void setLiveEnabled(bool enabled);
    // The state monitor's reports: the details of the shown instance follow its container.
    void setObservedStates(const Orchestration::ObservedStates &states);

private:
    void stopLogs();
    void stopDetails();
    // Streams `configured`'s logs through the environment's clients; nullptr: none.
    void followLogs(const Core::Instance *configured);
    // `configured`'s details, inspected when live; nullptr: none.
    void showDetails(const Core::Instance *configured);
    bool logStreamSurvives(const Core::Environment &environment) const;

    QThreadPool *m_pool;
    Orchestration::ShipConnections &m_connections;
    Core::EnvironmentPtr m_environment;
    std::shared_ptr<Orchestration::ShipClients> m_clients;
    // The clients the log stream reads through: the environment's, or after a reload that
    // kept the stream, the previous environment's (kept until the stream has ended).
    std::shared_ptr<Orchestration::ShipClients> m_logClients;
    std::optional<Core::Ship> m_logShip; // the ship as it was when the stream started
    QString m_instance;
    Orchestration::ObservedStates m_observed; // the latest report of each instance
    bool m_live = true;
    LogsView *m_logs;
    DetailsPanel *m_details;
    ShipsPanel *m_ships;
    QDockWidget *m_logsDock;
    QDockWidget *m_shipsDock;
};

} // namespace Maestro::Gui
