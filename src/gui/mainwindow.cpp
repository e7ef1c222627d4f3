// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "guilog.h"

#include "gui/run/checknowcontroller.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/instance/detailspanel.h"
#include "document/environmentdocument.h"
#include "icons.h"
#include "gui/instance/instancepanels.h"
#include "gui/run/planpreviewdialog.h"
#include "gui/document/recentfiles.h"
#include "gui/run/runcontroller.h"
#include "gui/run/runpanel.h"
#include "gui/ships/shipspanel.h"
#include "gui/document/yamlviewdialog.h"

#include "models/diagnosticsmodel.h"
#include "models/environmenttreemodel.h"
#include "models/instancedetailsmodel.h"
#include "models/runmodel.h"
#include "models/shipsmodel.h"

#include "orchestration/run/runsession.h"
#include "orchestration/live/statemonitor.h"
#include "orchestration/ships/shipconnections.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTimer>

namespace Maestro::Gui {

using Models::DiagnosticsModel;
using Models::EnvironmentTreeModel;
using Models::InstanceDetailsModel;

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kGroupingKey = QStringLiteral("view/groupByService");
const QString kLastDirKey = QStringLiteral("files/lastDirectory");
} // namespace

MainWindow::MainWindow(QThreadPool *pool, Orchestration::ShipConnections &connections,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_pool(pool)
    , m_connections(connections)
    , m_document(new Document::EnvironmentDocument(pool, this))
    , m_recentFiles(new RecentFiles(this))
    , m_treeModel(new EnvironmentTreeModel(this))
    , m_treeProxy(new QSortFilterProxyModel(this))
    , m_diagnosticsModel(new DiagnosticsModel(this))
    , m_panels(new InstancePanels(pool, connections, this))
    , m_detailsModel(m_panels->detailsPanel()->model())
    , m_scene(new DependencyGraphScene(pool, this))
    , m_statusLabel(new QLabel(this))
    , m_runs(new RunController(connections, this, this))
    , m_checks(new CheckNowController(pool, connections, this))
    , m_durationTick(new QTimer(this))
    , m_runHighlightsDue(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowIcon(themedIcon(QStringLiteral("maestro-desktop")));
    setupActions();
    setupViews();
    setupRunActions();
    m_durationTick->setInterval(5000);
    connect(m_durationTick, &QTimer::timeout, this, [this] { m_treeModel->setNow({}); });
    m_durationTick->start();

    connect(m_document, &Document::EnvironmentDocument::environmentChanged, this,
            &MainWindow::onEnvironmentChanged);
    connect(m_document, &Document::EnvironmentDocument::diagnosticsChanged, m_diagnosticsModel,
            &DiagnosticsModel::setDiagnostics);
    connect(m_document, &Document::EnvironmentDocument::diagnosticsChanged, this, [this] {
        // Problems are shown where the user looks; a clean load leaves the panel alone.
        if (m_diagnosticsModel->errorCount() > 0)
            m_ui->diagnosticsDock->show();
        updateStatus();
    });
    connect(m_document, &Document::EnvironmentDocument::staleChanged, this, &MainWindow::onStaleChanged);
    // An open file view follows its file, and the problem it points at, through reloads.
    connect(m_document, &Document::EnvironmentDocument::loadFinished, this, [this] {
        if (m_yamlView)
            m_yamlView->followReload(m_document->diagnostics());
    });
    connect(m_document, &Document::EnvironmentDocument::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::EnvironmentDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);

    // Defaults for a first start; restoreSettings() overrides them with the user's layout.
    resizeDocks({m_ui->detailsDock}, {360}, Qt::Horizontal);
    tabifyDockWidget(m_ui->diagnosticsDock, m_ui->runDock);
    tabifyDockWidget(m_ui->runDock, m_panels->logsDock());
    tabifyDockWidget(m_ui->detailsDock, m_panels->shipsDock());
    m_ui->detailsDock->raise();
    resizeDocks({m_ui->diagnosticsDock}, {200}, Qt::Vertical);
    m_ui->mainSplitter->setSizes({680, 340});
    restoreSettings();
    rebuildRecentMenu();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // A run still going is cancelled and waited for before the views it feeds go away.
    delete m_runs;
    m_runs = nullptr;
    delete m_checks;
    m_checks = nullptr;
    delete m_monitor;
    m_monitor = nullptr;
    // Log streams and inspections end before the widgets and clients they use.
    delete m_panels;
    m_panels = nullptr;
    delete m_ui;
}

RunPanel *MainWindow::runPanel() const
{
    return m_ui->runPanel;
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    m_ui->menuView->addAction(dock->toggleViewAction());
}

void MainWindow::setupRunActions()
{
    const struct
    {
        QAction *action;
        Orchestration::Command command;
        const char *icon;
    } commands[] = {
        {m_ui->actionStart, Orchestration::Command::Start, "media-playback-start"},
        {m_ui->actionStop, Orchestration::Command::Stop, "media-playback-stop"},
        {m_ui->actionRestart, Orchestration::Command::Restart, "view-refresh"},
        {m_ui->actionKill, Orchestration::Command::Kill, "process-stop"},
        {m_ui->actionPull, Orchestration::Command::Pull, "download"},
        {m_ui->actionClean, Orchestration::Command::Clean, "edit-clear"},
    };
    for (const auto &c : commands) {
        c.action->setIcon(themedIcon(QString::fromLatin1(c.icon)));
        connect(c.action, &QAction::triggered, this,
                [this, command = c.command] { requestRun(command); });
    }
    m_ui->actionCheckNow->setIcon(themedIcon(QStringLiteral("checkmark")));
    connect(m_ui->actionCheckNow, &QAction::triggered, this, &MainWindow::checkNow);
    connect(m_checks, &CheckNowController::checkStateChanged, this,
            &MainWindow::onCheckStateChanged);
    m_ui->actionCancelRun->setIcon(themedIcon(QStringLiteral("process-stop")));
    connect(m_ui->actionCancelRun, &QAction::triggered, m_runs, &RunController::cancel);
    connect(m_ui->actionRefreshState, &QAction::triggered, this, [this] {
        if (m_monitor)
            m_monitor->refresh();
    });
    m_ui->menuView->addAction(m_ui->runDock->toggleViewAction());

    m_ui->runPanel->setModel(m_runs->model());
    connect(m_ui->runPanel, &RunPanel::cancelRequested, m_runs, &RunController::cancel);
    m_runHighlightsDue->setSingleShot(true);
    m_runHighlightsDue->setInterval(0);
    connect(m_runHighlightsDue, &QTimer::timeout, this, &MainWindow::updateRunHighlights);
    connect(m_runs->model(), &Models::RunModel::progressChanged, this, [this] {
        if (!m_runHighlightsDue->isActive())
            m_runHighlightsDue->start();
    });
    connect(m_runs, &RunController::checkStateChanged, this, &MainWindow::onCheckStateChanged);
    connect(m_runs, &RunController::runStarted, this, [this](const Orchestration::Plan &plan) {
        m_ui->runDock->show();
        m_ui->runDock->raise();
        m_ui->runPanel->setRunning(
            true, tr("Running %1: %n step(s)…", nullptr, plan.size())
                      .arg(plan.command() ? PlanPreviewDialog::commandTitle(*plan.command())
                                          : QString()));
        updateRunActions();
    });
    connect(m_runs, &RunController::runFinished, this,
            [this](const Orchestration::RunReport &report) {
                const QString outcome = Orchestration::RunSession::describeOutcome(report);
                QString text;
                if (report.ok())
                    text = tr("Finished: %1").arg(outcome);
                else if (report.cancelled)
                    text = tr("Cancelled: %1").arg(outcome);
                else
                    text = tr("Failed: %1 — %2").arg(report.firstError->message, outcome);
                m_ui->runPanel->setRunning(false, text);
                m_runHighlightsDue->stop();
                updateRunHighlights(); // cleared as the run ends, not a turn later
                statusBar()->showMessage(report.ok() ? tr("Run finished") : text, 10000);
                updateRunActions();
                // The event streams are quick, but the outcome must show even without them.
                if (m_monitor)
                    m_monitor->refresh();
            });
    connect(m_runs, &RunController::problem, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
        if (!m_runs->isRunning() && m_runs->model()->rowCount() == 0)
            m_ui->runPanel->setRunning(false, message);
    });

    m_ui->environmentView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->environmentView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showTreeContextMenu);
    connect(m_ui->graphView, &GraphView::contextMenuRequested, this,
            &MainWindow::showGraphContextMenu);
    updateRunActions();
}

void MainWindow::updateRunActions()
{
    const bool running = m_runs->isRunning();
    const bool open = m_document->environment() != nullptr;
    for (QAction *action : {m_ui->actionStart, m_ui->actionStop, m_ui->actionRestart,
                            m_ui->actionKill, m_ui->actionPull, m_ui->actionClean})
        action->setEnabled(open && !running);
    m_ui->actionCancelRun->setEnabled(running);
    m_ui->actionRefreshState->setEnabled(open);
    m_ui->actionCheckNow->setEnabled(open);
}

// The run actions act on selectedThings(): every context menu offers the same ones.
void MainWindow::addRunActions(QMenu *menu) const
{
    menu->addActions({m_ui->actionStart, m_ui->actionStop, m_ui->actionRestart, m_ui->actionKill});
    menu->addSeparator();
    menu->addActions({m_ui->actionPull, m_ui->actionClean});
    menu->addSeparator();
    menu->addAction(m_ui->actionCheckNow);
}

void MainWindow::showTreeContextMenu(const QPoint &position)
{
    QMenu menu(this);
    addRunActions(&menu);
    menu.exec(m_ui->environmentView->viewport()->mapToGlobal(position));
}

void MainWindow::showGraphContextMenu(const QPoint &globalPos, const QString &service)
{
    // The menu acts on what the graph shows selected: the service's instances, or for the
    // background nothing, which the run actions take as the whole environment.
    if (service.isEmpty())
        m_ui->environmentView->selectionModel()->clear();
    else
        onGraphServiceSelected(service);
    QMenu menu(this);
    addRunActions(&menu);
    if (service.isEmpty()) {
        menu.addSeparator();
        menu.addActions(
            {m_ui->actionZoomIn, m_ui->actionZoomOut, m_ui->actionFit, m_ui->actionExportGraph});
    }
    menu.exec(globalPos);
}

QStringList MainWindow::selectedThings() const
{
    QStringList things;
    const QModelIndexList rows = m_ui->environmentView->selectionModel()->selectedRows();
    const Core::EnvironmentPtr environment = m_treeModel->environment();
    if (!environment)
        return things;
    const auto add = [&things](const QString &thing) {
        if (!thing.isEmpty() && !things.contains(thing))
            things.append(thing);
    };
    for (const QModelIndex &proxyIndex : rows) {
        const QModelIndex index = m_treeProxy->mapToSource(proxyIndex);
        const QString instance = index.data(EnvironmentTreeModel::InstanceNameRole).toString();
        if (!instance.isEmpty()) {
            add(instance);
            continue;
        }
        const QString service = index.data(EnvironmentTreeModel::ServiceNameRole).toString();
        if (!service.isEmpty()) {
            add(service);
            continue;
        }
        // A ship: its instances (the command line has no ship selector besides -S).
        const QString ship = index.data(EnvironmentTreeModel::ShipNameRole).toString();
        for (const Core::Instance &i : environment->instances) {
            if (i.ship == ship)
                add(i.name);
        }
    }
    return things;
}

void MainWindow::requestRun(Orchestration::Command command)
{
    m_runs->setEnvironment(m_document->environment());
    m_runs->requestRun(command, selectedThings());
}

void MainWindow::checkNow()
{
    using Status = Models::InstanceState::Status;
    QStringList instances;
    for (const QString &instance : m_checks->instancesOf(selectedThings())) {
        const Status status = m_treeModel->state(instance).status;
        if (status == Status::Running || status == Status::Unknown)
            instances.append(instance);
    }
    m_checks->check(instances);
}

void MainWindow::setStateRefreshInterval(int ms)
{
    m_stateRefreshMs = ms;
    if (m_monitor)
        m_monitor->setRefreshInterval(ms);
}

void MainWindow::setLiveStateEnabled(bool enabled)
{
    m_liveState = enabled;
    m_panels->setLiveEnabled(enabled);
    restartStateMonitor();
}

void MainWindow::restartStateMonitor()
{
    delete m_monitor;
    m_monitor = nullptr;
    Models::ShipsModel *ships = m_panels->shipsPanel()->model();
    // What an old monitor said may not hold for the new file; the new one says it again.
    ships->clearLive();
    const Core::EnvironmentPtr environment = m_document->environment();
    if (environment) // clients of ships the file no longer has (or reaches differently) go
        m_connections.release(*environment);
    if (!environment || !m_liveState)
        return;
    m_monitor = new Orchestration::StateMonitor(environment, m_connections, this);
    qCDebug(lcGui) << "live state of" << m_monitor->ships().size() << "ships," << m_connections.clientCount() << "ship clients held";
    m_monitor->setRefreshInterval(m_stateRefreshMs);
    connect(m_monitor, &Orchestration::StateMonitor::statesChanged, this,
            &MainWindow::onObservedStates);
    connect(m_monitor, &Orchestration::StateMonitor::shipStatusChanged, this,
            [this](const QString &ship, const QString &message) {
                statusBar()->showMessage(message.isEmpty() ? tr("Ship %1 answers again").arg(ship)
                                                           : tr("Ship %1: %2").arg(ship, message),
                                         10000);
            });
    connect(m_monitor, &Orchestration::StateMonitor::shipReachabilityChanged, ships,
            &Models::ShipsModel::setLiveReachable);
    connect(m_monitor, &Orchestration::StateMonitor::shipDiagnosed, ships,
            &Models::ShipsModel::setLiveDiagnosis);
    m_monitor->start();
}

void MainWindow::onObservedStates(const Orchestration::ObservedStates &states)
{
    Models::StateSnapshot snapshot;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        Models::InstanceState state = m_treeModel->state(it.key());
        state.applyObserved(it.value());
        snapshot.insert(it.key(), state);
    }
    m_treeModel->applySnapshot(snapshot);
    m_panels->setObservedStates(states);
}

void MainWindow::onCheckStateChanged(const QString &instance, Models::InstanceState::Check check,
                                     const QString &detail)
{
    Models::InstanceState state = m_treeModel->state(instance);
    state.check = check;
    state.checkDetail = detail;
    m_treeModel->applySnapshot({{instance, state}});
}

void MainWindow::updateRunHighlights()
{
    // Sets: every progress event recomputes them, and a large plan names the same services
    // and edges many times over (lists made the graph's lookups quadratic).
    QSet<QString> waited;
    QSet<QPair<QString, QString>> blocking;
    const Models::RunModel *model = m_runs->model();
    const Core::EnvironmentPtr environment = m_treeModel->environment();
    if (environment && !model->isRunFinished()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QString service = index.data(Models::RunModel::ServiceRole).toString();
            const QStringList waitsFor
                = index.data(Models::RunModel::WaitingForRole).toStringList();
            for (const QString &instance : waitsFor) {
                const Core::Instance *other = environment->instance(instance);
                if (!other)
                    continue;
                waited.insert(other->service);
                // Start waits along the edge, stop against it: mark it either way.
                blocking.insert({service, other->service});
                blocking.insert({other->service, service});
            }
        }
    }
    m_scene->setRunHighlights(waited, blocking);
}

YamlViewDialog *MainWindow::yamlView() const
{
    return m_yamlView.data();
}

void MainWindow::setupActions()
{
    m_ui->actionOpen->setIcon(themedIcon(QStringLiteral("document-open")));
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionReload->setIcon(themedIcon(QStringLiteral("view-refresh")));
    m_ui->actionShowFile->setIcon(themedIcon(QStringLiteral("text-x-generic")));
    m_ui->actionExportGraph->setIcon(themedIcon(QStringLiteral("document-save-as")));
    m_ui->actionQuit->setIcon(themedIcon(QStringLiteral("application-exit")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionGroupByService->setIcon(themedIcon(QStringLiteral("view-list-tree")));
    m_ui->actionFilter->setShortcut(QKeySequence::Find);
    m_ui->actionZoomIn->setIcon(themedIcon(QStringLiteral("zoom-in")));
    m_ui->actionZoomIn->setShortcut(QKeySequence::ZoomIn);
    m_ui->actionZoomOut->setIcon(themedIcon(QStringLiteral("zoom-out")));
    m_ui->actionZoomOut->setShortcut(QKeySequence::ZoomOut);
    m_ui->actionFit->setIcon(themedIcon(QStringLiteral("zoom-fit-best")));
    m_ui->actionAbout->setIcon(themedIcon(QStringLiteral("help-about")));
    m_ui->menuRecent->setIcon(themedIcon(QStringLiteral("document-open-recent")));

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_ui->actionReload, &QAction::triggered, m_document, &Document::EnvironmentDocument::reload);
    connect(m_ui->actionShowFile, &QAction::triggered, this, &MainWindow::showFile);
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
    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setFilterKeyColumn(-1);
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_treeProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Groups keep document order until the user sorts by a column.
    m_treeProxy->sort(-1);
    m_ui->environmentView->setModel(m_treeProxy);
    m_ui->environmentView->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->environmentView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->environmentView->header()->setStretchLastSection(true);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_treeProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_ui->environmentView->expandAll();
    });
    connect(m_ui->environmentView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeCurrentChanged);

    m_ui->graphView->setScene(m_scene);
    m_scene->setModel(m_treeModel);
    connect(m_scene, &DependencyGraphScene::serviceSelected, this,
            &MainWindow::onGraphServiceSelected);
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
    addDock(m_panels->logsDock(), Qt::BottomDockWidgetArea);
    addDock(m_panels->shipsDock(), Qt::RightDockWidgetArea);

    m_ui->diagnosticsView->setModel(m_diagnosticsModel);
    m_ui->diagnosticsView->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn,
                                                          QHeaderView::ResizeToContents);
    m_ui->diagnosticsView->header()->resizeSection(DiagnosticsModel::LocationColumn, 200);
    connect(m_ui->diagnosticsView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { showDiagnostic(index.row()); });

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
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

void MainWindow::openFile(const QString &fileName)
{
    m_fitPending = true;
    m_document->open(fileName);
    m_recentFiles->add(m_document->fileName());
    QSettings().setValue(kLastDirKey, QFileInfo(m_document->fileName()).absolutePath());
}

void MainWindow::chooseFile()
{
    const QString start
        = QSettings()
              .value(kLastDirKey, QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
              .toString();
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Open Environment"), start,
                                       tr("Maestro environments (*.yaml *.yml);;All files (*)"));
    if (!file.isEmpty())
        openFile(file);
}

void MainWindow::rebuildRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        // &1..&9 make the first entries reachable from the keyboard.
        const QString label = i < 9 ? tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(file))
                                    : QDir::toNativeSeparators(file);
        QAction *action = m_ui->menuRecent->addAction(label);
        connect(action, &QAction::triggered, this, [this, file] {
            if (QFileInfo::exists(file)) {
                openFile(file);
            } else {
                QMessageBox::warning(
                    this, tr("Open Recent"),
                    tr("%1 no longer exists.").arg(QDir::toNativeSeparators(file)));
                m_recentFiles->remove(file);
            }
        });
    }
    if (!files.isEmpty()) {
        m_ui->menuRecent->addSeparator();
        m_ui->menuRecent->addAction(tr("&Clear List"), m_recentFiles, &RecentFiles::clear);
    }
    m_ui->menuRecent->setEnabled(!files.isEmpty());
}

void MainWindow::onEnvironmentChanged()
{
    const QString selected = m_detailsModel->instance();
    m_treeModel->setEnvironment(m_document->environment());
    m_ui->environmentView->expandAll();
    // Sized once per file: large environments would make this a full scan on every change.
    for (int column = 0; column < EnvironmentTreeModel::ColumnCount - 1; ++column)
        m_ui->environmentView->resizeColumnToContents(column);
    // Live state arrives later and is longer than "unknown": leave room for it.
    QHeaderView *header = m_ui->environmentView->header();
    const int stateWidth = header->fontMetrics().horizontalAdvance(
                               tr("running for %1").arg(Models::formatDuration(59 * 60)))
                           + 16;
    if (header->sectionSize(EnvironmentTreeModel::StateColumn) < stateWidth)
        header->resizeSection(EnvironmentTreeModel::StateColumn, stateWidth);
    m_panels->setEnvironment(m_document->environment());
    if (!selected.isEmpty())
        selectInstance(selected);
    m_runs->setEnvironment(m_document->environment());
    m_checks->setEnvironment(m_document->environment());
    restartStateMonitor();
    updateRunActions();
    updateTitle();
    updateStatus();
}

void MainWindow::onStaleChanged(bool stale)
{
    m_ui->staleBanner->setVisible(stale);
    if (stale) {
        m_ui->staleBanner->setText(
            tr("The file no longer loads: showing the last version that did. See Diagnostics."));
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString file = m_document->fileName();
    if (file.isEmpty()) {
        setWindowTitle(tr("Maestro Desktop"));
        return;
    }
    const QString name = QFileInfo(file).fileName();
    setWindowTitle(m_document->isStale() ? tr("%1 (stale) — Maestro Desktop").arg(name)
                                         : tr("%1 — Maestro Desktop").arg(name));
    setWindowFilePath(file);
}

void MainWindow::updateStatus()
{
    const Core::EnvironmentPtr environment = m_document->environment();
    QString text;
    if (m_document->isLoading())
        text = tr("Loading…");
    else if (environment)
        text = tr("%n ship(s)", nullptr, int(environment->ships.size())) + QStringLiteral(", ")
               + tr("%n service(s)", nullptr, int(environment->services.size()))
               + QStringLiteral(", ")
               + tr("%n instance(s)", nullptr, int(environment->instances.size()));
    const int errors = m_diagnosticsModel->errorCount();
    if (errors > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(" · "))
                + tr("%n error(s)", nullptr, errors);
    m_statusLabel->setText(text);
    m_ui->actionReload->setEnabled(!m_document->fileName().isEmpty());
    m_ui->actionShowFile->setEnabled(!m_document->fileName().isEmpty());
    m_ui->actionExportGraph->setEnabled(environment != nullptr);
}

void MainWindow::setGroupByService(bool byService)
{
    const QString selected = m_detailsModel->instance();
    m_treeModel->setGrouping(byService ? EnvironmentTreeModel::Grouping::ByService
                                       : EnvironmentTreeModel::Grouping::ByShip);
    m_ui->environmentView->expandAll();
    if (!selected.isEmpty())
        selectInstance(selected);
}

void MainWindow::selectInstance(const QString &instance)
{
    const QModelIndex source = m_treeModel->indexForInstance(instance);
    const QModelIndex index = m_treeProxy->mapFromSource(source);
    if (!index.isValid())
        return;
    m_ui->environmentView->setCurrentIndex(index);
    m_ui->environmentView->scrollTo(index);
}

void MainWindow::onTreeCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_treeProxy->mapToSource(current);
    const QString instance = source.data(EnvironmentTreeModel::InstanceNameRole).toString();
    if (!instance.isEmpty() || !source.isValid())
        m_panels->showInstance(instance);
    emit instanceSelected(instance);
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    m_scene->selectService(source.data(EnvironmentTreeModel::ServiceNameRole).toString());
    m_syncingSelection = false;
}

void MainWindow::onGraphServiceSelected(const QString &service)
{
    if (m_syncingSelection || service.isEmpty())
        return;
    m_syncingSelection = true;
    QModelIndex target;
    if (m_treeModel->grouping() == EnvironmentTreeModel::Grouping::ByService) {
        target = m_treeModel->indexForGroup(service);
    } else if (const Core::Service *s = m_treeModel->environment()
                                            ? m_treeModel->environment()->service(service)
                                            : nullptr) {
        if (!s->instances.isEmpty())
            target = m_treeModel->indexForInstance(s->instances.first());
    }
    const QModelIndex index = m_treeProxy->mapFromSource(target);
    if (index.isValid()) {
        m_ui->environmentView->setCurrentIndex(index);
        m_ui->environmentView->scrollTo(index);
    }
    // Grouped by ship, the service's instances are spread over the ships: select them all,
    // so the run actions act on the service picked in the graph.
    if (m_treeModel->grouping() == EnvironmentTreeModel::Grouping::ByShip) {
        if (const Core::Service *s
            = m_treeModel->environment() ? m_treeModel->environment()->service(service) : nullptr) {
            QItemSelection selection;
            for (const QString &instance : s->instances) {
                const QModelIndex row
                    = m_treeProxy->mapFromSource(m_treeModel->indexForInstance(instance));
                if (row.isValid())
                    selection.select(row, row);
            }
            m_ui->environmentView->selectionModel()->select(
                selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    m_syncingSelection = false;
}

void MainWindow::showDiagnostic(int row)
{
    const QModelIndex index = m_diagnosticsModel->index(row, 0);
    if (!index.isValid())
        return;
    QString file = index.data(DiagnosticsModel::FileRole).toString();
    if (file.isEmpty())
        file = m_document->fileName();
    if (QFileInfo(file).isRelative())
        file = QFileInfo(m_document->fileName()).absoluteDir().filePath(file);
    if (!m_yamlView)
        m_yamlView = new YamlViewDialog(m_document, this);
    if (const Core::VoidResult opened = m_yamlView->openFile(file); !opened) {
        QMessageBox::warning(this, tr("Show File"), opened.error().message);
        return;
    }
    m_yamlView->pointAt(m_diagnosticsModel->diagnostics().at(row));
    m_yamlView->show();
    m_yamlView->raise();
}

void MainWindow::showFile()
{
    if (m_document->fileName().isEmpty())
        return;
    if (!m_yamlView)
        m_yamlView = new YamlViewDialog(m_document, this);
    if (const Core::VoidResult opened = m_yamlView->openFile(m_document->fileName()); !opened) {
        QMessageBox::warning(this, tr("Show File"), opened.error().message);
        return;
    }
    m_yamlView->show();
    m_yamlView->raise();
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
