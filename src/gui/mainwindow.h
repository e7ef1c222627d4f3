// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/instancestate.h"
#include "orchestration/live/observedstate.h"
#include "orchestration/plan/command.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QThreadPool;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace Maestro::Models {
class DiagnosticsModel;
class EnvironmentTreeModel;
class InstanceDetailsModel;
class RunModel;
} // namespace Maestro::Models

namespace Maestro::Orchestration {
class ShipConnections;
class StateMonitor;
} // namespace Maestro::Orchestration

namespace Maestro::Document {
class EnvironmentDocument;
} // namespace Maestro::Document

namespace Maestro::Gui {

class CheckNowController;
class DependencyGraphScene;
class InstancePanels;
class RecentFiles;
class RunController;
class RunPanel;
class YamlViewDialog;

// The main window: the environment tree (with a filter), the dependency graph, the
// details of the selected instance and the diagnostics of the last load. Wires the
// document, the models and the views; heavy work (loading, layout) runs on `pool`.
// GUI thread only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `connections` is the process's one owner of ship clients; it must outlive the window.
    MainWindow(QThreadPool *pool, Orchestration::ShipConnections &connections,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &fileName);

    Document::EnvironmentDocument *document() const { return m_document; }
    Models::EnvironmentTreeModel *environmentModel() const { return m_treeModel; }
    QSortFilterProxyModel *environmentProxy() const { return m_treeProxy; }
    Models::DiagnosticsModel *diagnosticsModel() const { return m_diagnosticsModel; }
    Models::InstanceDetailsModel *detailsModel() const { return m_detailsModel; }
    // The logs, details and ships panels that follow the selected instance.
    InstancePanels *panels() const { return m_panels; }
    DependencyGraphScene *graphScene() const { return m_scene; }
    RunController *runController() const { return m_runs; }
    CheckNowController *checkNowController() const { return m_checks; }
    RunPanel *runPanel() const;
    // The live state of the open environment (nullptr before one is open).
    Orchestration::StateMonitor *stateMonitor() const { return m_monitor; }
    // The interval of the live state's fallback refresh, in ms (tests shorten it).
    void setStateRefreshInterval(int ms);
    // Whether the ships are asked for live state (default on); tests about the file alone
    // turn it off so nothing is contacted.
    void setLiveStateEnabled(bool enabled);
    YamlViewDialog *yamlView() const;

    // Selects an instance in the tree (and so its service in the graph and its details).
    void selectInstance(const QString &instance);
    // Opens the read-only file view at diagnostic `row`.
    void showDiagnostic(int row);
    // What the run actions act on: the selected instances, services (service groups) and
    // the instances of selected ships; empty = the whole environment.
    QStringList selectedThings() const;
    // Shows the plan preview of `command` for the selection.
    void requestRun(Orchestration::Command command);
    // Runs the lifecycle checks of the selection's instances once: those that run, or
    // whose state is not known yet (their container is inspected first).
    void checkNow();
    // Adds a panel as a dock in `area`, listed in the View menu, its layout persisted
    // (the dock needs an objectName).
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);

signals:
    // The instance selected in the tree (empty when a group or nothing is selected).
    void instanceSelected(const QString &instance);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupViews();
    void restoreSettings();
    void saveSettings() const;
    void rebuildRecentMenu();
    void chooseFile();
    void exportGraph();
    void showFile();
    void showAbout();
    void updateTitle();
    void updateStatus();
    void onEnvironmentChanged();
    void onStaleChanged(bool stale);
    void onTreeCurrentChanged(const QModelIndex &current);
    void onGraphServiceSelected(const QString &service);
    void setGroupByService(bool byService);
    void setupRunActions();
    void restartStateMonitor();
    void onObservedStates(const Orchestration::ObservedStates &states);
    void onCheckStateChanged(const QString &instance, Models::InstanceState::Check check,
                             const QString &detail);
    void updateRunHighlights();
    void updateRunActions();
    void addRunActions(QMenu *menu) const;
    void showTreeContextMenu(const QPoint &position);
    void showGraphContextMenu(const QPoint &globalPos, const QString &service);

    Ui::MainWindow *m_ui;
    QThreadPool *m_pool;
    Orchestration::ShipConnections &m_connections;
    Document::EnvironmentDocument *m_document;
    RecentFiles *m_recentFiles;
    Models::EnvironmentTreeModel *m_treeModel;
    QSortFilterProxyModel *m_treeProxy;
    Models::DiagnosticsModel *m_diagnosticsModel;
    InstancePanels *m_panels;
    Models::InstanceDetailsModel *m_detailsModel;
    DependencyGraphScene *m_scene;
    QPointer<YamlViewDialog> m_yamlView;
    Orchestration::StateMonitor *m_monitor = nullptr;
    int m_stateRefreshMs = 15000;
    bool m_liveState = true;
    QLabel *m_statusLabel;
    RunController *m_runs;
    CheckNowController *m_checks;
    QTimer *m_durationTick; // "running for 5m" keeps counting
    // Progress comes in bursts (a plan's rows all queue at once, many steps finish together):
    // the graph's run highlights are recomputed once per event-loop turn, not per event.
    QTimer *m_runHighlightsDue;
    bool m_syncingSelection = false;
    bool m_fitPending = false;
};

} // namespace Maestro::Gui
