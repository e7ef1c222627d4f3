// SPDX-License-Identifier: GPL-3.0-or-later
// Structure editing in the window, offscreen: Add Ship, Add Service, Add Instance (names
// checked before the edit), Duplicate Instance (next free name and host ports), Rename with
// its preview of the references, Delete with its list of dependents, and dragging an instance
// to another ship in the tree. Each action changes exactly the expected bytes of a file with
// comments, and one Undo restores the original bytes.

#include "document/environmentdocument.h"
#include "gui/livestate.h"
#include "gui/mainwindow.h"
#include "gui/structure/adddialog.h"
#include "gui/structure/instancedragmove.h"
#include "gui/structure/instanceduplicate.h"
#include "gui/structure/renamedialog.h"
#include "gui/structure/structureactions.h"
#include "gui/structure/structurenames.h"
#include "modaldialog.h"
#include "models/environmenttreemodel.h"
#include "orchestration/ships/shipconnections.h"
#include "testsettings.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDrag>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>
#include <QWindow>

using namespace Maestro;
using Document::EnvironmentDocument;
using Gui::StructureTarget;
using Models::EnvironmentTreeModel;

namespace {
// Comments, flow and block mappings, a service-level port and references of every kind
// a rename fixes or a delete lists.
const QString kFixture = QStringLiteral(R"(# structure editing
name: demo
ships:
  alpha: {ip: 10.0.0.1}   # the first ship
  beta:
    ip: 10.0.0.2   # the second
services:
  db:
    image: postgres   # pinned later
    ports:
      pg: 5432
    instances:
      db-1:
        ship: alpha   # on alpha
  web:
    image: nginx
    requires: [db]   # needs the database
    instances:
      web-1:
        ship: alpha
        ports:
          http: 8080
          admin: {exposed: 9000, external: [127.0.0.1, 19000]}
        volumes_from: db-1   # its data
      web-2:
        ship: alpha
        ports:
          http: "8080:8081"   # exposed:external
          admin: {exposed: 9000, external: [127.0.0.1, 19001]}
        links: {db-1: database}
)");

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `text` with `before` replaced by `after`, which must occur exactly once.
QString replaced(const QString &text, const QString &before, const QString &after)
{
    if (text.count(before) != 1)
        qWarning() << "not exactly once:" << before;
    QString result = text;
    return result.replace(before, after);
}
} // namespace

class tst_StructureEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void targetFromText_data();
    void targetFromText();
    void nextFreeName_data();
    void nextFreeName();
    void addShip();
    void addService();
    void addInstanceToTheSelectedService();
    void namesAreCheckedBeforeTheEdit_data();
    void namesAreCheckedBeforeTheEdit();
    void duplicatePicksFreeNameAndPorts();
    void duplicateMovesInheritedPorts();
    void renamePreviewListsTheReferences();
    void renameRefusesATakenName();
    void renamePreviewOfAShip();
    void deleteListsDependentsAndRefuses_data();
    void deleteListsDependentsAndRefuses();
    void deleteWithoutDependents();
    void dragMovesTheShip();
    void mouseDragMovesTheShip();
    void actionsHaveNamesAndFollowTheSelection();

private:
    void select(const QString &instance);
    void selectGroup(const QString &group);
    void waitForEdit(const std::function<void()> &trigger);
    void expectUndoRestores();
    EnvironmentDocument *document() const { return m_window->document(); }
    Gui::StructureActions *structure() const { return m_window->structureActions(); }
    QTreeView *tree() const;

    QThreadPool m_pool;
    Orchestration::ShipConnections m_connections;
    QTemporaryDir m_dir;
    QString m_file;
    Gui::MainWindow *m_window = nullptr;
};

void tst_StructureEdit::initTestCase()
{
    Tests::isolateSettings(QStringLiteral("tst_structureedit"));
    QVERIFY(m_dir.isValid());
}

void tst_StructureEdit::init()
{
    m_file = m_dir.filePath(QStringLiteral("maestro.yaml"));
    QVERIFY(writeFile(m_file, kFixture.toUtf8()));
    m_window = new Gui::MainWindow(&m_pool, m_connections);
    m_window->liveState()->setEnabled(false);
    m_window->show();
    // Under Xvfb (the mouse drag) there is no window manager to make the window active.
    if (QGuiApplication::platformName() == u"offscreen"_qs)
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    else
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy loaded(document(), &EnvironmentDocument::loadFinished);
    m_window->openFile(m_file);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY2(document()->lastLoad().environment, "the fixture loads without errors");
}

void tst_StructureEdit::cleanup()
{
    delete m_window; // no closeEvent: nothing asks
    m_window = nullptr;
}

QTreeView *tst_StructureEdit::tree() const
{
    return m_window->findChild<QTreeView *>(QStringLiteral("environmentView"));
}

void tst_StructureEdit::select(const QString &instance)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree()->model());
    auto *model = qobject_cast<EnvironmentTreeModel *>(proxy->sourceModel());
    tree()->setCurrentIndex(proxy->mapFromSource(model->indexForInstance(instance)));
    QCOMPARE(structure()->current(), (StructureTarget{StructureTarget::Kind::Instance, instance}));
}

void tst_StructureEdit::selectGroup(const QString &group)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree()->model());
    auto *model = qobject_cast<EnvironmentTreeModel *>(proxy->sourceModel());
    tree()->setCurrentIndex(proxy->mapFromSource(model->indexForGroup(group)));
    QCOMPARE(structure()->current().name, group);
}

void tst_StructureEdit::waitForEdit(const std::function<void()> &trigger)
{
    QSignalSpy applied(document(), &EnvironmentDocument::editApplied);
    QSignalSpy refused(document(), &EnvironmentDocument::editRefused);
    QSignalSpy loaded(document(), &EnvironmentDocument::loadFinished);
    trigger();
    QTRY_VERIFY(applied.count() + refused.count() > 0);
    QVERIFY2(refused.isEmpty(),
             qPrintable(refused.isEmpty()
                            ? QString()
                            : refused.first().first().value<Core::Error>().toString()));
    QCOMPARE(applied.count(), 1);
    QTRY_VERIFY(!loaded.isEmpty() && !document()->isLoading());
}

void tst_StructureEdit::expectUndoRestores()
{
    QVERIFY(document()->canUndo());
    document()->undo();
    QCOMPARE(document()->text(), kFixture);
    QVERIFY(!document()->canUndo()); // the action was one step
}

void tst_StructureEdit::targetFromText_data()
{
    // maestro-desktop's --rename-preview names its target so.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("ship") << u"ship:alpha"_qs << int(StructureTarget::Kind::Ship) << u"alpha"_qs;
    QTest::newRow("service") << u"service:redis"_qs << int(StructureTarget::Kind::Service)
                             << u"redis"_qs;
    QTest::newRow("instance") << u"instance:web-1"_qs << int(StructureTarget::Kind::Instance)
                              << u"web-1"_qs;
    QTest::newRow("unknown kind") << u"graph:x"_qs << int(StructureTarget::Kind::None) << QString();
    QTest::newRow("no kind") << u"redis"_qs << int(StructureTarget::Kind::None) << QString();
}

void tst_StructureEdit::targetFromText()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, name);
    const StructureTarget target = StructureTarget::fromText(text);
    QCOMPARE(int(target.kind), kind);
    QCOMPARE(target.name, name);
    QCOMPARE(target.isValid(), kind != int(StructureTarget::Kind::None));
}

void tst_StructureEdit::nextFreeName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("numbered") << u"web-2"_qs << QStringList{u"web-1"_qs, u"web-2"_qs}
                              << u"web-3"_qs;
    QTest::newRow("skips taken") << u"web-2"_qs << QStringList{u"web-2"_qs, u"web-3"_qs}
                                 << u"web-4"_qs;
    QTest::newRow("unnumbered") << u"db"_qs << QStringList{u"db"_qs} << u"db-2"_qs;
    QTest::newRow("inner dash") << u"my-db"_qs << QStringList{u"my-db"_qs} << u"my-db-2"_qs;
}

void tst_StructureEdit::nextFreeName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(Gui::StructureNames::nextFree(name, taken), expected);
}

void tst_StructureEdit::addShip()
{
    selectGroup(u"beta"_qs);
    const auto appeared = whenModal<Gui::AddDialog>(this, [](Gui::AddDialog *dialog) {
        dialog->nameEdit()->setText(u"gamma"_qs);
        dialog->detailEdit()->setText(u"10.0.0.3"_qs);
        dialog->accept();
    });
    waitForEdit([this] { structure()->addShipAction()->trigger(); });
    QVERIFY(*appeared);
    QCOMPARE(document()->text(), replaced(kFixture, u"    ip: 10.0.0.2   # the second\n"_qs,
                                          u"    ip: 10.0.0.2   # the second\n"
                                          "  gamma:\n    ip: 10.0.0.3\n"_qs));
    QVERIFY(document()->environment()->ship(u"gamma"_qs));
    // The file as saved holds exactly those bytes.
    QVERIFY(document()->save());
    QCOMPARE(readFile(m_file), document()->text().toUtf8());
    expectUndoRestores();
}

void tst_StructureEdit::addService()
{
    const auto appeared = whenModal<Gui::AddDialog>(this, [](Gui::AddDialog *dialog) {
        dialog->nameEdit()->setText(u"cache"_qs);
        dialog->detailEdit()->setText(u"redis:7"_qs);
        dialog->accept();
    });
    waitForEdit([this] { structure()->addServiceAction()->trigger(); });
    QVERIFY(*appeared);
    QCOMPARE(document()->text(),
             kFixture + u"  cache:\n    image: redis:7\n    instances: {}\n"_qs);

    // Its first instance goes into the empty flow mapping.
    const Core::LoadResult &load = document()->lastLoad();
    Gui::AddDialog dialog(StructureTarget::Kind::Instance, load.document, *load.environment,
                          u"cache"_qs, u"beta"_qs);
    dialog.nameEdit()->setText(u"cache-1"_qs);
    QVERIFY(dialog.problem().isEmpty());
    waitForEdit([&] { document()->applyEdit(dialog.request()); });
    QCOMPARE(document()->text(),
             kFixture
                 + u"  cache:\n    image: redis:7\n    instances: {cache-1: {ship: beta}}\n"_qs);
    document()->undo();
    expectUndoRestores();
}

void tst_StructureEdit::addInstanceToTheSelectedService()
{
    select(u"db-1"_qs);
    QString preselected;
    const auto appeared = whenModal<Gui::AddDialog>(this, [&](Gui::AddDialog *dialog) {
        preselected = dialog->serviceBox()->currentText();
        dialog->nameEdit()->setText(u"db-replica"_qs);
        dialog->shipBox()->setCurrentText(u"beta"_qs);
        dialog->accept();
    });
    waitForEdit([this] { structure()->addInstanceAction()->trigger(); });
    QVERIFY(*appeared);
    QCOMPARE(preselected, u"db"_qs);
    QCOMPARE(document()->text(), replaced(kFixture, u"        ship: alpha   # on alpha\n"_qs,
                                          u"        ship: alpha   # on alpha\n"
                                          "      db-replica:\n        ship: beta\n"_qs));
    expectUndoRestores();
}

void tst_StructureEdit::namesAreCheckedBeforeTheEdit_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    const int ship = int(StructureTarget::Kind::Ship);
    const int service = int(StructureTarget::Kind::Service);
    const int instance = int(StructureTarget::Kind::Instance);
    QTest::newRow("free instance") << instance << u"web-3"_qs << true;
    QTest::newRow("instance taken in another service") << instance << u"db-1"_qs << false;
    QTest::newRow("empty") << instance << QString() << false;
    QTest::newRow("space") << instance << u"web 3"_qs << false;
    QTest::newRow("leading dash") << instance << u"-web"_qs << false;
    QTest::newRow("colon") << service << u"a:b"_qs << false;
    QTest::newRow("service taken") << service << u"web"_qs << false;
    QTest::newRow("service named like an instance") << service << u"web-1"_qs << true;
    QTest::newRow("ship taken") << ship << u"alpha"_qs << false;
    QTest::newRow("free ship") << ship << u"gamma.lan"_qs << true;
}

void tst_StructureEdit::namesAreCheckedBeforeTheEdit()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    const Core::LoadResult &load = document()->lastLoad();
    Gui::AddDialog dialog(StructureTarget::Kind(kind), load.document, *load.environment, u"web"_qs,
                          u"alpha"_qs);
    if (dialog.detailEdit())
        dialog.detailEdit()->setText(u"x"_qs);
    dialog.nameEdit()->setText(name);
    QCOMPARE(dialog.problem().isEmpty(), accepted);
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), accepted);
}

void tst_StructureEdit::duplicatePicksFreeNameAndPorts()
{
    // web-3 is the next name; alpha's instances publish 8080, 8081, 19000 and 19001: the
    // copy's 8081 and 19001 move to 8082 and 19002. The engine writes the entry in block style.
    select(u"web-2"_qs);
    tree()->setFocus();
    waitForEdit([this] { QTest::keyClick(tree(), Qt::Key_D, Qt::ControlModifier); });
    QCOMPARE(document()->text(), kFixture
                                     + u"      web-3:\n"
                                       "        ship: alpha\n"
                                       "        ports:\n"
                                       "          http: \"8080:8082\"\n"
                                       "          admin:\n"
                                       "            exposed: 9000\n"
                                       "            external:\n"
                                       "              - 127.0.0.1\n"
                                       "              - 19002\n"
                                       "        links:\n"
                                       "          db-1: database\n"_qs);
    QTRY_COMPARE(structure()->current().name, u"web-3"_qs); // the copy is selected
    expectUndoRestores();
}

void tst_StructureEdit::duplicateMovesInheritedPorts()
{
    // db's port is its service's: the copy gets its own, on the next free host port.
    const Core::LoadResult &load = document()->lastLoad();
    const auto copy = Gui::InstanceDuplicate::of(load.document, *load.environment, u"db-1"_qs);
    QVERIFY(copy);
    QCOMPARE(copy->name, u"db-2"_qs);
    QCOMPARE(copy->request.path.toString(), u"services.db.instances.db-2"_qs);
    QCOMPARE(copy->request.argument, u"{ship: alpha, ports: {pg: \"5432:5433\"}}"_qs);
}

void tst_StructureEdit::renamePreviewListsTheReferences()
{
    selectGroup(u"alpha"_qs);
    m_window->findChild<QAction *>(u"actionGroupByService"_qs)->setChecked(true);
    selectGroup(u"db"_qs);
    QString preview;
    const auto appeared = whenModal<Gui::RenameDialog>(this, [&](Gui::RenameDialog *dialog) {
        QSignalSpy shown(dialog, &Gui::RenameDialog::previewShown);
        dialog->nameEdit()->setText(u"database"_qs);
        QTRY_VERIFY(!shown.isEmpty() && dialog->preview().contains(u"database"_qs));
        preview = dialog->preview();
        dialog->accept();
    });
    tree()->setFocus();
    waitForEdit([this] { QTest::keyClick(tree(), Qt::Key_F2); });
    QVERIFY(*appeared);
    // The key and the reference, each as a removed and an added line of the diff.
    QVERIFY2(preview.contains(u"\n-  db:\n"_qs), qPrintable(preview));
    QVERIFY2(preview.contains(u"\n+  database:\n"_qs), qPrintable(preview));
    QVERIFY2(preview.contains(u"\n-    requires: [db]   # needs the database\n"_qs),
             qPrintable(preview));
    QVERIFY2(preview.contains(u"\n+    requires: [database]   # needs the database\n"_qs),
             qPrintable(preview));
    QCOMPARE(document()->text(), replaced(replaced(kFixture, u"  db:\n"_qs, u"  database:\n"_qs),
                                          u"requires: [db]"_qs, u"requires: [database]"_qs));
    expectUndoRestores();
    m_window->findChild<QAction *>(u"actionGroupByService"_qs)->setChecked(false); // a setting
}

void tst_StructureEdit::renameRefusesATakenName()
{
    Gui::RenameDialog dialog(document(), {StructureTarget::Kind::Instance, u"db-1"_qs});
    QSignalSpy shown(&dialog, &Gui::RenameDialog::previewShown);
    dialog.nameEdit()->setText(u"web-1"_qs);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY(dialog.preview().isEmpty());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    // A free name: the instance's key and web-1's volumes_from.
    shown.clear();
    dialog.nameEdit()->setText(u"db-main"_qs);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(dialog.preview().contains(u"\n+        volumes_from: db-main   # its data\n"_qs),
             qPrintable(dialog.preview()));
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void tst_StructureEdit::renamePreviewOfAShip()
{
    Gui::RenameDialog dialog(document(), {StructureTarget::Kind::Ship, u"alpha"_qs});
    QSignalSpy shown(&dialog, &Gui::RenameDialog::previewShown);
    dialog.nameEdit()->setText(u"gamma"_qs);
    QTRY_VERIFY(!shown.isEmpty());
    const QString preview = dialog.preview();
    // The key and the three instances on it, comments kept.
    QVERIFY2(preview.contains(u"\n+  gamma: {ip: 10.0.0.1}   # the first ship\n"_qs),
             qPrintable(preview));
    QCOMPARE(preview.count(u"\n-        ship: alpha"_qs), 3);
    QCOMPARE(preview.count(u"\n+        ship: gamma"_qs), 3);
    QVERIFY(preview.contains(u"\n+        ship: gamma   # on alpha\n"_qs));
}

void tst_StructureEdit::deleteListsDependentsAndRefuses_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QStringList>("dependents");
    QTest::newRow("instance used by volumes_from and links")
        << QString() << u"db-1"_qs
        << QStringList{u"instance web-1 uses the volumes of db-1 (volumes_from)"_qs,
                       u"instance web-2 links to db-1 (links)"_qs};
    QTest::newRow("service required, its instance used")
        << u"db"_qs << QString()
        << QStringList{u"service web requires it (requires)"_qs,
                       u"instance web-1 uses the volumes of db-1 (volumes_from)"_qs,
                       u"instance web-2 links to db-1 (links)"_qs};
    QTest::newRow("ship with instances")
        << u"alpha"_qs << QString()
        << QStringList{u"instance db-1 of service db runs on it (ship)"_qs,
                       u"instance web-1 of service web runs on it (ship)"_qs,
                       u"instance web-2 of service web runs on it (ship)"_qs};
}

void tst_StructureEdit::deleteListsDependentsAndRefuses()
{
    QFETCH(QString, group);
    QFETCH(QString, instance);
    QFETCH(QStringList, dependents);
    if (group == u"db"_qs)
        m_window->findChild<QAction *>(u"actionGroupByService"_qs)->setChecked(true);
    if (instance.isEmpty())
        selectGroup(group);
    else
        select(instance);
    QString text;
    const auto appeared = whenModal<QMessageBox>(this, [&](QMessageBox *box) {
        text = box->informativeText();
        QVERIFY(!box->button(QMessageBox::Yes)); // nothing to confirm: refused
        box->button(QMessageBox::Close)->click();
    });
    structure()->deleteAction()->trigger();
    QVERIFY(*appeared);
    m_window->findChild<QAction *>(u"actionGroupByService"_qs)->setChecked(false); // a setting
    for (const QString &dependent : dependents)
        QVERIFY2(text.contains(dependent), qPrintable(text));
    QCOMPARE(text.count(u"\n• "_qs), dependents.size()); // and nothing else
    QVERIFY(!document()->isPlanningEdits());
    QVERIFY(!document()->canUndo());
    QCOMPARE(document()->text(), kFixture);
}

void tst_StructureEdit::deleteWithoutDependents()
{
    select(u"web-2"_qs);
    QString question;
    const auto appeared = whenModal<QMessageBox>(this, [&](QMessageBox *box) {
        question = box->text();
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
    });
    // Del in the tree, as a keyboard user deletes.
    tree()->setFocus();
    waitForEdit([this] { QTest::keyClick(tree(), Qt::Key_Delete); });
    QVERIFY(*appeared);
    QCOMPARE(question, u"Delete the instance web-2?"_qs);
    const qsizetype web2 = kFixture.indexOf(u"      web-2:"_qs);
    QCOMPARE(document()->text(), kFixture.left(web2));
    expectUndoRestores();
}

void tst_StructureEdit::dragMovesTheShip()
{
    // What a drag of web-2 carries, dropped on beta's row of the ship-grouped tree.
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree()->model());
    auto *model = qobject_cast<EnvironmentTreeModel *>(proxy->sourceModel());
    QCOMPARE(model->grouping(), EnvironmentTreeModel::Grouping::ByShip);
    const QPoint beta
        = tree()->visualRect(proxy->mapFromSource(model->indexForGroup(u"beta"_qs))).center();
    QMimeData data;
    data.setData(Gui::InstanceDragMove::mimeType(), "web-2");
    QDragEnterEvent enter(beta, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(beta, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree()->viewport(), &move);
    QVERIFY(move.isAccepted());
    // Over its own ship a drop would change nothing: not accepted.
    const QPoint alpha
        = tree()->visualRect(proxy->mapFromSource(model->indexForGroup(u"alpha"_qs))).center();
    QDragMoveEvent overAlpha(alpha, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree()->viewport(), &overAlpha);
    QVERIFY(!overAlpha.isAccepted());

    waitForEdit([&] {
        QDropEvent drop(beta, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tree()->viewport(), &drop);
        QVERIFY(drop.isAccepted());
    });
    QCOMPARE(document()->text(), replaced(kFixture, u"      web-2:\n        ship: alpha\n"_qs,
                                          u"      web-2:\n        ship: beta\n"_qs));
    QCOMPARE(document()->environment()->instance(u"web-2"_qs)->ship, u"beta"_qs);
    QTRY_COMPARE(structure()->current().name, u"web-2"_qs); // still selected, under beta
    QCOMPARE(tree()->currentIndex().parent().data().toString(), u"beta"_qs);
    expectUndoRestores();
}

void tst_StructureEdit::mouseDragMovesTheShip()
{
    // With the mouse, through the platform's drag: press on web-2, move, release over beta.
    // The offscreen platform has no drag and drop (its QDrag::exec() returns at once), so
    // this runs under Xvfb (tst_structureedit_drag).
    if (QGuiApplication::platformName() == u"offscreen"_qs)
        QSKIP("no drag and drop on the offscreen platform: see tst_structureedit_drag");
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree()->model());
    auto *model = qobject_cast<EnvironmentTreeModel *>(proxy->sourceModel());
    const auto inWindow = [&](const QModelIndex &source) {
        return tree()->viewport()->mapTo(m_window,
                                         tree()->visualRect(proxy->mapFromSource(source)).center());
    };
    const QPoint from = inWindow(model->indexForInstance(u"web-2"_qs));
    const QPoint to = inWindow(model->indexForGroup(u"beta"_qs));
    QWindow *window = m_window->windowHandle();
    // The drag's own event loop runs from the first move on: the rest comes from inside it,
    // once the drag (a QDrag of the tree's) is there.
    QTimer dragging;
    dragging.setInterval(10);
    connect(&dragging, &QTimer::timeout, this, [&] {
        if (!tree()->findChild<QDrag *>())
            return;
        dragging.stop();
        QTest::mouseMove(window, (from + to) / 2);
        QTest::mouseMove(window, to);
        QTest::mouseRelease(window, Qt::LeftButton, {}, to);
    });
    dragging.start();
    waitForEdit([&] {
        QTest::mousePress(window, Qt::LeftButton, {}, from);
        QTest::mouseMove(window, from + QPoint(0, 3));
        QTest::mouseMove(window, from + QPoint(0, 3 * QApplication::startDragDistance()));
    });
    QCOMPARE(document()->environment()->instance(u"web-2"_qs)->ship, u"beta"_qs);
}

void tst_StructureEdit::actionsHaveNamesAndFollowTheSelection()
{
    // In the Edit menu and in the tree's context menu (the same actions).
    QMenu *editMenu = m_window->findChild<QMenu *>(u"menuEdit"_qs);
    QVERIFY(editMenu);
    for (QAction *action : structure()->actions()) {
        QVERIFY(editMenu->actions().contains(action));
        QVERIFY(!action->text().isEmpty());
        QVERIFY(!action->toolTip().isEmpty());
        QVERIFY(!action->objectName().isEmpty());
    }
    // The tree's context menu on web-1's row has them as well.
    select(u"web-1"_qs);
    QList<QAction *> inMenu;
    QTimer::singleShot(0, this, [&] {
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        inMenu = menu->actions();
        menu->close();
    });
    emit tree()->customContextMenuRequested(tree()->visualRect(tree()->currentIndex()).center());
    for (QAction *action : structure()->actions())
        QVERIFY(inMenu.contains(action));
    QVERIFY(structure()->duplicateAction()->isEnabled());
    QVERIFY(structure()->renameAction()->isEnabled());
    selectGroup(u"alpha"_qs);
    QVERIFY(!structure()->duplicateAction()->isEnabled());
    QVERIFY(structure()->renameAction()->isEnabled());
    QVERIFY(structure()->deleteAction()->isEnabled());
    tree()->selectionModel()->clear();
    QVERIFY(!structure()->renameAction()->isEnabled());

    // The dialogs' fields are named by the YAML key they fill.
    const Core::LoadResult &load = document()->lastLoad();
    const Gui::AddDialog instance(StructureTarget::Kind::Instance, load.document, *load.environment,
                                  u"web"_qs, u"alpha"_qs);
    QCOMPARE(instance.nameEdit()->accessibleName(), u"name"_qs);
    QCOMPARE(instance.serviceBox()->accessibleName(), u"service"_qs);
    QCOMPARE(instance.shipBox()->accessibleName(), u"ship"_qs);
    const Gui::AddDialog ship(StructureTarget::Kind::Ship, load.document, *load.environment, {},
                              {});
    QCOMPARE(ship.detailEdit()->accessibleName(), u"ip"_qs);
    const Gui::AddDialog service(StructureTarget::Kind::Service, load.document, *load.environment,
                                 {}, {});
    QCOMPARE(service.detailEdit()->accessibleName(), u"image"_qs);
    QVERIFY(structure()->addShipAction()->isEnabled());
}

QTEST_MAIN(tst_StructureEdit)
#include "tst_structureedit.moc"
