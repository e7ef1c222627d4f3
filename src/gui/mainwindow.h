// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QSortFilterProxyModel;
class QThreadPool;

namespace Ui {
class MainWindow;
}

namespace Maestro::Models {
class DiagnosticsModel;
class EnvironmentTreeModel;
class InstanceDetailsModel;
} // namespace Maestro::Models

namespace Maestro::Gui {

class DependencyGraphScene;
class EnvironmentDocument;
class RecentFiles;
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
    explicit MainWindow(QThreadPool *pool, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &fileName);

    EnvironmentDocument *document() const { return m_document; }
    Models::EnvironmentTreeModel *environmentModel() const { return m_treeModel; }
    QSortFilterProxyModel *environmentProxy() const { return m_treeProxy; }
    Models::DiagnosticsModel *diagnosticsModel() const { return m_diagnosticsModel; }
    Models::InstanceDetailsModel *detailsModel() const { return m_detailsModel; }
    DependencyGraphScene *graphScene() const { return m_scene; }
    YamlViewDialog *yamlView() const;

    // Selects an instance in the tree (and so its service in the graph and its details).
    void selectInstance(const QString &instance);
    // Opens the read-only file view at diagnostic `row`.
    void showDiagnostic(int row);

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

    Ui::MainWindow *m_ui;
    QThreadPool *m_pool;
    EnvironmentDocument *m_document;
    RecentFiles *m_recentFiles;
    Models::EnvironmentTreeModel *m_treeModel;
    QSortFilterProxyModel *m_treeProxy;
    Models::DiagnosticsModel *m_diagnosticsModel;
    Models::InstanceDetailsModel *m_detailsModel;
    DependencyGraphScene *m_scene;
    QPointer<YamlViewDialog> m_yamlView;
    QLabel *m_statusLabel;
    bool m_syncingSelection = false;
    bool m_fitPending = false;
};

} // namespace Maestro::Gui
