// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's live state and runs (offscreen): open a quickstart-like environment on ship
// orch1, start `web` with its dependencies through the Start action and the plan preview,
// watch the run panel rows progress and the tree and graph turn to running, stop it again;
// a failing check shows its reason; a ship that does not answer shows `host down`.
// The same scenarios run twice (ctest tst_guirun and tst_guirun_fake): against the real
// daemons of orchships.sh, and with MDT_GUIRUN_SHIPS=fake against FakeDocker, whose ship
// clients the window gets through the same ShipConnections that main() builds. With real
// daemons, containers are named mdt-gui-* and removed after each test.
#include "core/edit/editengine.h"
#include "document/environmentdocument.h"
#include "gui/driftwatch.h"
#include "gui/graph/dependencyedgeitem.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/graph/servicenodeitem.h"
#include "gui/livestate.h"
#include "gui/mainwindow.h"
#include "gui/run/planpreviewdialog.h"
#include "gui/run/runactions.h"
#include "gui/run/runcontroller.h"
#include "gui/run/runpanel.h"
#include "gui/selectionsync.h"

#include "models/environmenttreemodel.h"
#include "models/runmodel.h"
#include "orchestration/live/statemonitor.h"
#include "orchestration/ships/awaitresult.h"
#include "orchestration/ships/shipconnections.h"

#include "docker/engineclient.h"

#include "fakedocker.h"
#include "orchtestships.h"
#include "testsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>
#include <QTreeWidget>

using namespace Maestro;
using Models::EnvironmentTreeModel;
using Models::InstanceState;
using Orchestration::ProgressPhase;

namespace {

// Blocking is fine here: the test drives the daemon directly, besides the app.
using Orchestration::awaitResult;

// redis <- web, both on orch1; ship orch2 runs nothing and must never be contacted.
// `broken` has a check nothing can pass (its page never matches); `plain` has no checks. @SHIPS@,
// @IMAGE@ and the host ports come from the ships the scenarios run on.
const char *kEnvironment = R"(__maestro: {schema: 2}
name: gui-quickstart
ships:
@SHIPS@
services:
  redis:
    image: @IMAGE@
    instances:
      mdt-gui-redis-1:
        ship: orch1
        stop_timeout: 1
        command: ["httpd", "-f", "-p", "6379"]
        ports: {redis: "6379:@REDISPORT@"}
        lifecycle:
          running: [{type: tcp, port: redis, max_wait: 20}]
  web:
    image: @IMAGE@
    requires: [redis]
    instances:
      mdt-gui-web-1:
        ship: orch1
        stop_timeout: 1
        command: ["httpd", "-f", "-p", "8080", "-h", "/"]
        ports: {http: "8080:@WEBPORT@"}
        lifecycle:
          running: [{type: http, port: http, path: etc/passwd, match_regex: "root:x:0", max_wait: 20}]
  broken:
    image: @IMAGE@
    instances:
      mdt-gui-broken-1:
        ship: orch1
        stop_timeout: 1
        command: ["httpd", "-f", "-p", "7000", "-h", "/"]
        ports: {admin: "7000:@ADMINPORT@"}
        lifecycle:
          running: [{type: http, port: admin, path: etc/passwd, match_regex: "never-there", max_wait: 2}]
  slow:
    image: @IMAGE@
    instances:
      mdt-gui-slow-1:
        ship: orch1
        stop_timeout: 1
        command: ["sleep", "300"]
        lifecycle:
          running: [{type: sleep, wait: 120}]
  tail:
    image: @IMAGE@
    requires: [slow]
    instances:
      mdt-gui-tail-1: {ship: orch1, stop_timeout: 1, command: ["sleep", "300"]}
  plain:
    image: @IMAGE@
    instances:
      mdt-gui-plain-1: {ship: orch1, stop_timeout: 1, command: ["sleep", "300"]}
)";

const QString kRedis = QStringLiteral("mdt-gui-redis-1");
const QString kWeb = QStringLiteral("mdt-gui-web-1");
const QString kBroken = QStringLiteral("mdt-gui-broken-1");
const QString kSlow = QStringLiteral("mdt-gui-slow-1");
const QString kTail = QStringLiteral("mdt-gui-tail-1");
const QString kPlain = QStringLiteral("mdt-gui-plain-1");

// Where the scenarios run, and what they do behind the app's back.
class Ships
{
public:
    virtual ~Ships() = default;
    // Empty when the ships are there; else why not.
    virtual QString error() const = 0;
    // The environment's `ships:` entries and values.
    virtual QString substitute(QString text) const = 0;
    // From now on (until reset()) orch1 does not answer.
    virtual void takeOrch1Down() = 0;
    virtual QString image() const = 0;
    // What the host-down reason of a ship that does not answer names.
    virtual QString unreachableHint() const = 0;
    // The owner of ship clients the window gets, as main() builds it (fresh per test).
    virtual Orchestration::ShipConnections &connections() = 0;
    // Before and after each test.
    virtual void reset() = 0;
    // A container of an instance made and started on orch1 behind the app's back: its id.
    virtual QString startBehindTheAppsBack(const QString &name) = 0;
    virtual bool killBehindTheAppsBack(const QString &name, const QString &id) = 0;
    // Whether containers run real processes (a `sleep` as PID 1 ignores SIGTERM, so a
    // stop kills it at the end of the stop timeout); FakeDocker's stop returns at once.
    virtual bool runsProcesses() const = 0;
};

// orchships.sh's daemons: orch1 (unix socket) and orch2 (TCP), host ports from the build
// directory's range.
class RealShips final : public Ships
{
public:
    RealShips()
    {
        if (m_ships.error().isEmpty())
            removeOurContainers();
    }
    ~RealShips() override
    {
        if (m_ships.error().isEmpty())
            removeOurContainers();
    }
    QString error() const override { return m_ships.error(); }
    QString substitute(QString text) const override
    {
        text.replace(
            QStringLiteral("@SHIPS@"),
            QStringLiteral("  orch1: {ip: 127.0.0.1, socket_path: %1}\n"
                           "  orch2: {ip: 127.0.0.1, endpoint: 127.0.0.1, "
                           "docker_port: @ORCH2PORT@, timeout: 5}")
                .arg(m_orch1Down ? QStringLiteral("@DEADSOCK@") : QStringLiteral("@ORCH1@")));
        text.replace(QStringLiteral("@REDISPORT@"), QStringLiteral("@PORT170@"));
        text.replace(QStringLiteral("@WEBPORT@"), QStringLiteral("@PORT171@"));
        text.replace(QStringLiteral("@ADMINPORT@"), QStringLiteral("@PORT172@"));
        return m_ships.substitute(text);
    }
    QString image() const override { return m_ships.value(QStringLiteral("MDT_ORCH_IMAGE")); }
    QString unreachableHint() const override { return QStringLiteral("nobody.sock"); }
    Orchestration::ShipConnections &connections() override { return *m_connections; }
    void takeOrch1Down() override { m_orch1Down = true; }
    void reset() override
    {
        m_connections = std::make_unique<Orchestration::ShipConnections>();
        m_orch1Down = false;
        removeOurContainers();
    }
    QString startBehindTheAppsBack(const QString &name) override
    {
        const QJsonObject body{
            {QStringLiteral("Image"), image()},
            {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("300")}}};
        const auto created = awaitResult(m_ships.orch1().createContainer(name, body));
        if (!created || !awaitResult(m_ships.orch1().startContainer(created->id)).ok())
            return {};
        return created->id;
    }
    bool killBehindTheAppsBack(const QString &, const QString &id) override
    {
        return awaitResult(m_ships.orch1().killContainer(id)).ok();
    }
    bool runsProcesses() const override { return true; }

private:
    void removeOurContainers()
    {
        Docker::ContainerListOptions options;
        options.names = {QStringLiteral("mdt-gui-")};
        const auto list = awaitResult(m_ships.orch1().listContainers(options));
        if (!list)
            return;
        for (const Docker::ContainerSummary &c : *list) {
            Docker::RemoveOptions remove;
            remove.force = true;
            (void)awaitResult(m_ships.orch1().removeContainer(c.id, remove));
        }
    }

    Tests::OrchTestShips m_ships;
    bool m_orch1Down = false; // the environment names a socket no daemon listens on
    std::unique_ptr<Orchestration::ShipConnections> m_connections
        = std::make_unique<Orchestration::ShipConnections>();
};

// Answers every connection on 127.0.0.1 with one HTTP response whose body is `body`: what
// the lifecycle checks of the fake ships' containers reach (FakeDocker runs no processes).
class Listener final : public QObject
{
public:
    explicit Listener(QByteArray body)
        : m_body(std::move(body))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    bool isListening() const { return m_server.isListening(); }
    QString port() const { return QString::number(m_server.serverPort()); }

private:
    QTcpServer m_server;
    QByteArray m_body;
};

// FakeDocker's ships: the same names, the same scenarios, no daemon. The checks reach
// listeners of the test on the host ports the containers would publish.
class FakeShips final : public Ships
{
public:
    QString error() const override
    {
        const bool listening
            = m_redis.isListening() && m_web.isListening() && m_admin.isListening();
        return listening ? QString() : QStringLiteral("cannot listen on 127.0.0.1");
    }
    QString substitute(QString text) const override
    {
        text.replace(QStringLiteral("@SHIPS@"),
                     QStringLiteral("  orch1: {ip: 127.0.0.1}\n"
                                    "  orch2: {ip: 127.0.0.1, endpoint: 127.0.0.2}"));
        text.replace(QStringLiteral("@IMAGE@"), image());
        text.replace(QStringLiteral("@REDISPORT@"), m_redis.port());
        text.replace(QStringLiteral("@WEBPORT@"), m_web.port());
        text.replace(QStringLiteral("@ADMINPORT@"), m_admin.port());
        return text;
    }
    QString image() const override { return QStringLiteral("mdt-gui/busybox:fake"); }
    QString unreachableHint() const override { return QStringLiteral("connection refused"); }
    Orchestration::ShipConnections &connections() override { return m_docker->connections(); }
    void reset() override
    {
        m_docker = std::make_unique<Tests::FakeDocker>();
        m_docker->addImage({}, image());
    }
    void takeOrch1Down() override { m_docker->setShipDown(QStringLiteral("orch1")); }
    QString startBehindTheAppsBack(const QString &name) override
    {
        return m_docker->addContainer(QStringLiteral("orch1"), name, image(), true).id;
    }
    bool killBehindTheAppsBack(const QString &name, const QString &) override
    {
        m_docker->killContainer(QStringLiteral("orch1"), name);
        return true;
    }
    bool runsProcesses() const override { return false; }

private:
    Listener m_redis{{}};
    Listener m_web{"root:x:0:0:root:/root:/bin/sh\n"};
    Listener m_admin{"root:x:0:0:root:/root:/bin/sh\n"};
    std::unique_ptr<Tests::FakeDocker> m_docker;
};

} // namespace

class tst_GuiRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void liveStateFromOneListPerShip();
    void startWebWithDependenciesThenStop();
    void failingCheckShowsItsReason();
    void cancelReportsWhatRan();
    void deadShipShowsHostDown();
    void stopOnADeadShipIsSkippedWithItsReason();
    void noOpsAreMarked();
    void stoppingSaysWhatItDoes();
    void staleFileIsNamedAndAsked();
    void instanceWithoutChecksKeepsNoChecks();
    void applyChangesRestartsWhatDiffers();

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
    // Triggers `action` with `instance` selected (none: the whole environment), checks
    // the preview exists and clicks Run; returns the preview's plan steps, in order.
    QStringList runThroughPreview(QAction *action, const QString &instance,
                                  QString *pulledInText = nullptr);
    // The environment on the scenario's ships.
    QString writeEnvironment();
    QAction *action(const char *name) const;
    QString stateText(const QString &instance) const;
    // The run panel's row of `instance`, column `column`.
    QString runCell(const QString &instance, int column) const;
    QString runStatus() const { return m_window->findChild<Gui::RunPanel *>()->statusText(); }
    QString checkText(const QString &instance) const;

    std::unique_ptr<Ships> m_ships;
    QThreadPool m_pool;
    QTemporaryDir m_dir;
    Gui::MainWindow *m_window = nullptr;
};

void tst_GuiRun::initTestCase()
{
    Tests::isolateSettings(QStringLiteral("tst_guirun"));
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariable("MDT_GUIRUN_SHIPS") == QLatin1String("fake"))
        m_ships = std::make_unique<FakeShips>();
    else
        m_ships = std::make_unique<RealShips>();
    QVERIFY2(m_ships->error().isEmpty(), qPrintable(m_ships->error()));
}

void tst_GuiRun::init()
{
    // Run options persist between runs: every test starts from the defaults.
    QSettings().clear();
    m_ships->reset();
    m_window = new Gui::MainWindow(&m_pool, m_ships->connections());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_GuiRun::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_ships->reset();
}

void tst_GuiRun::cleanupTestCase()
{
    m_ships.reset();
}

QString tst_GuiRun::writeEnvironment()
{
    const QString text = m_ships->substitute(QString::fromUtf8(kEnvironment));
    const QString path = m_dir.filePath(QStringLiteral("maestro.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    return path;
}

void tst_GuiRun::openAndWait(const QString &file)
{
    QSignalSpy loaded(m_window->document(), &Document::EnvironmentDocument::loadFinished);
    m_window->openFile(file);
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.first().first().toBool());
    QVERIFY(m_window->liveState()->monitor());
    QTRY_VERIFY_WITH_TIMEOUT(!scene()->isLayoutPending() && scene()->node(QStringLiteral("web")),
                             10000);
}

QAction *tst_GuiRun::action(const char *name) const
{
    return m_window->findChild<QAction *>(QString::fromLatin1(name));
}

QString tst_GuiRun::stateText(const QString &instance) const
{
    return treeModel()
        ->indexForInstance(instance, EnvironmentTreeModel::StateColumn)
        .data()
        .toString();
}

QString tst_GuiRun::runCell(const QString &instance, int column) const
{
    Models::RunModel *model = m_window->runActions()->runController()->model();
    return model->index(model->rowOf(instance), column).data().toString();
}

QString tst_GuiRun::checkText(const QString &instance) const
{
    return treeModel()
        ->indexForInstance(instance, EnvironmentTreeModel::CheckColumn)
        .data()
        .toString();
}

QStringList tst_GuiRun::runThroughPreview(QAction *runAction, const QString &instance,
                                          QString *pulledInText)
{
    if (instance.isEmpty())
        m_window->findChild<QTreeView *>(QStringLiteral("environmentView"))->clearSelection();
    else
        m_window->selection()->selectInstance(instance);
    runAction->trigger();
    Gui::PlanPreviewDialog *preview = m_window->runActions()->runController()->preview();
    if (!preview || !preview->isVisible() || !preview->hasPlan())
        return {QStringLiteral("no preview: ") + (preview ? preview->errorText() : QString())};
    QStringList steps;
    const QTreeWidget *view = preview->stepsView();
    for (int row = 0; row < view->topLevelItemCount(); ++row)
        steps.append(view->topLevelItem(row)->text(1));
    if (pulledInText)
        *pulledInText = preview->pulledInText();
    auto *run = preview->findChild<QPushButton *>(QStringLiteral("runButton"));
    if (!run)
        return {QStringLiteral("no Run button")};
    QTest::mouseClick(run, Qt::LeftButton);
    return steps;
}

void tst_GuiRun::liveStateFromOneListPerShip()
{
    openAndWait(writeEnvironment());
    // Nothing exists yet: down, from one list request to orch1 and none to orch2.
    QTRY_COMPARE_WITH_TIMEOUT(stateText(kWeb), QStringLiteral("down"), 10000);
    QCOMPARE(stateText(kRedis), QStringLiteral("down"));
    Orchestration::StateMonitor *monitor = m_window->liveState()->monitor();
    QCOMPARE(monitor->contactedShips(), QStringList{QStringLiteral("orch1")});
    QCOMPARE(monitor->listRequests(QStringLiteral("orch1")), 1);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->isStreaming(QStringLiteral("orch1")), 5000);

    // A container made behind the app's back arrives through the event stream, with its
    // image tag and short id, in one more list (not one per instance).
    const QString id = m_ships->startBehindTheAppsBack(kRedis);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(stateText(kRedis).startsWith(QStringLiteral("running for")), 10000);
    const QString container = treeModel()
                                  ->indexForInstance(kRedis, EnvironmentTreeModel::ContainerColumn)
                                  .data()
                                  .toString();
    QVERIFY2(container.contains(id.left(12)), qPrintable(container));
    QVERIFY2(container.contains(m_ships->image()), qPrintable(container));
    QCOMPARE(scene()->node(QStringLiteral("redis"))->instanceStatus(0),
             InstanceState::Status::Running);
    // It runs `sleep 300`, the file says httpd: the tree and the graph mark it as differing.
    QTRY_VERIFY_WITH_TIMEOUT(treeModel()->state(kRedis).isDrifted(), 10000);
    QVERIFY2(treeModel()->state(kRedis).drift.contains(QStringLiteral("command")),
             qPrintable(treeModel()->state(kRedis).drift));
    QVERIFY(treeModel()
                ->indexForInstance(kRedis, EnvironmentTreeModel::ContainerColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("(differs from the file)")));
    QVERIFY(scene()->node(QStringLiteral("redis"))->isDrifted(0));
    QVERIFY(!scene()->node(QStringLiteral("web"))->isDrifted(0));
    // Killed: exited with the signal's code.
    QVERIFY(m_ships->killBehindTheAppsBack(kRedis, id));
    QTRY_COMPARE_WITH_TIMEOUT(stateText(kRedis), QStringLiteral("exited (137)"), 10000);
    QVERIFY(monitor->listRequests(QStringLiteral("orch1")) >= 2);
    QVERIFY(monitor->listRequests(QStringLiteral("orch1")) <= 6); // debounced bursts
    QCOMPARE(monitor->contactedShips(), QStringList{QStringLiteral("orch1")});
}

void tst_GuiRun::startWebWithDependenciesThenStop()
{
    openAndWait(writeEnvironment());
    QTRY_COMPARE_WITH_TIMEOUT(stateText(kWeb), QStringLiteral("down"), 10000);
    Models::RunModel *runModel = m_window->runActions()->runController()->model();
    QAbstractItemModelTester tester(runModel,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Every phase each row goes through, as the panel sees it.
    QHash<QString, QList<int>> phases;
    connect(runModel, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    const QModelIndex index = runModel->index(row, 0);
                    const int phase = index.data(Models::RunModel::PhaseRole).toInt();
                    QList<int> &seen
                        = phases[index.data(Models::RunModel::InstanceRole).toString()];
                    if (seen.isEmpty() || seen.last() != phase)
                        seen.append(phase);
                }
            });
    bool sawWaitHighlight = false;
    connect(runModel, &Models::RunModel::progressChanged, this, [&] {
        if (auto *node = scene()->node(QStringLiteral("redis")))
            sawWaitHighlight = sawWaitHighlight || node->isWaitedOn();
    });

    QSignalSpy finished(m_window->runActions()->runController(), &Gui::RunController::runFinished);
    QSignalSpy inspected(m_window->findChild<Gui::DriftWatch *>(), &Gui::DriftWatch::inspected);
    QString pulledIn;
    const QStringList steps = runThroughPreview(action("actionStart"), kWeb, &pulledIn);
    QCOMPARE(steps, (QStringList{kRedis, kWeb}));
    QCOMPARE(pulledIn,
             QStringLiteral("Starting %1 also starts %2 (it depends on it).").arg(kWeb, kRedis));
    QVERIFY(m_window->runActions()->runController()->isRunning());
    QVERIFY(!action("actionStart")->isEnabled());
    QVERIFY(action("actionCancelRun")->isEnabled());
    QCOMPARE(runModel->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto report = finished.first().first().value<Orchestration::RunReport>();
    QVERIFY2(report.ok(), qPrintable(report.firstError ? report.firstError->message : QString()));

    // The rows progressed: web waited for redis, then created, started and checked.
    const QList<int> web = phases.value(kWeb);
    QVERIFY2(web.contains(int(ProgressPhase::Waiting)), qPrintable(QString::number(web.size())));
    QVERIFY(web.contains(int(ProgressPhase::Creating)));
    QVERIFY(web.contains(int(ProgressPhase::Checking)));
    QCOMPARE(web.last(), int(ProgressPhase::Done));
    QCOMPARE(phases.value(kRedis).last(), int(ProgressPhase::Done));
    QVERIFY(sawWaitHighlight);
    QVERIFY(!scene()->node(QStringLiteral("redis"))->isWaitedOn());
    QCOMPARE(runModel->finishedCount(), 2);
    const auto panel = m_window->findChild<Gui::RunPanel *>();
    QCOMPARE(panel->progressBar()->value(), 2);
    QVERIFY2(panel->statusText().startsWith(QStringLiteral("Finished")),
             qPrintable(panel->statusText()));
    QVERIFY(panel->failedChecksBar()->isHidden());
    // The timeline has web's waiting before its checking.
    const auto segments = runModel->index(runModel->rowOf(kWeb), 0)
                              .data(Models::RunModel::SegmentsRole)
                              .value<Models::TimelineSegments>();
    QVERIFY(segments.size() >= 3);
    QCOMPARE(segments.first().phase, ProgressPhase::Waiting);
    QCOMPARE(segments.last().phase, ProgressPhase::Checking);
    QVERIFY(segments.last().toMs >= segments.last().fromMs);

    // Tree and graph turn to running; the check passed.
    QTRY_VERIFY_WITH_TIMEOUT(stateText(kWeb).startsWith(QStringLiteral("running for")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(stateText(kRedis).startsWith(QStringLiteral("running for")), 10000);
    QCOMPARE(treeModel()->state(kWeb).check, InstanceState::Check::Passed);
    // What the app made matches the file: inspected, and not marked.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(inspected.cbegin(), inspected.cend(),
                    [](const QList<QVariant> &args) { return args.first().toString() == kWeb; }),
        10000);
    QVERIFY2(!treeModel()->state(kWeb).isDrifted(), qPrintable(treeModel()->state(kWeb).drift));
    QVERIFY(!scene()->node(QStringLiteral("web"))->isDrifted(0));
    QCOMPARE(scene()->node(QStringLiteral("web"))->instanceStatus(0),
             InstanceState::Status::Running);

    // Stop redis: the preview says web goes too, and both end exited.
    finished.clear();
    const QStringList stopSteps = runThroughPreview(action("actionStop"), kRedis, &pulledIn);
    QCOMPARE(stopSteps, (QStringList{kWeb, kRedis}));
    QCOMPARE(pulledIn,
             QStringLiteral("Stopping %1 also stops %2 (it depends on it).").arg(kRedis, kWeb));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(finished.first().first().value<Orchestration::RunReport>().ok());
    // (Their text may also say that our stop's timeout killed them.)
    QTRY_COMPARE_WITH_TIMEOUT(treeModel()->state(kWeb).status, InstanceState::Status::Exited,
                              10000);
    QTRY_COMPARE_WITH_TIMEOUT(treeModel()->state(kRedis).status, InstanceState::Status::Exited,
                              10000);
    QCOMPARE(scene()->node(QStringLiteral("web"))->instanceStatus(0),
             InstanceState::Status::Exited);
}

void tst_GuiRun::failingCheckShowsItsReason()
{
    openAndWait(writeEnvironment());
    QSignalSpy finished(m_window->runActions()->runController(), &Gui::RunController::runFinished);
    QCOMPARE(runThroughPreview(action("actionStart"), kBroken), QStringList{kBroken});
    Models::RunModel *runModel = m_window->runActions()->runController()->model();
    // While it runs (2 s), the row names the attempt, the most it can reach and why the
    // previous one failed.
    static const QRegularExpression checkText(
        QStringLiteral(R"(^http:admin attempt (\d+)/(\d+), \d+[.,]\d s of 2 s; last error: \S)"));
    const QModelIndex activity
        = runModel->index(runModel->rowOf(kBroken), Models::RunModel::ActivityColumn);
    QTRY_VERIFY_WITH_TIMEOUT(
        checkText.match(activity.data().toString()).hasMatch() || finished.size() > 0, 30000);
    const QRegularExpressionMatch shown = checkText.match(activity.data().toString());
    QVERIFY2(shown.hasMatch(), qPrintable(activity.data().toString()));
    QVERIFY(shown.captured(1).toInt() >= 2);
    QVERIFY(shown.captured(1).toInt() <= shown.captured(2).toInt());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto report = finished.first().first().value<Orchestration::RunReport>();
    QVERIFY(!report.ok());
    const QModelIndex row = runModel->index(runModel->rowOf(kBroken), 0);
    QCOMPARE(row.data(Models::RunModel::PhaseRole).toInt(), int(ProgressPhase::Failed));
    const QString reason = row.data(Models::RunModel::ErrorRole).toString();
    QVERIFY2(reason.contains(QStringLiteral("http")) && reason.contains(QStringLiteral("admin")),
             qPrintable(reason));
    QCOMPARE(runModel->index(row.row(), Models::RunModel::ActivityColumn).data().toString(),
             reason);
    const QString status = m_window->findChild<Gui::RunPanel *>()->statusText();
    QVERIFY2(status.startsWith(QStringLiteral("Failed")) && status.contains(reason),
             qPrintable(status));
    // The tree's check column carries the reason too.
    const InstanceState state = treeModel()->state(kBroken);
    QCOMPARE(state.check, InstanceState::Check::Failed);
    QCOMPARE(state.checkDetail, reason);

    // The container still runs: the tree's state and the graph's dot say its check failed,
    // not a plain green "running".
    QTRY_VERIFY_WITH_TIMEOUT(stateText(kBroken).startsWith(QStringLiteral("running")), 10000);
    QVERIFY2(stateText(kBroken).endsWith(QStringLiteral(", check failed")),
             qPrintable(stateText(kBroken)));
    const Gui::ServiceNodeItem *node = scene()->node(QStringLiteral("broken"));
    QCOMPARE(node->instanceStatus(0), InstanceState::Status::Running);
    QCOMPARE(node->dotColor(0), Gui::ServiceNodeItem::failedCheckColor());
    QVERIFY(node->dotColor(0) != Gui::ServiceNodeItem::statusColor(InstanceState::Status::Running));

    // The run panel offers to stop it: Stop opens the preview of stopping exactly it.
    auto *panel = m_window->findChild<Gui::RunPanel *>();
    QVERIFY(!panel->failedChecksBar()->isHidden());
    QVERIFY(panel->stopFailedButton()->isVisible());
    QTest::mouseClick(panel->stopFailedButton(), Qt::LeftButton);
    Gui::PlanPreviewDialog *preview = m_window->runActions()->runController()->preview();
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    QVERIFY(preview->hasPlan());
    QVERIFY(preview->plan().command() == Orchestration::Command::Stop);
    QCOMPARE(preview->stepsView()->topLevelItemCount(), 1);
    QCOMPARE(preview->stepsView()->topLevelItem(0)->text(1), kBroken);
    preview->reject();

    // Remove: the preview of stopping it, then, once stopped, the preview of removing it.
    finished.clear();
    QTest::mouseClick(panel->removeFailedButton(), Qt::LeftButton);
    Gui::RunController *runs = m_window->runActions()->runController();
    QTRY_VERIFY(runs->preview() && runs->preview()->isVisible());
    QVERIFY(runs->preview()->plan().command() == Orchestration::Command::Stop);
    QTest::mouseClick(runs->preview()->findChild<QPushButton *>(QStringLiteral("runButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QTRY_VERIFY(runs->preview() && runs->preview()->isVisible());
    QVERIFY(runs->preview()->plan().command() == Orchestration::Command::Clean);
    QCOMPARE(runs->preview()->stepsView()->topLevelItemCount(), 1);
    QCOMPARE(runs->preview()->stepsView()->topLevelItem(0)->text(1), kBroken);
    QTest::mouseClick(runs->preview()->findChild<QPushButton *>(QStringLiteral("runButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY(finished.last().first().value<Orchestration::RunReport>().ok());
    QTRY_COMPARE_WITH_TIMEOUT(stateText(kBroken), QStringLiteral("down"), 10000);
    QVERIFY(!runs->preview() || !runs->preview()->isVisible()); // no third step
}

void tst_GuiRun::cancelReportsWhatRan()
{
    openAndWait(writeEnvironment());
    Models::RunModel *runModel = m_window->runActions()->runController()->model();
    QSignalSpy finished(m_window->runActions()->runController(), &Gui::RunController::runFinished);
    // tail waits for slow, whose check sleeps 120 s: cancel while it checks.
    QCOMPARE(runThroughPreview(action("actionStart"), kTail), (QStringList{kSlow, kTail}));
    QTRY_COMPARE_WITH_TIMEOUT(
        runModel->index(runModel->rowOf(kSlow), 0).data(Models::RunModel::PhaseRole).toInt(),
        int(ProgressPhase::Checking), 30000);
    QCOMPARE(runModel->index(runModel->rowOf(kTail), 0)
                 .data(Models::RunModel::WaitingForRole)
                 .toStringList(),
             QStringList{kSlow});
    QTRY_VERIFY(scene()->node(QStringLiteral("slow"))->isWaitedOn());
    QVERIFY(std::any_of(scene()->edges().cbegin(), scene()->edges().cend(),
                        [](const Gui::DependencyEdgeItem *edge) { return edge->isBlocking(); }));
    QVERIFY(m_window->runActions()->runController()->isRunning());
    action("actionCancelRun")->trigger();
    // size(), not wait(): a run may end within the click that ends it.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto report = finished.first().first().value<Orchestration::RunReport>();
    QVERIFY(report.cancelled);
    const QString status = m_window->findChild<Gui::RunPanel *>()->statusText();
    QVERIFY2(status.startsWith(QStringLiteral("Cancelled"))
                 && status.contains(QStringLiteral("did not run (%1)").arg(kTail)),
             qPrintable(status));
    QCOMPARE(runModel->finishedCount(), runModel->rowCount());
    QCOMPARE(
        runModel->index(runModel->rowOf(kTail), Models::RunModel::PhaseColumn).data().toString(),
        QStringLiteral("not run"));
    QVERIFY(!scene()->node(QStringLiteral("slow"))->isWaitedOn());
}

void tst_GuiRun::deadShipShowsHostDown()
{
    m_ships->takeOrch1Down();
    openAndWait(writeEnvironment());
    QTRY_COMPARE_WITH_TIMEOUT(stateText(kWeb), QStringLiteral("host down"), 15000);
    QCOMPARE(stateText(kRedis), QStringLiteral("host down"));
    const QString tip = treeModel()
                            ->indexForInstance(kWeb, EnvironmentTreeModel::StateColumn)
                            .data(Qt::ToolTipRole)
                            .toString();
    QVERIFY2(tip.startsWith(QStringLiteral("host down: "))
                 && tip.contains(m_ships->unreachableHint()),
             qPrintable(tip));
    QCOMPARE(scene()->node(QStringLiteral("web"))->instanceStatus(0),
             InstanceState::Status::HostDown);
}

void tst_GuiRun::stopOnADeadShipIsSkippedWithItsReason()
{
    // Nothing could be stopped: not "done", but skipped, with the ship's reason, as the
    // command line's `host down` (which still exits 0: spec 12.5).
    m_ships->takeOrch1Down();
    openAndWait(writeEnvironment());
    QTRY_COMPARE_WITH_TIMEOUT(stateText(kTail), QStringLiteral("host down"), 15000);
    QSignalSpy finished(m_window->runActions()->runController(), &Gui::RunController::runFinished);
    QCOMPARE(runThroughPreview(action("actionStop"), kTail), QStringList{kTail});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(finished.first().first().value<Orchestration::RunReport>().ok());
    QCOMPARE(runCell(kTail, Models::RunModel::PhaseColumn), QStringLiteral("skipped"));
    const QString reason = runCell(kTail, Models::RunModel::ActivityColumn);
    QVERIFY2(reason.startsWith(QStringLiteral("host down: ship 'orch1'"))
                 && reason.contains(m_ships->unreachableHint()),
             qPrintable(reason));
    QCOMPARE(runStatus(), QStringLiteral("Finished: 1 skipped (%1)").arg(kTail));
}

void tst_GuiRun::noOpsAreMarked()
{
    // Made before the file opens: the first container list has it.
    QVERIFY(!m_ships->startBehindTheAppsBack(kRedis).isEmpty());
    openAndWait(writeEnvironment());
    QTRY_VERIFY_WITH_TIMEOUT(stateText(kRedis).startsWith(QStringLiteral("running for")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stateText(kWeb), QStringLiteral("down"), 10000);
    // The preview says which steps have nothing to do...
    m_window->selection()->selectInstance(kWeb);
    action("actionStart")->trigger();
    Gui::PlanPreviewDialog *preview = m_window->runActions()->runController()->preview();
    QVERIFY(preview && preview->hasPlan());
    const QTreeWidget *steps = preview->stepsView();
    QCOMPARE(steps->topLevelItemCount(), 2);
    QCOMPARE(steps->topLevelItem(0)->text(1), kRedis);
    QCOMPARE(steps->topLevelItem(0)->text(4), QStringLiteral("already running"));
    QCOMPARE(steps->topLevelItem(1)->text(4), QStringLiteral("start"));
    // ... and the run skips them, saying why.
    QSignalSpy finished(m_window->runActions()->runController(), &Gui::RunController::runFinished);
    QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("runButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto report = finished.first().first().value<Orchestration::RunReport>();
    QVERIFY2(report.ok(), qPrintable(report.firstError ? report.firstError->message : QString()));
    QCOMPARE(runCell(kRedis, Models::RunModel::PhaseColumn), QStringLiteral("skipped"));
    QCOMPARE(runCell(kRedis, Models::RunModel::ActivityColumn), QStringLiteral("already running"));
    QCOMPARE(runCell(kWeb, Models::RunModel::PhaseColumn), QStringLiteral("done"));
    QCOMPARE(runStatus(),
             QStringLiteral("Finished: 1 done (%1); 1 skipped (%2)").arg(kWeb, kRedis));

    // Stopping what is already stopped: the same.
    QTRY_VERIFY_WITH_TIMEOUT(stateText(kTail) == QStringLiteral("down"), 10000);
    finished.clear();
    m_window->selection()->selectInstance(kTail);
    action("actionStop")->trigger();
    preview = m_window->runActions()->runController()->preview();
    QVERIFY(preview && preview->hasPlan());
    QCOMPARE(preview->stepsView()->topLevelItem(0)->text(4), QStringLiteral("no container"));
    QTest::mouseClick(preview->findChild<QPushButton *>(QStringLiteral("runButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(runCell(kTail, Models::RunModel::PhaseColumn), QStringLiteral("skipped"));
    QCOMPARE(runCell(kTail, Models::RunModel::ActivityColumn), QStringLiteral("no container"));
}

void tst_GuiRun::stoppingSaysWhatItDoes()
{
    // `sleep` as PID 1 ignores SIGTERM: Docker kills it after tail's stop_timeout (1 s).
    QVERIFY(!m_ships->startBehindTheAppsBack(kTail).isEmpty());
    openAndWait(writeEnvironment());
    QTRY_VERIFY_WITH_TIMEOUT(stateText(kTail).startsWith(QStringLiteral("running for")), 10000);
    Models::RunModel *runModel = m_window->runActions()->runController()->model();
    QStringList activities;
    connect(runModel, &QAbstractItemModel::dataChanged, this, [&] {
        const QString text = runCell(kTail, Models::RunModel::ActivityColumn);
        if (activities.isEmpty() || activities.last() != text)
            activities.append(text);
    });
    QSignalSpy finished(m_window->runActions()->runController(), &Gui::RunController::runFinished);
    QCOMPARE(runThroughPreview(action("actionStop"), kTail), QStringList{kTail});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(finished.first().first().value<Orchestration::RunReport>().ok());
    QVERIFY2(activities.contains(QStringLiteral("SIGTERM sent, killed after 1 s")),
             qPrintable(activities.join(QStringLiteral(" | "))));
    QCOMPARE(runCell(kTail, Models::RunModel::PhaseColumn), QStringLiteral("done"));
    // Our own timeout's exit 137 is not a crash.
    QCOMPARE(runCell(kTail, Models::RunModel::ActivityColumn),
             m_ships->runsProcesses() ? QStringLiteral("stopped (killed after 1 s timeout)")
                                      : QString());
    // The tree says it too, where it would say "exited (137)".
    if (m_ships->runsProcesses()) {
        QTRY_COMPARE_WITH_TIMEOUT(stateText(kTail),
                                  QStringLiteral("stopped (killed after 1 s timeout)"), 10000);
    }
}

void tst_GuiRun::staleFileIsNamedAndAsked()
{
    const QString file = writeEnvironment();
    openAndWait(file);
    // Line 3 breaks: the window keeps the last version that loaded, marked stale.
    QFile broken(file);
    QVERIFY(broken.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = broken.readAll().split('\n');
    broken.close();
    lines.insert(2, "  oops: [");
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write(lines.join('\n'));
    broken.close();
    QSignalSpy loaded(m_window->document(), &Document::EnvironmentDocument::loadFinished);
    m_window->document()->reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
    QVERIFY(m_window->document()->isStale());
    const Core::Diagnostic error = m_window->document()->diagnostics().first();

    m_window->selection()->selectInstance(kRedis);
    action("actionStart")->trigger();
    Gui::PlanPreviewDialog *preview = m_window->runActions()->runController()->preview();
    QVERIFY(preview && preview->hasPlan());
    const auto *note = preview->findChild<QLabel *>(QStringLiteral("planStaleNote"));
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->text(),
             QStringLiteral("This uses the last version that loaded; line %1 has an error.")
                 .arg(error.location.line));
    QVERIFY(error.location.line >= 3);
    // Run waits until the user agrees to run that version.
    auto *run = preview->findChild<QPushButton *>(QStringLiteral("runButton"));
    auto *agree = preview->findChild<QCheckBox *>(QStringLiteral("planRunStale"));
    QVERIFY(agree && agree->isVisible());
    QVERIFY(!run->isEnabled());
    agree->setChecked(true);
    QVERIFY(run->isEnabled());
    preview->reject();
}

void tst_GuiRun::instanceWithoutChecksKeepsNoChecks()
{
    openAndWait(writeEnvironment());
    QTRY_COMPARE_WITH_TIMEOUT(stateText(kPlain), QStringLiteral("down"), 10000);
    QCOMPARE(checkText(kPlain), QStringLiteral("no checks"));
    QSignalSpy finished(m_window->runActions()->runController(), &Gui::RunController::runFinished);
    QCOMPARE(runThroughPreview(action("actionStart"), kPlain), QStringList{kPlain});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(finished.first().first().value<Orchestration::RunReport>().ok());
    QTRY_VERIFY_WITH_TIMEOUT(stateText(kPlain).startsWith(QStringLiteral("running for")), 10000);
    // Nothing was checked, so nothing passed.
    QCOMPARE(checkText(kPlain), QStringLiteral("no checks"));
    QVERIFY(treeModel()->state(kPlain).check != InstanceState::Check::Passed);
}

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The body of GET `path` on 127.0.0.1:`port`, or "" when nothing answers.
QByteArray httpGet(const QString &port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port.toUInt()));
    if (!socket.waitForConnected(2000))
        return {};
    socket.write("GET " + path + " HTTP/1.0\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(2000))
        reply += socket.readAll();
    return reply.mid(reply.indexOf("\r\n\r\n") + 4);
}
} // namespace

// The file is edited in the window and saved under running containers: their drift shows, Apply
// Changes offers to restart exactly those, in dependency order, and afterwards they run what the
// file says (the others keep their containers). With real daemons, web's new host port serves the
// page.
void tst_GuiRun::applyChangesRestartsWhatDiffers()
{
    const QString file = writeEnvironment();
    openAndWait(file);
    QSignalSpy finished(m_window->runActions()->runController(), &Gui::RunController::runFinished);
    QCOMPARE(runThroughPreview(action("actionStart"), kWeb), (QStringList{kRedis, kWeb}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(runThroughPreview(action("actionStart"), kPlain), QStringList{kPlain});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    for (const auto &run : finished)
        QVERIFY(run.first().value<Orchestration::RunReport>().ok());
    QTRY_VERIFY_WITH_TIMEOUT(!treeModel()->state(kPlain).containerId.isEmpty()
                                 && !treeModel()->state(kRedis).containerId.isEmpty(),
                             10000);
    const QString redisContainer = treeModel()->state(kRedis).containerId;
    const QString plainContainer = treeModel()->state(kPlain).containerId;
    QVERIFY(!action("actionApplyChanges")->isEnabled()); // nothing differs yet

    // Edited in the window and saved: another command for plain and, where real processes
    // serve it, another host port for web.
    Document::EnvironmentDocument *document = m_window->document();
    QSignalSpy applied(document, &Document::EnvironmentDocument::editApplied);
    QSignalSpy refused(document, &Document::EnvironmentDocument::editRefused);
    const auto edit = [document](const QString &path, const QString &value) {
        Core::EditRequest request;
        request.operation = Core::EditRequest::Operation::Set;
        request.path = Core::EditPath::parse(path).value();
        request.argument = value;
        document->applyEdit(request);
    };
    edit(QStringLiteral("services.plain.instances.%1.command").arg(kPlain),
         QStringLiteral("[sleep, \"301\"]"));
    QStringList changed{kPlain};
    QString newWebPort;
    if (m_ships->runsProcesses()) {
        const QString oldWebPort = m_ships->substitute(QStringLiteral("@WEBPORT@"));
        newWebPort = m_ships->substitute(QStringLiteral("@PORT173@"));
        QVERIFY(!httpGet(oldWebPort, "/etc/passwd").isEmpty());
        edit(QStringLiteral("services.web.instances.%1.ports.http").arg(kWeb),
             QStringLiteral("\"8080:%1\"").arg(newWebPort));
        changed.prepend(kWeb);
    }
    QTRY_COMPARE_WITH_TIMEOUT(applied.size() + refused.size(), changed.size(), 20000);
    QCOMPARE(refused.size(), 0);
    const QByteArray before = readFile(file);
    const Core::VoidResult saved = document->save();
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    // Exactly the edited lines differ on disk.
    const QList<QByteArray> oldLines = before.split('\n'), newLines = readFile(file).split('\n');
    QCOMPARE(newLines.size(), oldLines.size());
    int differing = 0;
    for (int i = 0; i < oldLines.size(); ++i)
        differing += oldLines.at(i) != newLines.at(i);
    QCOMPARE(differing, int(changed.size()));
    for (const QString &instance : changed)
        QTRY_VERIFY2_WITH_TIMEOUT(treeModel()->state(instance).isDrifted(), qPrintable(instance),
                                  20000);
    QVERIFY(!treeModel()->state(kRedis).isDrifted());
    QTRY_VERIFY(action("actionApplyChanges")->isEnabled());

    action("actionApplyChanges")->trigger();
    Gui::PlanPreviewDialog *preview = m_window->runActions()->runController()->preview();
    QVERIFY(preview && preview->hasPlan());
    QVERIFY(preview->windowTitle().startsWith(QStringLiteral("Apply Changes")));
    QStringList steps;
    for (const Orchestration::PlanStep &step : preview->plan().steps())
        steps.append(step.id);
    // web and plain do not depend on each other: any order is dependency order.
    steps.sort();
    changed.sort();
    QCOMPARE(steps, changed);
    preview->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
    const auto report = finished.last().first().value<Orchestration::RunReport>();
    QVERIFY2(report.ok(), qPrintable(report.firstError ? report.firstError->message : QString()));

    // Restarted with the file's values; redis kept its container.
    QTRY_VERIFY_WITH_TIMEOUT(treeModel()->state(kPlain).containerId != plainContainer
                                 && !treeModel()->state(kPlain).containerId.isEmpty(),
                             15000);
    for (const QString &instance : changed)
        QTRY_VERIFY2_WITH_TIMEOUT(!treeModel()->state(instance).isDrifted(), qPrintable(instance),
                                  20000);
    QCOMPARE(treeModel()->state(kRedis).containerId, redisContainer);
    if (!newWebPort.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(httpGet(newWebPort, "/etc/passwd").contains("root:x:0"), 15000);
}

QTEST_MAIN(tst_GuiRun)
#include "tst_guirun.moc"
