// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "contextmenus.h"
#include "driftwatch.h"
#include "environmentview.h"
#include "icons.h"
#include "livestate.h"
#include "selectionsync.h"
#include "windowactions.h"

#include "gui/document/documentactions.h"
#include "gui/document/editorselectionsync.h"
#include "gui/document/externalchangebar.h"
#include "gui/document/fileviewer.h"
#include "gui/document/recentfiles.h"
#include "gui/document/recentfilesmenu.h"
#include "gui/forms/editdock.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/graph/edgeediting.h"
#include "gui/graph/runhighlights.h"
#include "gui/instance/detailspanel.h"
#include "gui/instance/instanceactions.h"
#include "gui/instance/instancepanels.h"
#include "gui/newenv/newenvironmentdialog.h"
#include "gui/run/checknowcontroller.h"
#include "gui/run/runactions.h"
#include "gui/run/runcontroller.h"
#include "gui/run/runfeedback.h"
#include "gui/run/runpanel.h"
#include "gui/ships/shipspanel.h"
#include "gui/structure/structureactions.h"
#include "gui/widgets/dockfocus.h"
#include "gui/widgets/treefilter.h"
#include "gui/widgets/viewkeyboard.h"

#include "document/environmentdocument.h"

#include "models/diagnosticsmodel.h"
#include "models/environmenttreemodel.h"
#include "models/runmodel.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTimer>

namespace Maestro::Gui {

using Document::EnvironmentDocument;
using Models::DiagnosticsModel;
using Models::EnvironmentTreeModel;

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kGroupingKey = QStringLiteral("view/groupByService");
const QString kLastDirKey = QStringLiteral("files/lastDirectory");

// The local file a drag carries (its first URL), or nothing.
QString droppedFile(const QMimeData *data)
{
    const QList<QUrl> urls = data->urls();
    return !urls.isEmpty() && urls.first().isLocalFile() ? urls.first().toLocalFile() : QString();
}

// Deletes a part of the window ahead of the others, leaving no dangling pointer behind.
template<typename T>
void deleteNow(T *&part)
{
    delete part;
    part = nullptr;
}
} // namespace

MainWindow::MainWindow(QThreadPool *pool, Orchestration::ShipConnections &connections,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_document(new EnvironmentDocument(pool, this))
    , m_recentFiles(new RecentFiles(this))
    , m_treeModel(new EnvironmentTreeModel(this))
    , m_treeProxy(new QSortFilterProxyModel(this))
    , m_diagnosticsModel(new DiagnosticsModel(this))
    , m_fileViewer(new FileViewer(m_document, m_diagnosticsModel, this, this))
    , m_panels(new InstancePanels(pool, connections, this))
    , m_scene(new DependencyGraphScene(pool, this))
    , m_statusLabel(new QLabel(this))
    , m_runs(new RunController(connections, this, this))
    , m_checks(new CheckNowController(pool, connections, this))
    , m_liveState(new LiveState(connections, m_treeModel, m_panels, this))
    , m_instanceActions(new InstanceActions(m_treeModel, this))
    , m_drift(new DriftWatch(pool, connections, m_treeModel, this))
    , m_durationTick(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowIcon(themedIcon(QStringLiteral("maestro-desktop")));
    setupActions();
    setupViews();
    m_editDock->setThreadPool(pool);
    setupRuns();
    connect(m_durationTick, &QTimer::timeout, m_treeModel, &EnvironmentTreeModel::refreshAges);
    m_durationTick->start(5000);

    connect(m_document, &EnvironmentDocument::environmentChanged, this,
            &MainWindow::onEnvironmentChanged);
    // A load that means the same (a comment typed): the views keep what they built.
    connect(m_document, &EnvironmentDocument::environmentMoved, m_treeModel,
            &EnvironmentTreeModel::replaceEnvironment);
    connect(m_document, &EnvironmentDocument::environmentMoved, m_panels,
            &InstancePanels::replaceEnvironment);
    connect(m_document, &EnvironmentDocument::diagnosticsChanged, m_diagnosticsModel,
            &DiagnosticsModel::setDiagnostics);
    connect(m_document, &EnvironmentDocument::diagnosticsChanged, this, [this] {
        // Problems are shown where the user looks; a clean load leaves the panel alone.
        if (m_diagnosticsModel->errorCount() > 0)
            m_ui->diagnosticsDock->show();
        updateStatus();
    });
    connect(m_document, &EnvironmentDocument::staleChanged, this, &MainWindow::updateTitle);
    connect(m_document, &EnvironmentDocument::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_document, &EnvironmentDocument::fileNameChanged, this, &MainWindow::updateTitle);
    auto *recentMenu = new RecentFilesMenu(m_ui->menuRecent, m_recentFiles, this, this);
    connect(recentMenu, &RecentFilesMenu::openRequested, this, &MainWindow::openFile);

    // Defaults for a first start; restoreSettings() overrides them with the user's layout.
    resizeDocks({m_ui->detailsDock}, {360}, Qt::Horizontal);
    tabifyDockWidget(m_ui->diagnosticsDock, m_ui->runDock);
    tabifyDockWidget(m_ui->runDock, m_panels->logsDock());
    tabifyDockWidget(m_ui->detailsDock, m_panels->shipsDock());
    m_ui->detailsDock->raise();
    resizeDocks({m_ui->diagnosticsDock}, {200}, Qt::Vertical);
    m_ui->mainSplitter->setSizes({680, 340});
    restoreSettings();
    keepFocusOutOfHiddenDocks(this);
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // A run still going is cancelled and waited for before the views it feeds go away; the
    // actions and highlights that use the run go with it.
    deleteNow(m_runActions);
    deleteNow(m_runHighlights);
    deleteNow(m_runs);
    deleteNow(m_checks);
    // The live state's monitor, then the selection, stop feeding the panels; the drift
    // inspections end.
    deleteNow(m_liveState);
    deleteNow(m_drift);
    deleteNow(m_selection);
    // Log streams and inspections end before the widgets and clients they use.
    deleteNow(m_panels);
}

void MainWindow::setupRuns()
{
    m_runActions = new RunActions({m_ui->actionStart, m_ui->actionStop, m_ui->actionRestart,
                                   m_ui->actionKill, m_ui->actionPull, m_ui->actionClean,
                                   m_ui->actionApplyChanges, m_ui->actionCheckNow,
                                   m_ui->actionCancelRun, m_ui->actionRefreshState},
                                  m_runs, m_checks, m_selection, m_liveState, this);
    m_runHighlights = new RunHighlights(m_runs->model(), m_treeModel, m_scene, this);
    m_runs->setStateLookup(
        [this](const QString &instance) { return m_treeModel->state(instance); });
    m_ui->runPanel->follow(m_runs);
    new RunFeedback({m_runs, m_checks, m_runActions, m_liveState, m_drift, m_document,
                     m_ui->runDock, statusBar()},
                    this);
    new ContextMenus(
        {m_ui->environmentView,
         m_ui->graphView,
         m_treeModel,
         m_selection,
         m_runActions,
         m_instanceActions,
         m_structure,
         {m_ui->actionZoomIn, m_ui->actionZoomOut, m_ui->actionFit, m_ui->actionExportGraph}},
        this);
}

void MainWindow::setupActions()
{
    decorateWindowActions(*m_ui);
    m_documentActions = new DocumentActions(m_document, this, m_ui->menuFile, m_ui->actionReload,
                                            m_ui->menuView->menuAction());
    m_fileViewer->setWindowActions({m_documentActions->saveAction(),
                                    m_documentActions->undoAction(),
                                    m_documentActions->redoAction()});
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newEnvironment);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_ui->actionReload, &QAction::triggered, m_document, &EnvironmentDocument::reload);
    // The ships are asked again too: an unchanged file keeps its environment and live state.
    connect(m_ui->actionReload, &QAction::triggered, m_liveState, &LiveState::refresh);
    connect(m_ui->actionShowFile, &QAction::triggered, m_fileViewer, &FileViewer::showFile);
    connect(m_ui->actionExportGraph, &QAction::triggered, this, &MainWindow::exportGraph);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionGroupByService, &QAction::toggled, this, &MainWindow::setGroupByService);
    connect(m_ui->actionFilter, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionZoomIn, &QAction::triggered, m_ui->graphView, &GraphView::zoomIn);
    connect(m_ui->actionZoomOut, &QAction::triggered, m_ui->graphView, &GraphView::zoomOut);
    connect(m_ui->actionFit, &QAction::triggered, m_ui->graphView, &GraphView::fitAll);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    m_ui->menuView->addAction(m_ui->detailsDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->diagnosticsDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->mainToolBar->toggleViewAction());
}

void MainWindow::setupViews()
{
    setUpEnvironmentView(m_ui->environmentView, m_treeProxy, m_treeModel);
    auto *filter = new TreeFilter(m_ui->environmentView, m_treeProxy, this);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, filter, &TreeFilter::setText);
    // Keyboard users see where the focus is and reach the context menus. (Not the logs: a
    // current row would scroll a followed log to its top.)
    const QList<QAbstractItemView *> views{
        m_ui->environmentView, m_ui->diagnosticsView, m_ui->runPanel->stepsView(),
        m_panels->detailsPanel()->view(), m_panels->shipsPanel()->view()};
    for (QAbstractItemView *view : views)
        setUpKeyboard(view);

    m_ui->graphView->setScene(m_scene);
    m_scene->setModel(m_treeModel);
    connect(new EdgeEditing(m_document, m_ui->graphView, this), &EdgeEditing::refused,
            m_documentActions, &DocumentActions::showRefusal);
    m_selection = new SelectionSync(m_ui->environmentView, m_treeProxy, m_treeModel, m_scene,
                                    m_panels, this);
    new EditorSelectionSync(m_document, m_fileViewer, m_selection, this);
    connect(m_scene, &DependencyGraphScene::layoutApplied, this, [this] {
        if (m_fitPending) {
            m_fitPending = false;
            m_ui->graphView->fitAll();
        }
        updateStatus();
    });
    connect(m_scene, &DependencyGraphScene::layoutFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The dependency graph could not be laid out: %1").arg(message));
    });

    // The selected instance's details (with its container's drift), logs and ship.
    m_ui->detailsDock->setWidget(m_panels->detailsPanel());
    addDockWidget(Qt::BottomDockWidgetArea, m_panels->logsDock());
    addDockWidget(Qt::RightDockWidgetArea, m_panels->shipsDock());
    for (QDockWidget *dock : {m_panels->logsDock(), m_panels->shipsDock(), m_ui->runDock})
        m_ui->menuView->addAction(dock->toggleViewAction());
    // The selected item's form, a tab next to its details.
    m_editDock = new EditDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_editDock);
    tabifyDockWidget(m_ui->detailsDock, m_editDock);
    m_editDock->followTree(m_ui->environmentView);
    m_editDock->followGraph(m_scene);
    m_editDock->followDocument(m_document);
    connect(m_editDock, &EditDock::sourceRequested, m_fileViewer, &FileViewer::showLocation);
    m_ui->menuView->addAction(m_editDock->toggleViewAction());
    m_structure = new StructureActions(m_document, m_ui->environmentView, m_treeModel,
                                       m_documentActions->editMenu(), this);

    m_ui->diagnosticsView->setModel(m_diagnosticsModel);
    m_ui->diagnosticsView->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn,
                                                          QHeaderView::ResizeToContents);
    m_ui->diagnosticsView->header()->resizeSection(DiagnosticsModel::LocationColumn, 200);
    connect(m_ui->diagnosticsView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { m_fileViewer->showDiagnostic(index.row()); });

    // Over the main area: the file changed on disk under unsaved edits.
    m_ui->centralLayout->insertWidget(0, new ExternalChangeBar(m_document, this));
    m_ui->staleBanner->setText(
        tr("The file no longer loads: showing the last version that did. See Diagnostics."));
    statusBar()->addPermanentWidget(m_statusLabel);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_ui->actionGroupByService->setChecked(settings.value(kGroupingKey, false).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->mainSplitter->saveState());
    settings.setValue(kGroupingKey, m_ui->actionGroupByService->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documentActions->maySafelyClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(file);
}

void MainWindow::openFile(const QString &fileName)
{
    if (!m_documentActions->maySafelyClose())
        return;
    m_fitPending = true;
    m_document->open(fileName);
    m_recentFiles->add(m_document->fileName());
    QSettings().setValue(kLastDirKey, QFileInfo(m_document->fileName()).absolutePath());
}

QString MainWindow::startDirectory() const
{
    // The open file's folder, else the one a file was last opened from, else home.
    if (!m_document->fileName().isEmpty())
        return QFileInfo(m_document->fileName()).absolutePath();
    return QSettings()
        .value(kLastDirKey, QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
        .toString();
}

void MainWindow::chooseFile()
{
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Open Environment"), startDirectory(),
                                       tr("Maestro environments (*.yaml *.yml);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

void MainWindow::newEnvironment()
{
    NewEnvironmentDialog dialog(Docker::discoverDaemons(Docker::DiscoveryInputs::fromProcess()),
                                startDirectory(), this);
    if (dialog.exec() == QDialog::Accepted)
        openFile(dialog.fileName());
}

void MainWindow::onEnvironmentChanged()
{
    const QString selected = m_selection->shownInstance();
    m_treeModel->setEnvironment(m_document->environment());
    fitEnvironmentView(m_ui->environmentView);
    m_panels->setEnvironment(m_document->environment());
    if (!selected.isEmpty())
        m_selection->selectInstance(selected);
    m_runActions->setEnvironment(m_document->environment());
    m_drift->setEnvironment(m_document->environment());
    m_liveState->setEnvironment(m_document->environment());
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    m_ui->staleBanner->setVisible(m_document->isStale());
    const QString file = m_document->fileName();
    if (file.isEmpty()) {
        setWindowTitle(tr("Maestro Desktop"));
        return;
    }
    const QString name = QFileInfo(file).fileName();
    // [*]: the modified mark, which DocumentActions sets.
    setWindowTitle(m_document->isStale() ? tr("%1[*] (stale) — Maestro Desktop").arg(name)
                                         : tr("%1[*] — Maestro Desktop").arg(name));
    setWindowFilePath(file);
}

void MainWindow::updateStatus()
{
    const Core::EnvironmentPtr environment = m_document->environment();
    m_statusLabel->setText(
        m_document->isLoading()
            ? tr("Loading…")
            : environmentSummary(environment.get(), m_diagnosticsModel->errorCount()));
    m_ui->actionReload->setEnabled(!m_document->fileName().isEmpty());
    m_ui->actionShowFile->setEnabled(!m_document->fileName().isEmpty());
    m_ui->actionExportGraph->setEnabled(environment != nullptr);
}

void MainWindow::setGroupByService(bool byService)
{
    const QString selected = m_selection->shownInstance();
    m_treeModel->setGrouping(byService ? EnvironmentTreeModel::Grouping::ByService
                                       : EnvironmentTreeModel::Grouping::ByShip);
    m_ui->environmentView->expandAll();
    if (!selected.isEmpty())
        m_selection->selectInstance(selected);
}

void MainWindow::exportGraph()
{
    const QString start = QFileInfo(m_document->fileName())
                              .absoluteDir()
                              .filePath(QFileInfo(m_document->fileName()).completeBaseName()
                                        + QStringLiteral("-graph.png"));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Graph"), start,
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (file.isEmpty())
        return;
    if (const Core::VoidResult written = m_ui->graphView->exportTo(file); !written)
        QMessageBox::warning(this, tr("Export Graph"), written.error().message);
    else
        statusBar()->showMessage(tr("Graph exported to %1").arg(QDir::toNativeSeparators(file)),
                                 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Maestro Desktop"),
        tr("<h3>Maestro Desktop %1</h3>"
           "<p>Multi-host Docker orchestration from the desktop, compatible with "
           "MaestroNG environment files.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace Maestro::Gui
