// SPDX-License-Identifier: GPL-3.0-or-later
// Editing dependencies in the graph, offscreen, with the mouse and the keyboard as a user
// would: a drag from one service's node onto another adds `requires` (Shift: `wants_info`),
// a drop on the background or on the node itself adds nothing, a dependency already there
// and a cycle are refused before any edit, and a selected edge is removed with Delete or its
// context menu. The file's bytes are compared after saving, and undo restores the original.

#include "document/environmentdocument.h"
#include "gui/document/documentactions.h"
#include "gui/document/reviewchangesdialog.h"
#include "gui/graph/dependencyedgeitem.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/graph/edgedrawing.h"
#include "gui/graph/edgeediting.h"
#include "gui/graph/graphview.h"
#include "gui/graph/servicenodeitem.h"
#include "gui/livestate.h"
#include "gui/mainwindow.h"
#include "orchestration/ships/shipconnections.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace Maestro;
using Document::EnvironmentDocument;
using Kind = Core::DependencyGraph::EdgeKind;

namespace {
const QByteArray kEnvironment = "# graph editing\n"
                                "name: graph\n"
                                "ships:\n"
                                "  local: {ip: 127.0.0.1}\n"
                                "services:\n"
                                "  db:\n"
                                "    image: postgres   # the database\n"
                                "    instances:\n"
                                "      db-1: {ship: local}\n"
                                "  cache:\n"
                                "    image: redis\n"
                                "    instances:\n"
                                "      cache-1: {ship: local}\n"
                                "  web:\n"
                                "    image: nginx\n"
                                "    requires: [db]   # first\n"
                                "    instances:\n"
                                "      web-1: {ship: local}\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(content) == content.size();
}

QByteArray replaced(QByteArray text, const QByteArray &before, const QByteArray &after)
{
    return text.replace(before, after);
}
} // namespace

class tst_GraphEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragAddsRequires();
    void shiftDragAddsWantsInfo();
    void dropOnBackgroundOrItselfAddsNothing();
    void aDependencyAlreadyThereIsNotAdded();
    void aCycleIsRefusedBeforeTheEdit();
    void deleteRemovesTheSelectedEdge();
    void contextMenuRemovesTheEdge();
    void volumesFromEdgesAreNotRemoved();
    void aGestureWaitsForTheEditBeforeIt();

private:
    EnvironmentDocument *document() const { return m_window->document(); }
    Gui::GraphView *view() const { return m_window->findChild<Gui::GraphView *>(); }
    Gui::DependencyGraphScene *scene() const
    {
        return qobject_cast<Gui::DependencyGraphScene *>(view()->scene());
    }
    Gui::EdgeEditing *editing() const { return m_window->findChild<Gui::EdgeEditing *>(); }
    // Waits until the graph shows the document's environment; false on a timeout.
    bool waitForGraph();
    QPoint pointOf(const QString &service) const;
    Gui::DependencyEdgeItem *edge(const QString &from, const QString &to) const;
    QPoint pointOf(const Gui::DependencyEdgeItem *edge) const;
    // Presses on `from`'s node, moves past the drag distance and on to `to`, where it releases
    // with `modifiers`.
    void drag(const QString &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {});
    // Waits for one applied edit and the load after it.
    bool waitForEdit(QSignalSpy &applied);
    void saveAndCompare(const QByteArray &expected);

    QThreadPool m_pool;
    Orchestration::ShipConnections m_connections;
    QTemporaryDir m_dir;
    QString m_file;
    Gui::MainWindow *m_window = nullptr;
};

void tst_GraphEditing::initTestCase()
{
    Tests::isolateSettings(QStringLiteral("tst_graphediting"));
    QVERIFY(m_dir.isValid());
}

void tst_GraphEditing::init()
{
    Gui::ReviewChangesDialog::setReviewBeforeSave(false);
    m_file = m_dir.filePath(QStringLiteral("maestro.yaml"));
    QVERIFY(writeFile(m_file, kEnvironment));
    m_window = new Gui::MainWindow(&m_pool, m_connections);
    m_window->document()->setReloadDelay(50);
    m_window->liveState()->setEnabled(false);
    m_window->resize(1400, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(view());
    QVERIFY(editing());
    m_window->openFile(m_file);
    QVERIFY(waitForGraph());
    view()->setFocus();
}

void tst_GraphEditing::cleanup()
{
    delete m_window; // no closeEvent: nothing asks
    m_window = nullptr;
}

bool tst_GraphEditing::waitForGraph()
{
    return QTest::qWaitFor([this] {
        return document()->environment() && !document()->isLoading()
               && !document()->isPlanningEdits() && !scene()->isLayoutPending()
               && scene()->environment() == document()->environment();
    });
}

QPoint tst_GraphEditing::pointOf(const QString &service) const
{
    const Gui::ServiceNodeItem *node = scene()->node(service);
    return node ? view()->mapFromScene(node->scenePos()) : QPoint();
}

Gui::DependencyEdgeItem *tst_GraphEditing::edge(const QString &from, const QString &to) const
{
    const Core::DependencyGraph &graph = scene()->environment()->dependencies();
    for (Gui::DependencyEdgeItem *item : scene()->edges()) {
        if (graph.serviceName(item->edge().from) == from
            && graph.serviceName(item->edge().to) == to)
            return item;
    }
    return nullptr;
}

QPoint tst_GraphEditing::pointOf(const Gui::DependencyEdgeItem *edge) const
{
    return view()->mapFromScene(edge->middle());
}

void tst_GraphEditing::drag(const QString &from, const QPoint &to, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = view()->viewport();
    const QPoint start = pointOf(from);
    QVERIFY(viewport->rect().contains(start));
    QVERIFY(viewport->rect().contains(to));
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    const QPoint step = start + QPoint(QApplication::startDragDistance() + 2, 0);
    QTest::mouseMove(viewport, step);
    QVERIFY(editing()->drawing()->isDrawing());
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
    QVERIFY(!editing()->drawing()->isDrawing());
}

bool tst_GraphEditing::waitForEdit(QSignalSpy &applied)
{
    return QTest::qWaitFor([&] { return applied.count() == 1; }) && waitForGraph();
}

void tst_GraphEditing::saveAndCompare(const QByteArray &expected)
{
    QCOMPARE(document()->text().toUtf8(), expected);
    QVERIFY(m_window->documentActions()->save());
    QCOMPARE(readFile(m_file), expected);
    // Undo is one step and restores the original bytes.
    m_window->documentActions()->undoAction()->trigger();
    QCOMPARE(document()->text().toUtf8(), kEnvironment);
    QVERIFY(!document()->canUndo());
}

void tst_GraphEditing::dragAddsRequires()
{
    QSignalSpy applied(document(), &EnvironmentDocument::editApplied);
    // While drawing, the node under the pointer is marked; the start node never is.
    QWidget *viewport = view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, pointOf(QStringLiteral("web")));
    QTest::mouseMove(viewport, pointOf(QStringLiteral("web")) + QPoint(20, 0));
    QVERIFY(editing()->drawing()->isDrawing());
    QVERIFY(!scene()->node(QStringLiteral("web"))->isDropTarget());
    QTest::mouseMove(viewport, pointOf(QStringLiteral("cache")));
    QVERIFY(scene()->node(QStringLiteral("cache"))->isDropTarget());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pointOf(QStringLiteral("cache")));
    QVERIFY(!scene()->node(QStringLiteral("cache"))->isDropTarget());
    QVERIFY(waitForEdit(applied));
    QVERIFY(scene()->environment()->service(QStringLiteral("web"))->requiredServices.size() == 2);
    saveAndCompare(
        replaced(kEnvironment, "requires: [db]   # first", "requires: [db, cache]   # first"));
}

void tst_GraphEditing::shiftDragAddsWantsInfo()
{
    QSignalSpy applied(document(), &EnvironmentDocument::editApplied);
    drag(QStringLiteral("cache"), pointOf(QStringLiteral("db")), Qt::ShiftModifier);
    QVERIFY(waitForEdit(applied));
    QVERIFY(edge(QStringLiteral("cache"), QStringLiteral("db")));
    QCOMPARE(edge(QStringLiteral("cache"), QStringLiteral("db"))->edge().kind, Kind::WantsInfo);
    // The new key ends the block mapping, as a block list like its siblings.
    saveAndCompare(replaced(kEnvironment, "      cache-1: {ship: local}\n",
                            "      cache-1: {ship: local}\n"
                            "    wants_info:\n"
                            "      - db\n"));
}

void tst_GraphEditing::dropOnBackgroundOrItselfAddsNothing()
{
    QSignalSpy applied(document(), &EnvironmentDocument::editApplied);
    QSignalSpy refused(editing(), &Gui::EdgeEditing::refused);
    QSignalSpy drawn(editing()->drawing(), &Gui::EdgeDrawing::dependencyDrawn);
    // The background: a corner of the scene, away from every node and edge.
    const QPoint background = view()->mapFromScene(scene()->sceneRect().topLeft() + QPointF(3, 3));
    QVERIFY(view()->items(background).isEmpty());
    drag(QStringLiteral("web"), background);
    drag(QStringLiteral("web"), pointOf(QStringLiteral("web")) + QPoint(1, 1));
    // Escape ends a drawing too.
    QWidget *viewport = view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, pointOf(QStringLiteral("web")));
    QTest::mouseMove(viewport, pointOf(QStringLiteral("cache")));
    QVERIFY(editing()->drawing()->isDrawing());
    QTest::keyClick(view(), Qt::Key_Escape);
    QVERIFY(!editing()->drawing()->isDrawing());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pointOf(QStringLiteral("cache")));
    QCOMPARE(drawn.count(), 0);
    // The positive control: the same gesture onto a node does draw.
    drag(QStringLiteral("web"), pointOf(QStringLiteral("cache")));
    QCOMPARE(drawn.count(), 1);
    QVERIFY(waitForEdit(applied));
    QCOMPARE(refused.count(), 0);
}

void tst_GraphEditing::aDependencyAlreadyThereIsNotAdded()
{
    QSignalSpy applied(document(), &EnvironmentDocument::editApplied);
    QSignalSpy refused(editing(), &Gui::EdgeEditing::refused);
    drag(QStringLiteral("web"), pointOf(QStringLiteral("db")));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<Core::Error>().message,
             QStringLiteral("web already lists db in requires"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(
        QStringLiteral("web already lists db in requires")));
    QCOMPARE(applied.count(), 0);
    QVERIFY(!document()->isPlanningEdits());
    QCOMPARE(document()->text().toUtf8(), kEnvironment);
    QVERIFY(!document()->canUndo());
}

void tst_GraphEditing::aCycleIsRefusedBeforeTheEdit()
{
    QSignalSpy applied(document(), &EnvironmentDocument::editApplied);
    QSignalSpy refused(editing(), &Gui::EdgeEditing::refused);
    drag(QStringLiteral("db"), pointOf(QStringLiteral("web")));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).value<Core::Error>().message,
             QStringLiteral("db -> web -> db would be a cycle"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(
        QStringLiteral("db -> web -> db would be a cycle")));
    // Refused before any edit: nothing was even planned.
    QVERIFY(!document()->isPlanningEdits());
    QCOMPARE(applied.count(), 0);
    QCOMPARE(document()->text().toUtf8(), kEnvironment);
    QVERIFY(!document()->isModified());
}

void tst_GraphEditing::deleteRemovesTheSelectedEdge()
{
    Gui::DependencyEdgeItem *webDb = edge(QStringLiteral("web"), QStringLiteral("db"));
    QVERIFY(webDb);
    QVERIFY(!editing()->removeAction()->isEnabled());
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, pointOf(webDb));
    QVERIFY(webDb->isSelected());
    QCOMPARE(view()->selectedEdge(), webDb);
    QVERIFY(editing()->removeAction()->isEnabled());
    // A window action with Delete as its shortcut (deleting in the tree, say) does not take
    // the key from the graph while an edge is selected.
    QAction windowDelete(m_window);
    windowDelete.setShortcut(QKeySequence::Delete);
    m_window->addAction(&windowDelete);
    QSignalSpy stolen(&windowDelete, &QAction::triggered);
    QVERIFY(view()->hasFocus());
    QSignalSpy applied(document(), &EnvironmentDocument::editApplied);
    QTest::keyClick(view(), Qt::Key_Delete);
    QCOMPARE(stolen.count(), 0);
    QVERIFY(waitForEdit(applied));
    QVERIFY(!edge(QStringLiteral("web"), QStringLiteral("db")));
    // The only item: the key goes with it.
    saveAndCompare(replaced(kEnvironment, "    requires: [db]   # first\n", ""));
}

void tst_GraphEditing::contextMenuRemovesTheEdge()
{
    Gui::DependencyEdgeItem *webDb = edge(QStringLiteral("web"), QStringLiteral("db"));
    QVERIFY(webDb);
    // Answers the menu from inside its exec(): "Remove Dependency", found by its name.
    bool shown = false;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        answer.stop();
        shown = true;
        auto *remove = menu->findChild<QAction *>(QStringLiteral("removeDependencyAction"));
        if (!remove)
            remove = editing()->removeAction();
        QVERIFY(menu->actions().contains(remove));
        QVERIFY(remove->isEnabled());
        QCOMPARE(remove->text(), QStringLiteral("Remove Dependency"));
        menu->close();
        remove->trigger();
    });
    answer.start();
    QSignalSpy applied(document(), &EnvironmentDocument::editApplied);
    const QPoint at = pointOf(webDb);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view()->viewport(), &event);
    QVERIFY(shown);
    QVERIFY(waitForEdit(applied));
    saveAndCompare(replaced(kEnvironment, "    requires: [db]   # first\n", ""));
}

void tst_GraphEditing::volumesFromEdgesAreNotRemoved()
{
    // web-1 takes db-1's volumes: a volumes_from edge, which is written on the instance.
    QSignalSpy loaded(document(), &EnvironmentDocument::loadFinished);
    QVERIFY(writeFile(m_file, replaced(kEnvironment, "      web-1: {ship: local}",
                                       "      web-1: {ship: local, volumes_from: db-1}")));
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }));
    QVERIFY(waitForGraph());
    Gui::DependencyEdgeItem *volumes = nullptr;
    for (Gui::DependencyEdgeItem *item : scene()->edges()) {
        if (item->edge().kind == Kind::VolumesFrom)
            volumes = item;
    }
    QVERIFY(volumes);
    scene()->clearSelection();
    volumes->setSelected(true);
    QCOMPARE(view()->selectedEdge(), volumes);
    QVERIFY(!editing()->removeAction()->isEnabled());
    QSignalSpy planned(document(), &EnvironmentDocument::editApplied);
    QTest::keyClick(view(), Qt::Key_Delete);
    QVERIFY(!document()->isPlanningEdits());
    QCOMPARE(planned.count(), 0);
}

void tst_GraphEditing::aGestureWaitsForTheEditBeforeIt()
{
    // Two drags onto a service without `requires`: the second, made while the first is still
    // planned, must see the list the first one wrote, not set a list of its own over it.
    QSignalSpy applied(document(), &EnvironmentDocument::editApplied);
    drag(QStringLiteral("cache"), pointOf(QStringLiteral("db")));
    QVERIFY(document()->isPlanningEdits());
    drag(QStringLiteral("cache"), pointOf(QStringLiteral("web")));
    QVERIFY(QTest::qWaitFor([&] { return applied.count() == 2; }));
    QVERIFY(waitForGraph());
    QCOMPARE(document()->text().toUtf8(), replaced(kEnvironment, "      cache-1: {ship: local}\n",
                                                   "      cache-1: {ship: local}\n"
                                                   "    requires:\n"
                                                   "      - db\n"
                                                   "      - web\n"));
    // Two steps: undone one by one back to the original bytes.
    document()->undo();
    document()->undo();
    QCOMPARE(document()->text().toUtf8(), kEnvironment);
}

QTEST_MAIN(tst_GraphEditing)
#include "tst_graphediting.moc"
