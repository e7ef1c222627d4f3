// SPDX-License-Identifier: GPL-3.0-or-later
// Check Now against the real daemon orch1 of orchships.sh (offscreen): containers made
// behind the app's back (as the CLI would) show no check state until Check Now asks them;
// then a check that passes says "passed", one that cannot pass says "failed: <reason>",
// and an instance without a container is not checked. Containers are named mdt-orch-chk-*
// and removed after each test.
#include "document/environmentdocument.h"
#include "gui/livestate.h"
#include "gui/mainwindow.h"
#include "gui/run/checknowcontroller.h"
#include "gui/run/runactions.h"
#include "gui/selectionsync.h"
#include "orchestration/ships/shipconnections.h"

#include "models/environmenttreemodel.h"

#include "orchtestships.h"
#include "testsettings.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace Maestro;
using Models::EnvironmentTreeModel;
using Models::InstanceState;
using Tests::awaitResult;

namespace {

// `healthy` listens where its tcp check looks; nothing listens on `deaf`'s port (2 s
// limit); `absent` never gets a container. All on orch1.
const char *kEnvironment = R"(__maestro: {schema: 2}
name: gui-checknow
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
services:
  healthy:
    image: @IMAGE@
    instances:
      mdt-orch-chk-healthy-1:
        ship: orch1
        ports: {http: "8080:@PORT150@"}
        lifecycle:
          running: [{type: tcp, port: http, max_wait: 3}]
  deaf:
    image: @IMAGE@
    instances:
      mdt-orch-chk-deaf-1:
        ship: orch1
        ports: {admin: "7000:@PORT151@"}
        lifecycle:
          running: [{type: tcp, port: admin, max_wait: 2}]
  absent:
    image: @IMAGE@
    instances:
      mdt-orch-chk-absent-1:
        ship: orch1
        ports: {admin: "7000:@PORT152@"}
        lifecycle:
          running: [{type: tcp, port: admin, max_wait: 2}]
)";

const QString kHealthy = QStringLiteral("mdt-orch-chk-healthy-1");
const QString kDeaf = QStringLiteral("mdt-orch-chk-deaf-1");
const QString kAbsent = QStringLiteral("mdt-orch-chk-absent-1");

} // namespace

class tst_GuiCheckNow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void checkNowReportsPassedAndFailed();
    void reloadWhileCheckingDropsTheResult();

private:
    // Creates and starts `name` running `command`, its `exposed` port ("8080/tcp")
    // published on `hostPort` (0: nothing published).
    void runContainer(const QString &name, const QStringList &command, const QString &exposed,
                      int hostPort);
    // Opens the environment and waits until the tree shows `running` running and the
    // others down.
    void openAndWait(const QStringList &running);
    InstanceState state(const QString &instance) const;

    std::unique_ptr<Tests::OrchTestShips> m_ships;
    QThreadPool m_pool;
    Orchestration::ShipConnections m_connections; // the one owner of ship clients, as in main()
    Gui::MainWindow *m_window = nullptr;
};

void tst_GuiCheckNow::initTestCase()
{
    Tests::isolateSettings(QStringLiteral("tst_guichecknow"));
    m_ships = std::make_unique<Tests::OrchTestShips>();
    QVERIFY2(m_ships->error().isEmpty(), qPrintable(m_ships->error()));
    QVERIFY(awaitResult(m_ships->orch1().ping()).ok());
    m_ships->removeOurContainers();
}

void tst_GuiCheckNow::init()
{
    QSettings().clear();
    m_window = new Gui::MainWindow(&m_pool, m_connections);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_GuiCheckNow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_ships->removeOurContainers();
}

void tst_GuiCheckNow::cleanupTestCase()
{
    m_ships->removeOurContainers();
}

void tst_GuiCheckNow::runContainer(const QString &name, const QStringList &command,
                                   const QString &exposed, int hostPort)
{
    QJsonObject body{{QStringLiteral("Image"), m_ships->value(QStringLiteral("MDT_ORCH_IMAGE"))},
                     {QStringLiteral("Cmd"), QJsonArray::fromStringList(command)}};
    if (hostPort > 0) {
        body.insert(QStringLiteral("ExposedPorts"), QJsonObject{{exposed, QJsonObject{}}});
        const QJsonArray binding{
            QJsonObject{{QStringLiteral("HostPort"), QString::number(hostPort)}}};
        body.insert(QStringLiteral("HostConfig"),
                    QJsonObject{{QStringLiteral("PortBindings"), QJsonObject{{exposed, binding}}}});
    }
    const auto created = awaitResult(m_ships->orch1().createContainer(name, body));
    QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().message));
    QVERIFY(awaitResult(m_ships->orch1().startContainer(created->id)).ok());
}

void tst_GuiCheckNow::openAndWait(const QStringList &running)
{
    const QString path = m_ships->writeFile(QStringLiteral("maestro.yaml"), kEnvironment);
    QVERIFY(!path.isEmpty());

    QSignalSpy loaded(m_window->document(), &Document::EnvironmentDocument::loadFinished);
    m_window->openFile(path);
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.first().first().toBool());
    for (const QString &instance : {kHealthy, kDeaf, kAbsent}) {
        QTRY_COMPARE_WITH_TIMEOUT(state(instance).status,
                                  running.contains(instance) ? InstanceState::Status::Running
                                                             : InstanceState::Status::Down,
                                  10000);
    }
}

InstanceState tst_GuiCheckNow::state(const QString &instance) const
{
    return m_window->findChild<Models::EnvironmentTreeModel *>()->state(instance);
}

void tst_GuiCheckNow::checkNowReportsPassedAndFailed()
{
    QAction *checkNow = m_window->findChild<QAction *>(QStringLiteral("actionCheckNow"));
    QVERIFY(checkNow);
    QVERIFY(!checkNow->isEnabled()); // nothing loaded
    runContainer(kHealthy,
                 {QStringLiteral("httpd"), QStringLiteral("-f"), QStringLiteral("-p"),
                  QStringLiteral("8080")},
                 QStringLiteral("8080/tcp"), m_ships->hostPort(150));
    runContainer(kDeaf, {QStringLiteral("sleep"), QStringLiteral("300")}, {}, 0);
    openAndWait({kHealthy, kDeaf});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(checkNow->isEnabled());
    const auto checkColumn = [this](const QString &instance) {
        return m_window->findChild<Models::EnvironmentTreeModel *>()
            ->indexForInstance(instance, EnvironmentTreeModel::CheckColumn)
            .data()
            .toString();
    };
    // Started behind the app's back: nobody has checked them.
    QCOMPARE(checkColumn(kHealthy), QStringLiteral("unknown"));
    QCOMPARE(checkColumn(kDeaf), QStringLiteral("unknown"));

    // The whole environment (nothing selected): the running two are checked in parallel.
    m_window->findChild<QTreeView *>(QStringLiteral("environmentView"))->clearSelection();
    checkNow->trigger();
    QCOMPARE(state(kHealthy).check, InstanceState::Check::Checking);
    QCOMPARE(state(kDeaf).check, InstanceState::Check::Checking);
    Gui::CheckNowController *checks = m_window->runActions()->checkNowController();
    QCOMPARE(checks->checkingCount(), 2);
    // A second Check Now while they run starts nothing new.
    checkNow->trigger();
    QCOMPARE(checks->checkingCount(), 2);
    QTRY_VERIFY2_WITH_TIMEOUT(
        checks->checkingCount() == 0,
        qPrintable(checkColumn(kHealthy) + QStringLiteral(" / ") + checkColumn(kDeaf)), 15000);

    QCOMPARE(checkColumn(kHealthy), QStringLiteral("passed"));
    const InstanceState deaf = state(kDeaf);
    QCOMPARE(deaf.check, InstanceState::Check::Failed);
    QVERIFY2(deaf.checkDetail.contains(QStringLiteral("tcp")) && deaf.checkDetail.contains(kDeaf),
             qPrintable(deaf.checkDetail));
    QCOMPARE(checkColumn(kDeaf), QStringLiteral("failed: ") + deaf.checkDetail);
    // No container: not checked at all.
    QCOMPARE(state(kAbsent).check, InstanceState::Check::Unknown);

    // The selection alone: the absent instance is not even started on.
    m_window->selection()->selectInstance(kAbsent);
    checkNow->trigger();
    QCOMPARE(checks->checkingCount(), 0);
    QCOMPARE(state(kAbsent).check, InstanceState::Check::Unknown);
}

void tst_GuiCheckNow::reloadWhileCheckingDropsTheResult()
{
    runContainer(kDeaf, {QStringLiteral("sleep"), QStringLiteral("300")}, {}, 0);
    openAndWait({kDeaf});
    if (QTest::currentTestFailed())
        return;
    m_window->selection()->selectInstance(kDeaf);
    m_window->runActions()->checkNow();
    QCOMPARE(state(kDeaf).check, InstanceState::Check::Checking);
    // A reload that finds the same environment keeps the check: nothing it checks changed.
    QSignalSpy loaded(m_window->document(), &Document::EnvironmentDocument::loadFinished);
    m_window->document()->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->runActions()->checkNowController()->checkingCount(), 1);
    QCOMPARE(state(kDeaf).check, InstanceState::Check::Checking);
    // A reload of a changed environment cancels it: the instance no longer says "checking",
    // no result comes.
    const QByteArray changed
        = QByteArray(kEnvironment).replace("name: gui-checknow", "name: gui-checknow-changed");
    QVERIFY(!m_ships->writeFile(QStringLiteral("maestro.yaml"), changed.constData()).isEmpty());
    loaded.clear();
    m_window->document()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->runActions()->checkNowController()->checkingCount(), 0,
                              10000);
    QCOMPARE(state(kDeaf).check, InstanceState::Check::Unknown);
    // The cancelled check runs to its own limit on the pool; once it has ended and its
    // result had every chance to arrive, the instance still says nothing about it.
    QVERIFY(m_pool.waitForDone(30000));
    QCoreApplication::processEvents();
    QCOMPARE(state(kDeaf).check, InstanceState::Check::Unknown);
    // Closing the window while a check runs waits for it and does not crash.
    m_window->runActions()->checkNow();
    QCOMPARE(m_window->runActions()->checkNowController()->checkingCount(), 1);
}

QTEST_MAIN(tst_GuiCheckNow)
#include "tst_guichecknow.moc"
