// SPDX-License-Identifier: GPL-3.0-or-later
// The main window offscreen: open the quickstart, see the tree, graph and details fill; a
// broken save keeps the last good model, marked stale, with the diagnostic shown; the
// file is reloaded when it changes on disk, including after an atomic replace, and an open
// file view follows it; the graph's context menu; the plan preview's step numbers.

// Mouse events through the window system, as a user's are: a right press makes the
// context menu event there.
#define QTEST_QPA_MOUSE_HANDLING

#include "document/environmentdocument.h"
#include "gui/document/fileviewer.h"
#include "gui/document/yamlviewdialog.h"
#include "gui/forms/editdock.h"
#include "gui/forms/instanceform.h"
#include "gui/forms/scalarfield.h"
#include "gui/forms/serviceform.h"
#include "gui/forms/shipform.h"
#include "gui/forms/tablefield.h"
#include "gui/graph/dependencyedgeitem.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/graph/graphview.h"
#include "gui/graph/servicenodeitem.h"
#include "gui/instance/detailspanel.h"
#include "gui/livestate.h"
#include "gui/mainwindow.h"
#include "gui/newenv/newenvironmentdialog.h"
#include "gui/run/planpreviewdialog.h"
#include "gui/run/runactions.h"
#include "gui/run/runcontroller.h"
#include "gui/selectionsync.h"
#include "orchestration/ships/shipconnections.h"

#include "models/diagnosticsmodel.h"
#include "models/environmenttreemodel.h"
#include "models/formeditmodel.h"
#include "models/instancedetailsmodel.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

#include <functional>

using namespace Maestro;
using Models::EnvironmentTreeModel;

namespace {
QByteArray quickstart()
{
    QFile file(QStringLiteral(MAESTRO_EXAMPLES_DIR "/quickstart.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(content) == content.size();
}

// What editors do: write a new file and rename it over the old one.
bool replaceFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
           && file.commit();
}
// The actions of the context menu that `open` pops up (empty when none appeared; an
// instance's container entries and the tree's structure actions as null, see runEntries());
// `pick`, when the menu has it, is then chosen from the menu with the keyboard, as a user
// would.
QList<QAction *> contextMenuActions(const std::function<void()> &open, QAction *pick = nullptr)
{
    QList<QAction *> actions;
    // QMenu::exec() blocks: look at the menu from inside its event loop.
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        static const QStringList otherEntries{QStringLiteral("copyContainerIdAction"),
                                              QStringLiteral("copyShellCommandAction"),
                                              QStringLiteral("openPublishedPortAction"),
                                              QStringLiteral("actionAddShip"),
                                              QStringLiteral("actionAddService"),
                                              QStringLiteral("actionAddInstance"),
                                              QStringLiteral("actionDuplicateInstance"),
                                              QStringLiteral("actionRename"),
                                              QStringLiteral("actionDelete")};
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                actions.append(otherEntries.contains(action->objectName()) ? nullptr : action);
        }
        if (pick && actions.contains(pick)) {
            menu->setActiveAction(pick);
            QTest::keyClick(menu, Qt::Key_Return);
        }
        if (menu->isVisible())
            menu->close();
    });
    open();
    return actions;
}

// The menu's entries without those about one instance's container (InstanceActions), which
// contextMenuActions() lists as null: they go with the menu.
QList<QAction *> runEntries(const QList<QAction *> &actions)
{
    QList<QAction *> out;
    for (QAction *action : actions) {
        if (action)
            out.append(action);
    }
    return out;
}

// A point of the view's viewport with no item under it.
QPoint emptyViewportPoint(const Gui::GraphView *view)
{
    const QRect area = view->viewport()->rect();
    for (const QPoint &candidate :
         {area.topLeft() + QPoint(3, 3), area.topRight() + QPoint(-3, 3),
          area.bottomLeft() + QPoint(3, -3), area.bottomRight() + QPoint(-3, -3)}) {
        if (view->items(candidate).isEmpty())
            return candidate;
    }
    return {-1, -1};
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensQuickstart();
    void groupingAndSelectionSync();
    void runActionsActOnTheSelection();
    void graphContextMenuOnANode_data();
    void graphContextMenuOnANode();
    void graphContextMenuOnTheBackground();
    void graphContextMenuFromTheKeyboard_data();
    void graphContextMenuFromTheKeyboard();
    void planPreviewNumbersStepsInRunOrder();
    void brokenFileKeepsLastGoodModel();
    void reloadsOnChange_data();
    void reloadsOnChange();
    void brokenFromTheStart();
    void fileViewFollowsReloads();
    void fileViewShowsTheDocumentsText();
    void fileViewShowsAnIncludeTheLoadRead();
    void exportsGraph_data();
    void exportsGraph();
    void dropOpensFile();
    void recentFiles();
    void newEnvironmentFromADockerContext();
    void clearingTheFilterExpandsGroupsAsBefore();
    void treeFocusAndShiftF10();
    void tabSkipsDocksBehindOtherTabs();
    void instanceEntriesInTheTreeMenu();
    void editDockFollowsTheWindow();

public slots:
    // QDesktopServices' handler of http URLs while the test runs: no browser opens.
    void openUrl(const QUrl &url) { m_openedUrls.append(url); }

private:
    // The window's scene and tree model, which these tests look at a lot.
    Gui::DependencyGraphScene *scene() const
    {
        return m_window->findChild<Gui::DependencyGraphScene *>();
    }
    Models::EnvironmentTreeModel *treeModel() const
    {
        return m_window->findChild<Models::EnvironmentTreeModel *>();
    }
    void openAndWait(const QString &file);
    QAction *action(const char *name) const;
    QList<QAction *> runActions() const;

    QList<QUrl> m_openedUrls;
    QThreadPool m_pool;
    Orchestration::ShipConnections m_connections; // the one owner of ship clients, as in main()
    QTemporaryDir m_dir;
    QString m_file;
    Gui::MainWindow *m_window = nullptr;
};

void tst_MainWindow::initTestCase()
{
    Tests::isolateSettings(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    QVERIFY(!quickstart().isEmpty());
}

void tst_MainWindow::init()
{
    m_file = m_dir.filePath(QStringLiteral("maestro.yaml"));
    QVERIFY(writeFile(m_file, quickstart()));
    m_window = new Gui::MainWindow(&m_pool, m_connections);
    m_window->document()->setReloadDelay(50);
    // These tests are about the file; tst_guirun covers live state against real daemons.
    m_window->liveState()->setEnabled(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void tst_MainWindow::openAndWait(const QString &file)
{
    QSignalSpy loaded(m_window->document(), &Document::EnvironmentDocument::loadFinished);
    QSignalSpy laidOut(scene(), &Gui::DependencyGraphScene::layoutApplied);
    m_window->openFile(file);
    QVERIFY(loaded.wait(10000));
    if (loaded.first().first().toBool())
        QTRY_VERIFY_WITH_TIMEOUT(!laidOut.isEmpty() && !scene()->isLayoutPending(), 10000);
}

QAction *tst_MainWindow::action(const char *name) const
{
    return m_window->findChild<QAction *>(QString::fromLatin1(name));
}

QList<QAction *> tst_MainWindow::runActions() const
{
    return {action("actionStart"),   action("actionStop"), action("actionRestart"),
            action("actionKill"),    action("actionPull"), action("actionClean"),
            action("actionCheckNow")};
}

void tst_MainWindow::opensQuickstart()
{
    openAndWait(m_file);
    QVERIFY(m_window->document()->environment());
    QVERIFY(!m_window->document()->isStale());
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    QVERIFY(tree);
    const QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 1); // one ship
    const QModelIndex local = model->index(0, 0);
    QCOMPARE(local.data().toString(), QStringLiteral("local"));
    QCOMPARE(model->rowCount(local), 2);
    QVERIFY(tree->isExpanded(local));
    QCOMPARE(model->index(0, EnvironmentTreeModel::StateColumn, local).data().toString(),
             QStringLiteral("unknown"));

    auto *scene = this->scene();
    QVERIFY(scene->node(QStringLiteral("redis")));
    QVERIFY(scene->node(QStringLiteral("web")));
    QCOMPARE(scene->edges().size(), 1);
    const auto *edge = scene->edges().first();
    QCOMPARE(edge->edge().kind, Core::DependencyGraph::EdgeKind::Requires);
    // dot puts the dependent above what it depends on.
    QVERIFY(scene->node(QStringLiteral("web"))->pos().y()
            < scene->node(QStringLiteral("redis"))->pos().y());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("maestro.yaml")));

    // Details of the selected instance, with the injected variables.
    m_window->selection()->selectInstance(QStringLiteral("web-1"));
    auto *details = m_window->findChild<Gui::DetailsPanel *>()->model();
    QCOMPARE(details->instance(), QStringLiteral("web-1"));
    const QModelIndex env
        = details->sectionIndex(Models::InstanceDetailsModel::Section::Environment);
    QStringList names;
    for (int r = 0; r < details->rowCount(env); ++r)
        names << details->index(r, 0, env).data().toString();
    QVERIFY2(names.contains(QStringLiteral("GREETING")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("REDIS_REDIS_1_HOST")), qPrintable(names.join(u',')));
    QCOMPARE(scene->selectedService(), QStringLiteral("web"));

    // Live state reaches the graph through the model.
    Models::InstanceState running;
    running.status = Models::InstanceState::Status::Running;
    treeModel()->applySnapshot({{QStringLiteral("redis-1"), running}});
    QCOMPARE(scene->node(QStringLiteral("redis"))->instanceStatus(0),
             Models::InstanceState::Status::Running);
}

void tst_MainWindow::groupingAndSelectionSync()
{
    openAndWait(m_file);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionGroupByService"));
    QVERIFY(action);
    action->setChecked(true);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    QCOMPARE(tree->model()->rowCount(), 2);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("redis"));

    // Selecting a node in the graph selects its service in the tree.
    auto *scene = this->scene();
    scene->node(QStringLiteral("web"))->setSelected(true);
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("web"));
    const auto *edge = scene->edges().first();
    QVERIFY(edge->isHighlighted());
    action->setChecked(false);
}

void tst_MainWindow::runActionsActOnTheSelection()
{
    openAndWait(m_file);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    tree->clearSelection();
    QCOMPARE(m_window->selection()->selectedThings(), QStringList()); // the whole environment
    // A service picked in the graph: its instances.
    scene()->node(QStringLiteral("web"))->setSelected(true);
    QCOMPARE(m_window->selection()->selectedThings(), QStringList{QStringLiteral("web-1")});
    // A ship: all its instances.
    tree->selectionModel()->select(tree->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_window->selection()->selectedThings(),
             (QStringList{QStringLiteral("redis-1"), QStringLiteral("web-1")}));
    // The preview lists the plan for it; closing it runs nothing.
    auto *stop = m_window->findChild<QAction *>(QStringLiteral("actionStop"));
    QVERIFY(stop && stop->isEnabled());
    stop->trigger();
    Gui::PlanPreviewDialog *preview = m_window->runActions()->runController()->preview();
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->plan().size(), 2);
    QCOMPARE(preview->plan().step(0).id, QStringLiteral("web-1")); // dependents stop first
    QCOMPARE(preview->shipsTouched(), QStringList{QStringLiteral("local")});
    preview->reject();
    QVERIFY(!m_window->runActions()->runController()->isRunning());
}

void tst_MainWindow::graphContextMenuOnANode_data()
{
    QTest::addColumn<bool>("byService");
    QTest::addColumn<QString>("treeRow"); // what the tree selects for the node
    QTest::newRow("grouped by ship") << false << "web-1";
    QTest::newRow("grouped by service") << true << "web";
}

void tst_MainWindow::graphContextMenuOnANode()
{
    QFETCH(bool, byService);
    QFETCH(QString, treeRow);
    openAndWait(m_file);
    auto *view = m_window->findChild<Gui::GraphView *>(QStringLiteral("graphView"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    action("actionGroupByService")->setChecked(byService);
    // Something else selected first: the right-click moves the selection to the node.
    m_window->selection()->selectInstance(QStringLiteral("redis-1"));
    QCOMPARE(scene()->selectedService(), QStringLiteral("redis"));
    const QPoint web = view->mapFromScene(scene()->node(QStringLiteral("web"))->pos());
    QVERIFY(view->viewport()->rect().contains(web));

    const QList<QAction *> actions
        = contextMenuActions([&] { QTest::mouseClick(view->viewport(), Qt::RightButton, {}, web); },
                             action("actionStop"));
    // The same actions as the tree's menu and the Run menu, and no view entries; web has one
    // instance, whose container's entries follow (copy ID, copy shell command, open 18080).
    QCOMPARE(runEntries(actions), runActions());
    QCOMPARE(actions.size(), runActions().size() + 3);
    QCOMPARE(scene()->selectedService(), QStringLiteral("web"));
    QCOMPARE(tree->currentIndex().data().toString(), treeRow);
    QCOMPARE(m_window->selection()->selectedThings(), QStringList{treeRow});
    // Stop, chosen from the menu, previews the plan for the node's service.
    Gui::PlanPreviewDialog *preview = m_window->runActions()->runController()->preview();
    QVERIFY(preview && preview->isVisible());
    QCOMPARE(preview->plan().size(), 1);
    QCOMPARE(preview->plan().step(0).id, QStringLiteral("web-1"));
    preview->reject();
    action("actionGroupByService")->setChecked(false); // a setting the next test would inherit
}

void tst_MainWindow::graphContextMenuOnTheBackground()
{
    openAndWait(m_file);
    auto *view = m_window->findChild<Gui::GraphView *>(QStringLiteral("graphView"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    m_window->selection()->selectInstance(QStringLiteral("web-1"));
    QVERIFY(!m_window->selection()->selectedThings().isEmpty());
    const QPoint empty = emptyViewportPoint(view);
    QVERIFY(empty != QPoint(-1, -1));

    const QList<QAction *> actions = contextMenuActions(
        [&] { QTest::mouseClick(view->viewport(), Qt::RightButton, {}, empty); },
        action("actionStop"));
    const QList<QAction *> viewActions{action("actionZoomIn"), action("actionZoomOut"),
                                       action("actionFit"), action("actionExportGraph")};
    QCOMPARE(actions, runActions() + viewActions);
    // Nothing selected anywhere: the actions act on the whole environment.
    QCOMPARE(scene()->selectedService(), QString());
    QVERIFY(!tree->selectionModel()->hasSelection());
    QCOMPARE(m_window->selection()->selectedThings(), QStringList());
    Gui::PlanPreviewDialog *preview = m_window->runActions()->runController()->preview();
    QVERIFY(preview && preview->isVisible());
    QCOMPARE(preview->plan().size(), 2);
    preview->reject();
}

void tst_MainWindow::graphContextMenuFromTheKeyboard_data()
{
    QTest::addColumn<bool>("menuKey");
    // The platform turns the Menu key into a keyboard context menu event; Shift+F10 is a key.
    QTest::newRow("Menu key") << true;
    QTest::newRow("Shift+F10") << false;
}

void tst_MainWindow::graphContextMenuFromTheKeyboard()
{
    QFETCH(bool, menuKey);
    openAndWait(m_file);
    auto *view = m_window->findChild<Gui::GraphView *>(QStringLiteral("graphView"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    const auto open = [&] {
        if (menuKey) {
            QContextMenuEvent event(QContextMenuEvent::Keyboard, view->rect().center(),
                                    view->mapToGlobal(view->rect().center()));
            QApplication::sendEvent(view, &event);
        } else {
            QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
        }
    };
    view->setFocus();

    // For the selected node: its service.
    scene()->node(QStringLiteral("redis"))->setSelected(true);
    QCOMPARE(runEntries(contextMenuActions(open)), runActions());
    QCOMPARE(scene()->selectedService(), QStringLiteral("redis"));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("redis-1"));
    QCOMPARE(m_window->selection()->selectedThings(), QStringList{QStringLiteral("redis-1")});

    // Nothing selected in the graph: the background's menu.
    scene()->clearSelection();
    QCOMPARE(contextMenuActions(open).size(), runActions().size() + 4);
    QCOMPARE(m_window->selection()->selectedThings(), QStringList());
}

void tst_MainWindow::planPreviewNumbersStepsInRunOrder()
{
    openAndWait(m_file);
    Orchestration::PlanRequest request;
    request.command = Orchestration::Command::Stop;
    request.all = true; // what the Stop action asks for the whole environment
    request.expandServices = true;
    Gui::PlanPreviewDialog preview(m_window->document()->environment(), request, {});
    QVERIFY(preview.hasPlan());
    QCOMPARE(preview.plan().size(), 2);
    // Dependents stop first; the command line numbers those rows counting down.
    QCOMPARE(preview.plan().step(0).id, QStringLiteral("web-1"));
    QCOMPARE(preview.plan().step(0).row, 2);
    const QTreeWidget *steps = preview.stepsView();
    QCOMPARE(steps->topLevelItemCount(), 2);
    QCOMPARE(steps->topLevelItem(0)->text(0), QStringLiteral("1"));
    QCOMPARE(steps->topLevelItem(0)->text(1), QStringLiteral("web-1"));
    QCOMPARE(steps->topLevelItem(1)->text(0), QStringLiteral("2"));
    QCOMPARE(steps->topLevelItem(1)->text(1), QStringLiteral("redis-1"));
}

void tst_MainWindow::brokenFileKeepsLastGoodModel()
{
    openAndWait(m_file);
    const Core::EnvironmentPtr good = m_window->document()->environment();
    QVERIFY(good);
    QSignalSpy loaded(m_window->document(), &Document::EnvironmentDocument::loadFinished);
    QByteArray broken = quickstart();
    broken.replace("requires: [redis]", "requires: [redis-typo]");
    QVERIFY(writeFile(m_file, broken));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), false);
    QVERIFY(m_window->document()->isStale());
    QCOMPARE(m_window->document()->environment(), good);
    QCOMPARE(treeModel()->environment(), good);
    QCOMPARE(treeModel()->rowCount(), 1);
    QVERIFY(scene()->node(QStringLiteral("web")));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("staleBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("stale")));

    auto *diagnostics = m_window->findChild<Models::DiagnosticsModel *>();
    QVERIFY(diagnostics->errorCount() >= 1);
    QVERIFY2(diagnostics->index(0, 2).data().toString().contains(QStringLiteral("redis-typo")),
             qPrintable(diagnostics->index(0, 2).data().toString()));
    const int line = diagnostics->index(0, 0).data(Models::DiagnosticsModel::LineRole).toInt();
    QVERIFY(line > 0);

    // Double-click: the editor opens at the line.
    m_window->fileViewer()->showDiagnostic(0);
    QVERIFY(m_window->fileViewer()->dialog() && m_window->fileViewer()->dialog()->isVisible());
    QCOMPARE(m_window->fileViewer()->dialog()->currentLine(), line);
    QVERIFY(!m_window->fileViewer()->dialog()->editor()->isReadOnly());
    QVERIFY(m_window->fileViewer()->dialog()->editor()->textCursor().block().text().contains(
        QStringLiteral("redis-typo")));

    // Fixing the file clears the stale mark.
    loaded.clear();
    QVERIFY(writeFile(m_file, quickstart()));
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(!m_window->document()->isStale());
    QVERIFY(!banner->isVisible());
    QCOMPARE(diagnostics->errorCount(), 0);
}

void tst_MainWindow::reloadsOnChange_data()
{
    QTest::addColumn<bool>("atomic");
    QTest::newRow("in place") << false;
    QTest::newRow("atomic replace") << true;
}

void tst_MainWindow::reloadsOnChange()
{
    QFETCH(bool, atomic);
    openAndWait(m_file);
    QCOMPARE(treeModel()->rowCount(), 1);
    QByteArray changed = quickstart();
    changed.replace("      web-1:\n", "      web-2:\n        ship: local\n      web-1:\n");
    // Two saves in a row, the way editors do it: the watch must survive both.
    for (int round = 0; round < 2; ++round) {
        QSignalSpy loaded(m_window->document(), &Document::EnvironmentDocument::loadFinished);
        const QByteArray content = round == 0 ? changed : quickstart();
        QVERIFY(atomic ? replaceFile(m_file, content) : writeFile(m_file, content));
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().first().toBool());
        QCOMPARE(treeModel()->indexForInstance(QStringLiteral("web-2")).isValid(), round == 0);
    }
}

void tst_MainWindow::brokenFromTheStart()
{
    QVERIFY(writeFile(m_file, "ships: {local: {ip: 127.0.0.1}}\nservices: [\n"));
    openAndWait(m_file);
    QVERIFY(!m_window->document()->environment());
    QVERIFY(!m_window->document()->isStale()); // nothing older to show
    QCOMPARE(treeModel()->rowCount(), 0);
    QVERIFY(m_window->findChild<Models::DiagnosticsModel *>()->errorCount() >= 1);
}

void tst_MainWindow::fileViewFollowsReloads()
{
    QByteArray broken = quickstart();
    broken.replace("requires: [redis]", "requires: [redis-typo]");
    QVERIFY(writeFile(m_file, broken));
    openAndWait(m_file);
    QVERIFY(m_window->findChild<Models::DiagnosticsModel *>()->errorCount() >= 1);
    const int line = m_window->findChild<Models::DiagnosticsModel *>()
                         ->index(0, 0)
                         .data(Models::DiagnosticsModel::LineRole)
                         .toInt();
    QVERIFY(line > 0);
    m_window->fileViewer()->showDiagnostic(0);
    Gui::YamlViewDialog *view = m_window->fileViewer()->dialog();
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->markedLine(), line);
    QVERIFY(view->notice().isEmpty());

    const auto rewrite = [this](const QByteArray &content) {
        QSignalSpy loaded(m_window->document(), &Document::EnvironmentDocument::loadFinished);
        return replaceFile(m_file, content) && loaded.wait(10000);
    };
    // Still broken, two lines further down: the mark moves with the problem.
    const QByteArray moved = "# a comment\n# and another\n" + broken;
    QVERIFY(rewrite(moved));
    QCOMPARE(view->editor()->toPlainText(), QString::fromUtf8(moved));
    QCOMPARE(view->markedLine(), line + 2);
    QVERIFY(view->editor()->document()->findBlockByNumber(line + 1).text().contains(
        QStringLiteral("redis-typo")));
    QVERIFY(view->notice().isEmpty());

    // Fixed: the new text, no mark, and the view says the problem is gone.
    QVERIFY(rewrite(quickstart()));
    QCOMPARE(view->editor()->toPlainText(), QString::fromUtf8(quickstart()));
    QCOMPARE(view->markedLine(), 0);
    QVERIFY2(view->notice().contains(QStringLiteral("no longer reported")),
             qPrintable(view->notice()));
    QVERIFY(view->notice().contains(QStringLiteral("redis-typo")));

    // Broken again the same way: it is marked again.
    QVERIFY(rewrite(broken));
    QCOMPARE(view->markedLine(), line);
    QVERIFY(view->notice().isEmpty());

    // The whole file (F4) follows too, and points at nothing.
    action("actionShowFile")->trigger();
    QCOMPARE(view->markedLine(), 0);
    QVERIFY(rewrite(quickstart()));
    QCOMPARE(view->editor()->toPlainText(), QString::fromUtf8(quickstart()));
    QVERIFY(view->notice().isEmpty());
}

void tst_MainWindow::fileViewShowsTheDocumentsText()
{
    // The view shows what the document loaded, not what the disk holds now: the file
    // changes on disk while no reload is due, and the view still shows the loaded text.
    openAndWait(m_file);
    m_window->document()->setReloadDelay(24 * 3600 * 1000);
    QCOMPARE(m_window->document()->text(), QString::fromUtf8(quickstart()));
    QVERIFY(replaceFile(m_file, "# changed on disk\n" + quickstart()));
    action("actionShowFile")->trigger();
    Gui::YamlViewDialog *view = m_window->fileViewer()->dialog();
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->editor()->toPlainText(), QString::fromUtf8(quickstart()));
}

void tst_MainWindow::fileViewShowsAnIncludeTheLoadRead()
{
    // A template error inside an included file: the load read the include, so the view can
    // show it although rendering failed.
    const QString part = m_dir.filePath(QStringLiteral("part.yaml"));
    QVERIFY(writeFile(part, "services:\n  web: {{ broken\n"));
    QVERIFY(writeFile(m_file, "name: withinclude\n{% include 'part.yaml' %}\n"));
    openAndWait(m_file);
    QVERIFY(m_window->findChild<Models::DiagnosticsModel *>()->errorCount() >= 1);
    const auto where = m_window->document()->diagnostics().first().location;
    QCOMPARE(QFileInfo(where.file).fileName(), QStringLiteral("part.yaml"));
    const std::optional<QString> included = m_window->document()->sourceText(part);
    QVERIFY(included);
    QCOMPARE(*included, QStringLiteral("services:\n  web: {{ broken\n"));
    m_window->fileViewer()->showDiagnostic(0);
    Gui::YamlViewDialog *view = m_window->fileViewer()->dialog();
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->editor()->toPlainText(), *included);
    QCOMPARE(view->markedLine(), where.line);
}

void tst_MainWindow::exportsGraph_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << "graph.png" << QByteArray("\x89PNG");
    QTest::newRow("svg") << "graph.svg" << QByteArray("<?xml");
}

void tst_MainWindow::exportsGraph()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    openAndWait(m_file);
    auto *view = m_window->findChild<Gui::GraphView *>(QStringLiteral("graphView"));
    QVERIFY(view);
    const QString target = m_dir.filePath(name);
    const Core::VoidResult written = view->exportTo(target);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith(magic));
    if (name.endsWith(QStringLiteral(".svg")))
        QVERIFY(content.contains("redis"));
    const Core::VoidResult bad
        = view->exportTo(m_dir.filePath(QStringLiteral("missing/dir/") + name));
    QVERIFY(!bad.ok());
}

void tst_MainWindow::dropOpensFile()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_file)});
    QSignalSpy loaded(m_window->document(), &Document::EnvironmentDocument::loadFinished);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->document()->fileName(), QFileInfo(m_file).absoluteFilePath());
    QCOMPARE(treeModel()->rowCount(), 1);

    // Something that is not a local file is refused.
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.org/maestro.yaml"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &remote, Qt::LeftButton,
                            Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window, &refused);
    QVERIFY(!refused.isAccepted());
}

void tst_MainWindow::recentFiles()
{
    const QString other = m_dir.filePath(QStringLiteral("other.yaml"));
    QVERIFY(writeFile(other, quickstart()));
    openAndWait(m_file);
    openAndWait(other);
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(menu && menu->isEnabled());
    QStringList entries;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            entries << action->text();
    }
    QVERIFY2(entries.size() >= 3, qPrintable(entries.join(u'|'))); // two files and "Clear"
    QVERIFY(entries.at(0).endsWith(QStringLiteral("other.yaml")));
    QVERIFY(entries.at(1).endsWith(QStringLiteral("maestro.yaml")));

    // A new window (a new session) remembers them.
    Gui::MainWindow second(&m_pool, m_connections);
    auto *secondMenu = second.findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(secondMenu->actions().first()->text().endsWith(QStringLiteral("other.yaml")));
}

// File > New as a user meets it: the dialog offers the Docker context of $DOCKER_CONFIG, the
// file is written and opened, and its one ship is that context's daemon.
void tst_MainWindow::newEnvironmentFromADockerContext()
{
    QTemporaryDir config;
    const QString id = QStringLiteral("0123abcd");
    QVERIFY(QDir(config.path()).mkpath(QStringLiteral("contexts/meta/") + id));
    const QByteArray meta = "{\"Name\": \"lab\", \"Endpoints\": "
                            "{\"docker\": {\"Host\": \"tcp://192.0.2.10:2375\"}}}";
    QVERIFY(writeFile(config.filePath(QStringLiteral("contexts/meta/%1/meta.json").arg(id)), meta));
    qputenv("DOCKER_CONFIG", config.path().toUtf8());
    qunsetenv("DOCKER_HOST");
    const QString created = m_dir.filePath(QStringLiteral("new/maestro.yaml"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("new")));

    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<Gui::NewEnvironmentDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const int lab = dialog->daemonChoice()->findText(QStringLiteral("lab"), Qt::MatchContains);
        if (lab < 0) {
            dialog->reject();
            return;
        }
        dialog->daemonChoice()->setCurrentIndex(lab);
        dialog->fileEdit()->setText(created);
        filled = true;
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    });
    QSignalSpy loaded(m_window->document(), &Document::EnvironmentDocument::loadFinished);
    action("actionNew")->trigger();
    qunsetenv("DOCKER_CONFIG");
    QVERIFY(filled);
    QCOMPARE(m_window->document()->fileName(), created);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QVERIFY(loaded.last().first().toBool());
    const Core::EnvironmentPtr environment = m_window->document()->environment();
    QVERIFY(environment);
    QCOMPARE(environment->ships.size(), 1);
    QCOMPARE(environment->ships.at(0).name, QStringLiteral("lab"));
    QCOMPARE(action("actionNew")->shortcut(), QKeySequence(QKeySequence::New));
}

void tst_MainWindow::clearingTheFilterExpandsGroupsAsBefore()
{
    openAndWait(m_file);
    action("actionGroupByService")->setChecked(true);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QAbstractItemModel *proxy = tree->model();
    QVERIFY(proxy->rowCount() >= 2);
    tree->expandAll();
    // The user collapses web's group, then filters for web-1: the other groups go, web's
    // opens to show the match.
    const QModelIndex webGroup
        = qobject_cast<QSortFilterProxyModel *>(proxy)
              ->mapFromSource(treeModel()->indexForInstance(QStringLiteral("web-1")))
              .parent();
    const QString collapsed = webGroup.data().toString();
    tree->collapse(webGroup);
    filter->setText(QStringLiteral("web-1"));
    QCOMPARE(proxy->rowCount(), 1);
    QVERIFY(tree->isExpanded(proxy->index(0, 0)));
    filter->clear();
    // Every group is back, expanded as before the filter: all but the collapsed one (the
    // proxy brings the others back collapsed; web's was opened by the filter).
    QVERIFY(proxy->rowCount() >= 2);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex group = proxy->index(row, 0);
        QCOMPARE(tree->isExpanded(group), group.data().toString() != collapsed);
    }
    action("actionGroupByService")->setChecked(false); // a setting the next test would inherit
}

void tst_MainWindow::treeFocusAndShiftF10()
{
    openAndWait(m_file);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    tree->setCurrentIndex({});
    tree->clearSelection();
    // Tabbing into the tree gives it a current row (not a selection), shown on the whole row.
    tree->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(tree->hasFocus());
    QVERIFY(tree->currentIndex().isValid());
    QVERIFY(tree->selectionModel()->selectedIndexes().isEmpty());
    QVERIFY(tree->allColumnsShowFocus());

    // Shift+F10 opens the same menu as the Menu key (and a right click).
    const QModelIndex web = treeModel()->indexForInstance(QStringLiteral("web-1"));
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    tree->setCurrentIndex(proxy->mapFromSource(web));
    const QList<QAction *> actions
        = contextMenuActions([&] { QTest::keyClick(tree, Qt::Key_F10, Qt::ShiftModifier); });
    QCOMPARE(runEntries(actions), runActions());
    QVERIFY(actions.size() > runActions().size()); // and web-1's own entries
}

// Tab walks only through what can be seen: not into a dock that lies behind another dock's
// tab (Diagnostics, Logs and Run share one place; Details and Ships another).
void tst_MainWindow::tabSkipsDocksBehindOtherTabs()
{
    openAndWait(m_file);
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 5);
    // Behind: tabified with others and not the one whose tab is current.
    const auto behind = [this](const QDockWidget *dock) {
        if (m_window->tabifiedDockWidgets(const_cast<QDockWidget *>(dock)).isEmpty())
            return false;
        return dock->visibleRegion().isEmpty() || !dock->widget()->isVisible()
               || dock->widget()->visibleRegion().isEmpty();
    };
    int behindCount = 0;
    for (const QDockWidget *dock : docks)
        behindCount += behind(dock) ? 1 : 0;
    QVERIFY2(behindCount >= 2, qPrintable(QString::number(behindCount)));

    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    tree->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(tree->hasFocus());
    QSet<QWidget *> visited;
    for (int i = 0; i < 80; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        for (QWidget *w = focus; w; w = w->parentWidget()) {
            if (auto *dock = qobject_cast<QDockWidget *>(w)) {
                QVERIFY2(!behind(dock),
                         qPrintable(QStringLiteral("Tab reached %1 in %2")
                                        .arg(focus->objectName(), dock->windowTitle())));
            }
        }
        visited.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QVERIFY(visited.size() > 3);
}

// An instance's context menu copies its container's ID and a shell command for it, and opens
// its published ports in the browser.
void tst_MainWindow::instanceEntriesInTheTreeMenu()
{
    openAndWait(m_file);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    const Core::Environment &environment = *treeModel()->environment();
    const Core::Instance *web = environment.instance(QStringLiteral("web-1"));
    QVERIFY(web);
    const Core::Ship *ship = environment.ship(web->ship);
    QVERIFY(ship && !ship->socketPath.isEmpty());
    // What the live state would know of its container.
    Models::InstanceState running;
    running.status = Models::InstanceState::Status::Running;
    running.containerId = QStringLiteral("3f2a9c1b0d4e");
    treeModel()->applySnapshot({{QStringLiteral("web-1"), running}});

    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
    const QModelIndex row = proxy->mapFromSource(treeModel()->indexForInstance(web->name));
    tree->scrollTo(row);
    const QPoint at = tree->visualRect(row).center();
    // Chooses the entry named `objectName` from the tree's menu on web-1; its text.
    const auto choose = [&](const QString &objectName, int nth = 0) {
        QString text;
        QTimer::singleShot(0, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QList<QAction *> found;
            for (QAction *action : menu->actions()) {
                if (action->objectName() == objectName)
                    found.append(action);
            }
            if (nth < found.size()) {
                text = found.at(nth)->text();
                menu->setActiveAction(found.at(nth));
                QTest::keyClick(menu, Qt::Key_Return);
            }
            if (menu->isVisible())
                menu->close();
        });
        QTest::mouseClick(tree->viewport(), Qt::RightButton, {}, at);
        return text;
    };

    QGuiApplication::clipboard()->clear();
    QVERIFY(!choose(QStringLiteral("copyContainerIdAction")).isEmpty());
    QCOMPARE(QGuiApplication::clipboard()->text(), running.containerId);
    QVERIFY(!choose(QStringLiteral("copyShellCommandAction")).isEmpty());
    QCOMPARE(
        QGuiApplication::clipboard()->text(),
        QStringLiteral("DOCKER_HOST=unix://%1 docker exec -it web-1 sh").arg(ship->socketPath));
    // The quickstart publishes web's 8080 on 127.0.0.1:18080.
    QCOMPARE(choose(QStringLiteral("openPublishedPortAction")),
             QStringLiteral("Open http://127.0.0.1:18080/"));
    QCOMPARE(m_openedUrls, QList<QUrl>{QUrl(QStringLiteral("http://127.0.0.1:18080/"))});
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

// The Edit dock shows the form of what the tree selects, from the document's last load, with
// its provenance; a reload shows the new values.
void tst_MainWindow::editDockFollowsTheWindow()
{
    openAndWait(m_file);
    Gui::EditDock *dock = m_window->editDock();
    QVERIFY(dock);
    m_window->selection()->selectInstance(QStringLiteral("web-1"));
    QCOMPARE(dock->currentForm(), dock->instanceForm());
    auto *image = qobject_cast<QLineEdit *>(
        dock->instanceForm()->scalarField(QStringLiteral("image"))->editor());
    QCOMPARE(image->placeholderText(), QStringLiteral("maestro-quickstart/web:1"));

    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
    tree->setCurrentIndex(tree->model()->index(0, 0)); // the ship
    QCOMPARE(dock->currentForm(), dock->shipForm());
    // socket_path comes from `{{ env.MAESTRO_DOCKER_SOCKET | default(...) }}`.
    Gui::ScalarField *socket = dock->shipForm()->scalarField(QStringLiteral("socket_path"));
    QTRY_VERIFY(socket->badgeLabel()->text().contains(QStringLiteral("environment lookup")));
    QVERIFY(qobject_cast<QLineEdit *>(socket->editor())->isReadOnly());

    // A service picked in the graph shows its own form, although the tree (grouped by ship)
    // makes its first instance current.
    auto *scene = m_window->findChild<Gui::DependencyGraphScene *>();
    auto *graph = m_window->findChild<Gui::GraphView *>();
    QTRY_VERIFY(scene->node(QStringLiteral("web")) && !scene->isLayoutPending());
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {},
                      graph->mapFromScene(scene->node(QStringLiteral("web"))->scenePos()));
    QCOMPARE(dock->currentForm(), dock->serviceForm());
    QCOMPARE(qobject_cast<QLineEdit *>(
                 dock->serviceForm()->scalarField(QStringLiteral("image"))->editor())
                 ->text(),
             QStringLiteral("maestro-quickstart/web:1"));

    m_window->selection()->selectInstance(QStringLiteral("web-1"));
    QByteArray text = quickstart();
    text.replace("external: [127.0.0.1, 18080]", "external: [127.0.0.1, 18081]");
    QVERIFY(writeFile(m_file, text));
    QAbstractItemModel *ports = dock->instanceForm()->tableField(QStringLiteral("ports"))->model();
    QTRY_COMPARE_WITH_TIMEOUT(ports->index(0, 2).data().toString(), QStringLiteral("18081"), 10000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
