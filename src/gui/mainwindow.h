// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QThreadPool;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace Maestro::Models {
class DiagnosticsModel;
class EnvironmentTreeModel;
} // namespace Maestro::Models

namespace Maestro::Orchestration {
class ShipConnections;
} // namespace Maestro::Orchestration

namespace Maestro::Document {
class EnvironmentDocument;
} // namespace Maestro::Document

namespace Maestro::Gui {

class CheckNowController;
class DependencyGraphScene;
class DriftWatch;
class DocumentActions;
class EditDock;
class FileViewer;
class InstanceActions;
class InstancePanels;
class LiveState;
class RecentFiles;
class RunActions;
class RunController;
class RunHighlights;
class SelectionSync;
class StructureActions;

// The main window: the environment tree (with a filter), the dependency graph, the
// details of the selected instance and the diagnostics of the last load. Assembles the
// document, the models, the views and the parts that keep them in step (SelectionSync,
// LiveState, RunActions, RunHighlights); heavy work (loading, layout) runs on `pool`. Its
// menus, docks and layout (saved in QSettings) are its own. GUI thread only.
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
    // The parts that drive the window: what is selected, the run actions, the live state,
    // the file view.
    SelectionSync *selection() const { return m_selection; }
    RunActions *runActions() const { return m_runActions; }
    LiveState *liveState() const { return m_liveState; }
    FileViewer *fileViewer() const { return m_fileViewer; }
    DocumentActions *documentActions() const { return m_documentActions; }
    // The forms of the selected item; its editRequested() is for the document to apply.
    EditDock *editDock() const { return m_editDock; }
    // Add, duplicate, rename, delete and move ships, services and instances.
    StructureActions *structureActions() const { return m_structure; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupViews();
    void setupRuns();
    void restoreSettings();
    void saveSettings() const;
    QString startDirectory() const;
    void chooseFile();
    void newEnvironment();
    void exportGraph();
    void showAbout();
    // The title, and the banner while the file no longer loads.
    void updateTitle();
    void updateStatus();
    void onEnvironmentChanged();
    void setGroupByService(bool byService);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Document::EnvironmentDocument *m_document;
    RecentFiles *m_recentFiles;
    Models::EnvironmentTreeModel *m_treeModel;
    QSortFilterProxyModel *m_treeProxy;
    Models::DiagnosticsModel *m_diagnosticsModel;
    FileViewer *m_fileViewer;
    DocumentActions *m_documentActions = nullptr;
    InstancePanels *m_panels;
    DependencyGraphScene *m_scene;
    QLabel *m_statusLabel;
    RunController *m_runs;
    CheckNowController *m_checks;
    LiveState *m_liveState;
    SelectionSync *m_selection = nullptr;
    RunActions *m_runActions = nullptr;
    RunHighlights *m_runHighlights = nullptr;
    InstanceActions *m_instanceActions;
    DriftWatch *m_drift;
    EditDock *m_editDock = nullptr;
    StructureActions *m_structure = nullptr;
    QTimer *m_durationTick; // "running for 5m" keeps counting
    bool m_fitPending = false;
};

} // namespace Maestro::Gui
