// SPDX-License-Identifier: GPL-3.0-or-later
// The panels against real daemons (orchships.sh's ships, fixture orch_ships): the logs view
// follows a container that writes lines on both streams; the details panel shows the drift
// of a container created with other settings than configured; a reload of the file keeps
// the selected instance's log stream.
#include "core/model/containercreatebody.h"
#include "core/model/environmentloader.h"
#include "docker/engineclient.h"
#include "document/environmentdocument.h"
#include "gui/instance/detailspanel.h"
#include "gui/instance/instancepanels.h"
#include "gui/instance/logsview.h"
#include "gui/livestate.h"
#include "gui/mainwindow.h"
#include "gui/selectionsync.h"
#include "gui/ships/connectiontestdialog.h"
#include "gui/ships/shipspanel.h"
#include "models/environmenttreemodel.h"
#include "models/instancedetailsmodel.h"
#include "models/logbuffermodel.h"
#include "models/logsession.h"
#include "models/shipsmodel.h"
#include "orchestration/checks/instanceinspection.h"
#include "orchestration/live/statemonitor.h"
#include "orchestration/ships/shipclients.h"
#include "orchestration/ships/shipconnections.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

using namespace Maestro;
using Models::InstanceDetailsModel;

namespace {
const char *kEnvironment = R"(__maestro: {schema: 2}
name: mdt-gui-panels
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
  orch2: {ip: 127.0.0.1, endpoint: 127.0.0.1, docker_port: @ORCH2PORT@, timeout: 10}
services:
  chatter:
    image: @IMAGE@
    env: {GREETING: hello}
    instances:
      mdt-orch-gui-chatter-1:
        ship: orch1
        stop_timeout: 1
        command: ["sh", "-c", "i=0; while true; do echo out $i; echo err $i >&2; i=$((i+1)); usleep 2000; done"]
      mdt-orch-gui-drift-1:
        ship: orch2
        stop_timeout: 1
        command: ["sleep", "600"]
)";

template<typename T>
Core::Result<T> wait(QFuture<Core::Result<T>> future)
{
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return Core::Error{QStringLiteral("cancelled"), {}, {}};
    return future.result();
}
} // namespace

class tst_PanelsDaemon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void logsFollowAContainer();
    void detailsShowDrift();
    void shipsTestConnection();
    void mainWindowPanelsFollowSelection();
    void shipsFollowLiveState();
    void detailsFollowLiveState();
    void reloadKeepsTheLogStream();
    void logsWaitOnATcpShip();
    void serviceLogsTogether();

private:
    // kEnvironment for orchships.sh's ships, changed by `edit` (a replacement).
    QString environmentText(const QString &before = {}, const QString &after = {}) const;
    // Writes the file as editors do (an atomic rename) and waits for the window's reload.
    void rewriteFile(Gui::MainWindow &window, const QString &text);
    // The test environment with orch2 on a loopback port nothing listens on, as a file.
    QString writeDeadOrch2File();
    // Creates and starts `instance`'s container from its create body, changed by `edit`.
    void run(const QString &instance, const std::function<void(QJsonObject &)> &edit = {});
    void removeOurContainers();

    QTemporaryDir m_dir;
    QString m_file; // the environment, as the main window opens it
    QHash<QString, QString> m_env;
    Core::EnvironmentPtr m_environment;
    QThreadPool m_pool;
    Orchestration::ShipConnections m_connections; // the one owner of ship clients, as in main()
    std::unique_ptr<Orchestration::ShipClients> m_clients;
};

void tst_PanelsDaemon::initTestCase()
{
    QFile file(qEnvironmentVariable("MDT_ORCH_ENV"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "MDT_ORCH_ENV must name orchships.sh's orch.env");
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("maestro-desktop-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_panelsdaemon"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());

    const QString text = environmentText();
    m_file = m_dir.filePath(QStringLiteral("panels.yaml"));
    QFile out(m_file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    const Core::LoadResult loaded
        = Core::loadEnvironmentText(text, QStringLiteral("panels.yaml"), m_dir.path(), {});
    QVERIFY2(loaded.environment, "the test environment must load");
    m_environment = loaded.environment;
    m_clients = std::make_unique<Orchestration::ShipClients>(m_environment, m_connections);
    QVERIFY(m_clients->probe(QStringLiteral("orch1")).ok());
    QVERIFY(m_clients->probe(QStringLiteral("orch2")).ok());
    removeOurContainers();
}

QString tst_PanelsDaemon::environmentText(const QString &before, const QString &after) const
{
    QString text = QString::fromUtf8(kEnvironment);
    if (!before.isEmpty()) {
        const qsizetype at = text.indexOf(before);
        if (at >= 0)
            text.replace(at, before.size(), after);
        else
            qWarning("no %s in the environment", qPrintable(before));
    }
    text.replace(QStringLiteral("@ORCH1@"), m_env.value(QStringLiteral("MDT_ORCH1_SOCKET")));
    text.replace(QStringLiteral("@ORCH2PORT@"), m_env.value(QStringLiteral("MDT_ORCH2_TCP_PORT")));
    text.replace(QStringLiteral("@IMAGE@"), m_env.value(QStringLiteral("MDT_ORCH_IMAGE")));
    return text;
}

void tst_PanelsDaemon::rewriteFile(Gui::MainWindow &window, const QString &text)
{
    const Core::EnvironmentPtr before = window.document()->environment();
    QSaveFile out(m_file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    QVERIFY(out.commit());
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->environment() != before, 20000);
    QVERIFY(!window.document()->isStale());
}

void tst_PanelsDaemon::cleanupTestCase()
{
    if (m_clients)
        removeOurContainers();
}

void tst_PanelsDaemon::removeOurContainers()
{
    for (const QString &ship : {QStringLiteral("orch1"), QStringLiteral("orch2")}) {
        Orchestration::ShipApi *client = m_clients->client(ship);
        Docker::ContainerListOptions options;
        options.names = {QStringLiteral("mdt-orch-gui-")};
        const auto list = wait(client->listContainers(options));
        QVERIFY2(list.ok(), qPrintable(ship));
        for (const Docker::ContainerSummary &c : *list) {
            Docker::RemoveOptions remove;
            remove.force = true;
            QVERIFY(wait(client->removeContainer(c.id, remove)).ok());
        }
    }
}

void tst_PanelsDaemon::run(const QString &name, const std::function<void(QJsonObject &)> &edit)
{
    const Core::Instance *instance = m_environment->instance(name);
    QVERIFY(instance);
    QJsonObject body = Core::containerCreateBody(*m_environment, *instance, {});
    if (edit)
        edit(body);
    Orchestration::ShipApi *client = m_clients->client(instance->ship);
    const auto created = wait(client->createContainer(name, body));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
    const auto started = wait(client->startContainer(created->id));
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
}

void tst_PanelsDaemon::logsFollowAContainer()
{
    const QString name = QStringLiteral("mdt-orch-gui-chatter-1");
    run(name);
    if (QTest::currentTestFailed())
        return;
    Orchestration::ShipApi *client = m_clients->client(QStringLiteral("orch1"));
    const Models::LogSource source
        = [client, name](const Models::LogRequest &request, Models::LogEntryCallback onEntry) {
              Docker::LogOptions options;
              options.follow = request.follow;
              options.timestamps = request.timestamps;
              if (request.tail >= 0)
                  options.tail = request.tail;
              return client->streamContainerLogs(name, options, std::move(onEntry));
          };

    Gui::LogsView view;
    view.followCheck()->setChecked(true);
    view.setInstance(name, source);
    Models::LogBufferModel *model = view.session()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 200, 20000);
    QCOMPARE(view.session()->state(), Models::LogSession::State::Running);

    // Both streams, told apart, each line whole.
    bool sawStdout = false;
    bool sawStderr = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Models::LogLine &line = model->line(row);
        const bool isErr = line.stream == Docker::OutputStream::Stderr;
        QVERIFY2(line.text.startsWith(isErr ? QStringLiteral("err ") : QStringLiteral("out ")),
                 qPrintable(line.text));
        sawStdout = sawStdout || !isErr;
        sawStderr = sawStderr || isErr;
    }
    QVERIFY(sawStdout && sawStderr);

    // Following: lines keep coming while the container writes.
    const qint64 seen = model->appendedCount();
    QTRY_VERIFY_WITH_TIMEOUT(model->appendedCount() > seen + 100, 20000);
    QVERIFY(view.statusLabel()->text().contains(name));

    // Without follow the stream ends after the tail.
    view.tailSpin()->setValue(5);
    view.followCheck()->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(view.session()->state(), Models::LogSession::State::Ended, 20000);
    QCOMPARE(model->rowCount(), 5);
}

void tst_PanelsDaemon::detailsShowDrift()
{
    const QString name = QStringLiteral("mdt-orch-gui-drift-1");
    // Created by hand with another GREETING than configured.
    run(name, [](QJsonObject &body) {
        QJsonArray env;
        for (const QJsonValue &entry : body.value(QStringLiteral("Env")).toArray()) {
            env.append(entry.toString().startsWith(QLatin1String("GREETING="))
                           ? QStringLiteral("GREETING=changed by hand")
                           : entry.toString());
        }
        body.insert(QStringLiteral("Env"), env);
    });
    if (QTest::currentTestFailed())
        return;
    Orchestration::ShipApi *client = m_clients->client(QStringLiteral("orch2"));
    Gui::DetailsPanel panel;
    QSignalSpy updated(&panel, &Gui::DetailsPanel::runtimeUpdated);
    panel.setInstance(m_environment, name, [this, client, name] {
        return Orchestration::inspectInstance(&m_pool, client, m_environment, name);
    });
    QVERIFY(updated.wait(20000));
    InstanceDetailsModel *model = panel.model();
    QCOMPARE(model->runtimeState(), InstanceDetailsModel::RuntimeState::Inspected);
    QVERIFY2(model->driftCount() == 1, qPrintable(panel.summaryLabel()->text()));

    const QModelIndex env = model->sectionIndex(InstanceDetailsModel::Section::Environment);
    QModelIndex greeting;
    for (int row = 0; row < model->rowCount(env); ++row) {
        if (model->index(row, 0, env).data().toString() == QLatin1String("GREETING"))
            greeting = model->index(row, 0, env);
    }
    QVERIFY(greeting.isValid());
    QVERIFY(greeting.data(InstanceDetailsModel::DriftRole).toBool());
    QCOMPARE(greeting.siblingAtColumn(InstanceDetailsModel::ValueColumn).data().toString(),
             QStringLiteral("hello"));
    QCOMPARE(greeting.siblingAtColumn(InstanceDetailsModel::RuntimeColumn).data().toString(),
             QStringLiteral("changed by hand"));
    const QModelIndex differences = model->sectionIndex(InstanceDetailsModel::Section::Differences);
    QCOMPARE(model->index(0, 0, differences).data().toString(), QStringLiteral("env.GREETING"));

    // Recreated as configured: no drift after a refresh.
    removeOurContainers();
    run(name);
    panel.refreshAction()->trigger();
    QVERIFY(updated.wait(20000));
    QVERIFY2(model->driftCount() == 0, qPrintable(panel.summaryLabel()->text()));
    QVERIFY(!greeting.data(InstanceDetailsModel::DriftRole).toBool());

    // Gone: the panel says so.
    removeOurContainers();
    panel.refreshAction()->trigger();
    QVERIFY(updated.wait(20000));
    QCOMPARE(model->runtimeState(), InstanceDetailsModel::RuntimeState::NoContainer);
}

// Live ships pass every step; a ship whose daemon is gone fails at Connect.
void tst_PanelsDaemon::shipsTestConnection()
{
    Gui::ShipsPanel panel;
    panel.setEnvironment(m_environment);
    QCOMPARE(panel.model()->rowCount(), 2);
    QSignalSpy tested(&panel, &Gui::ShipsPanel::shipTested);
    for (const QString &ship : {QStringLiteral("orch1"), QStringLiteral("orch2")}) {
        Gui::ConnectionTestDialog *dialog = panel.testConnection(ship);
        QVERIFY(tested.wait(20000));
        const QList<Docker::ConnectionCheckStep> steps = dialog->steps();
        QVERIFY(!steps.isEmpty());
        for (const Docker::ConnectionCheckStep &step : steps) {
            QVERIFY2(step.outcome == Docker::ConnectionCheckStep::Outcome::Passed,
                     qPrintable(ship + QLatin1String(": ") + step.detail));
        }
        QCOMPARE(steps.constLast().kind, Docker::ConnectionCheckStep::Kind::ApiVersion);
        QCOMPARE(dialog->stepsView()->topLevelItemCount(), steps.size());
        QVERIFY2(dialog->summaryLabel()->text().startsWith(QStringLiteral("Connected")),
                 qPrintable(dialog->summaryLabel()->text()));
        QCOMPARE(panel.model()->state(panel.model()->rowOf(ship)),
                 Models::ShipsModel::State::Connected);
    }

    // orch2 as it would be with its daemon stopped: nothing listens on the port any more.
    const QString deadFile = writeDeadOrch2File();
    QVERIFY(!deadFile.isEmpty());
    Core::LoadRequest request;
    request.file = deadFile;
    panel.setEnvironment(Core::loadEnvironment(request).environment);
    const int orch2 = panel.model()->rowOf(QStringLiteral("orch2"));
    QCOMPARE(panel.model()->state(orch2), Models::ShipsModel::State::Unknown); // endpoint changed
    QCOMPARE(panel.model()->state(panel.model()->rowOf(QStringLiteral("orch1"))),
             Models::ShipsModel::State::Connected);
    Gui::ConnectionTestDialog *dialog = panel.testConnection(QStringLiteral("orch2"));
    QVERIFY(tested.wait(20000));
    const QList<Docker::ConnectionCheckStep> steps = dialog->steps();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).outcome, Docker::ConnectionCheckStep::Outcome::Passed); // resolve
    QCOMPARE(steps.at(1).kind, Docker::ConnectionCheckStep::Kind::Connect);
    QCOMPARE(steps.at(1).outcome, Docker::ConnectionCheckStep::Outcome::Failed);
    QCOMPARE(steps.at(2).outcome, Docker::ConnectionCheckStep::Outcome::Skipped);
    QCOMPARE(panel.model()->state(orch2), Models::ShipsModel::State::Unreachable);
    QVERIFY(dialog->summaryLabel()->text().startsWith(QStringLiteral("Connect failed")));
}

// The main window's logs, details and ships panels follow the instance selected in the
// tree: logs through the log follower, details inspected, the instance's ship selected.
void tst_PanelsDaemon::mainWindowPanelsFollowSelection()
{
    const QString chatter = QStringLiteral("mdt-orch-gui-chatter-1");
    const QString drift = QStringLiteral("mdt-orch-gui-drift-1");
    run(chatter);
    if (QTest::currentTestFailed())
        return;
    Gui::MainWindow window(&m_pool, m_connections);
    window.liveState()->setRefreshInterval(0);
    window.openFile(m_file);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Models::EnvironmentTreeModel *>()->environment(),
                             20000);
    Gui::InstancePanels *panels = window.findChild<Gui::InstancePanels *>();
    QVERIFY(panels->logsDock()->parent() == &window);
    QCOMPARE(panels->shipsPanel()->model()->rowCount(), 2);

    // An earlier test left "no follow, 5 lines" in the settings.
    panels->logsView()->followCheck()->setChecked(true);
    panels->logsView()->tailSpin()->setValue(100);
    window.selection()->selectInstance(chatter);
    QCOMPARE(panels->instance(), chatter);
    QCOMPARE(panels->logsView()->instance(), chatter);
    QCOMPARE(panels->detailsPanel()->instance(), chatter);
    QCOMPARE(panels->shipsPanel()->currentShip(), QStringLiteral("orch1"));
    QTRY_VERIFY2_WITH_TIMEOUT(panels->logsView()->session()->model()->rowCount() > 10,
                              qPrintable(panels->logsView()->statusLabel()->text()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panels->detailsPanel()->model()->runtimeState(),
                              InstanceDetailsModel::RuntimeState::Inspected, 20000);
    QCOMPARE(panels->detailsPanel()->model()->driftCount(), 0);

    // Another instance: everything moves along; it has no container yet.
    window.selection()->selectInstance(drift);
    QCOMPARE(panels->logsView()->instance(), drift);
    QCOMPARE(panels->detailsPanel()->instance(), drift);
    QCOMPARE(panels->shipsPanel()->currentShip(), QStringLiteral("orch2"));
    QTRY_COMPARE_WITH_TIMEOUT(panels->detailsPanel()->model()->runtimeState(),
                              InstanceDetailsModel::RuntimeState::NoContainer, 20000);
    QCOMPARE(panels->logsView()->session()->model()->rowCount(), 0); // the old lines went

    // The follower waits for the container and shows its output once it exists.
    run(drift, [](QJsonObject &body) {
        body.insert(QStringLiteral("Cmd"),
                    QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("echo drift says hi; sleep 600")});
    });
    QTRY_VERIFY_WITH_TIMEOUT(panels->logsView()->session()->model()->rowCount() > 0, 20000);
    QCOMPARE(panels->logsView()->session()->model()->line(0).text, QStringLiteral("drift says hi"));
    removeOurContainers();
}

// orch2 is reached over TCP. Its logs wait for a container that does not exist yet for longer
// than the ship's timeout (1 s here), without failing, and show its output once it starts.
void tst_PanelsDaemon::logsWaitOnATcpShip()
{
    const QString drift = QStringLiteral("mdt-orch-gui-drift-1");
    removeOurContainers();
    const QString path = m_dir.filePath(QStringLiteral("tcp.yaml"));
    {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(
            environmentText(QStringLiteral("timeout: 10"), QStringLiteral("timeout: 1")).toUtf8());
    }
    Gui::MainWindow window(&m_pool, m_connections);
    window.liveState()->setRefreshInterval(0);
    window.openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Models::EnvironmentTreeModel *>()->environment(),
                             20000);
    Gui::InstancePanels *panels = window.findChild<Gui::InstancePanels *>();
    Gui::LogsView *logs = panels->logsView();
    logs->followCheck()->setChecked(true);
    window.selection()->selectInstance(drift);
    QTRY_COMPARE_WITH_TIMEOUT(panels->detailsPanel()->model()->runtimeState(),
                              InstanceDetailsModel::RuntimeState::NoContainer, 20000);
    // Nothing to await: the failure would come after the ship's timeout. Three of them.
    QTest::qWait(3000);
    QCOMPARE(logs->session()->state(), Models::LogSession::State::Running);
    QVERIFY2(!logs->statusLabel()->text().contains(QStringLiteral("timed out")),
             qPrintable(logs->statusLabel()->text()));

    // The positive control: the same wait delivers once the container starts.
    run(drift, [](QJsonObject &body) {
        body.insert(QStringLiteral("Cmd"),
                    QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("echo drift says hi; sleep 600")});
    });
    QTRY_VERIFY2_WITH_TIMEOUT(logs->session()->model()->rowCount() > 0,
                              qPrintable(logs->statusLabel()->text()), 20000);
    QCOMPARE(logs->session()->model()->line(0).text, QStringLiteral("drift says hi"));
    QCOMPARE(logs->session()->state(), Models::LogSession::State::Running);
    QVERIFY2(logs->statusLabel()->text().startsWith(QStringLiteral("Following ")),
             qPrintable(logs->statusLabel()->text()));
    removeOurContainers();
}

// A service's group selected: the logs of all its instances (chatter-1 on orch1, drift-1 on
// orch2) in one view, each line prefixed with its instance.
void tst_PanelsDaemon::serviceLogsTogether()
{
    const QString chatter = QStringLiteral("mdt-orch-gui-chatter-1");
    const QString drift = QStringLiteral("mdt-orch-gui-drift-1");
    removeOurContainers();
    run(chatter);
    run(drift, [](QJsonObject &body) {
        body.insert(QStringLiteral("Cmd"),
                    QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("echo drift says hi; sleep 600")});
    });
    if (QTest::currentTestFailed())
        return;
    Gui::MainWindow window(&m_pool, m_connections);
    window.liveState()->setRefreshInterval(0);
    window.openFile(m_file);
    auto *model = window.findChild<Models::EnvironmentTreeModel *>();
    QTRY_VERIFY_WITH_TIMEOUT(model->environment(), 20000);
    window.findChild<QAction *>(QStringLiteral("actionGroupByService"))->setChecked(true);
    QCOMPARE(model->grouping(), Models::EnvironmentTreeModel::Grouping::ByService);
    Gui::InstancePanels *panels = window.findChild<Gui::InstancePanels *>();
    Gui::LogsView *logs = panels->logsView();
    logs->followCheck()->setChecked(true);
    logs->tailSpin()->setValue(5);

    window.selection()->selectService(QStringLiteral("chatter"));
    QCOMPARE(logs->instance(), QStringLiteral("chatter (all instances)"));
    Models::LogBufferModel *lines = logs->session()->model();
    const auto seen = [lines](const QString &prefix) {
        for (int row = 0; row < lines->rowCount(); ++row) {
            if (lines->line(row).text.startsWith(prefix))
                return true;
        }
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(seen(drift + QStringLiteral(" | drift says hi")),
                              qPrintable(logs->statusLabel()->text()), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(seen(chatter + QStringLiteral(" | out ")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(seen(chatter + QStringLiteral(" | err ")), 20000);
    // Every line says whose it is.
    for (int row = 0; row < lines->rowCount(); ++row) {
        const QString text = lines->line(row).text;
        QVERIFY2(text.startsWith(chatter + QStringLiteral(" | "))
                     || text.startsWith(drift + QStringLiteral(" | ")),
                 qPrintable(text));
    }
    // An instance again: its own lines, unprefixed.
    window.selection()->selectInstance(drift);
    QCOMPARE(logs->instance(), drift);
    QTRY_VERIFY_WITH_TIMEOUT(lines->rowCount() > 0, 20000);
    QCOMPARE(lines->line(0).text, QStringLiteral("drift says hi"));
    removeOurContainers();
}

QString tst_PanelsDaemon::writeDeadOrch2File()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return {};
    const int deadPort = server.serverPort();
    server.close();
    const QString text = environmentText(QStringLiteral("docker_port: @ORCH2PORT@"),
                                         QStringLiteral("docker_port: %1").arg(deadPort));
    const QString path = m_dir.filePath(QStringLiteral("dead.yaml"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(text.toUtf8());
    return path;
}

// The ships dock shows what the live state monitor knows without any test: orch1 answers,
// orch2's daemon is gone (host down, then why: nothing listens, so Connect fails). With
// live state off, nothing is contacted and the ships stay "not tested".
void tst_PanelsDaemon::shipsFollowLiveState()
{
    const QString deadFile = writeDeadOrch2File();
    QVERIFY(!deadFile.isEmpty());
    Gui::MainWindow window(&m_pool, m_connections);
    window.liveState()->setRefreshInterval(0);
    Models::ShipsModel *ships = window.findChild<Gui::InstancePanels *>()->shipsPanel()->model();
    // orch2 goes through "host down" (the monitor's reason) before the diagnosis tells why.
    QString hostDownDetail;
    QObject watcher; // goes before hostDownDetail, and takes the connection with it
    connect(ships, &QAbstractItemModel::dataChanged, &watcher, [&hostDownDetail, ships] {
        const int row = ships->rowOf(QStringLiteral("orch2"));
        if (row >= 0 && ships->state(row) == Models::ShipsModel::State::HostDown)
            hostDownDetail = ships->index(row, Models::ShipsModel::DetailColumn).data().toString();
    });
    window.openFile(deadFile);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Models::EnvironmentTreeModel *>()->environment(),
                             20000);
    QVERIFY(window.liveState()->monitor());
    const int orch1 = ships->rowOf(QStringLiteral("orch1"));
    const int orch2 = ships->rowOf(QStringLiteral("orch2"));
    QVERIFY(orch1 >= 0 && orch2 >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(ships->state(orch1), Models::ShipsModel::State::Connected, 20000);
    QVERIFY(ships->isLive(orch1));
    QVERIFY(ships->lastSteps(orch1).isEmpty()); // nobody ran a test
    QTRY_COMPARE_WITH_TIMEOUT(ships->state(orch2), Models::ShipsModel::State::Unreachable, 20000);
    QVERIFY(ships->isLive(orch2));
    const QString detail = ships->index(orch2, Models::ShipsModel::DetailColumn).data().toString();
    QVERIFY2(detail.startsWith(QStringLiteral("Connect failed")), qPrintable(detail));
    QVERIFY2(hostDownDetail.startsWith(QStringLiteral("host down: ")), qPrintable(hostDownDetail));
    QCOMPARE(window.liveState()->monitor()->contactedShips(),
             QStringList({QStringLiteral("orch1"), QStringLiteral("orch2")}));

    // Live state off: the rows go back to what tests found (none ran), and stay there.
    window.liveState()->setEnabled(false);
    QVERIFY(!window.liveState()->monitor());
    QCOMPARE(ships->state(orch1), Models::ShipsModel::State::Unknown);
    QCOMPARE(ships->state(orch2), Models::ShipsModel::State::Unknown);
    window.openFile(deadFile); // a reload with live state off contacts no ship either
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Models::EnvironmentTreeModel *>()->environment(),
                             20000);
    QVERIFY(!window.liveState()->monitor());
    QCOMPARE(ships->state(orch1), Models::ShipsModel::State::Unknown);
    QCOMPARE(ships->state(orch2), Models::ShipsModel::State::Unknown);
}

// The details panel of the selected instance follows its container: stopped behind the
// app's back, it shows the exited container without a Refresh; started again, running.
void tst_PanelsDaemon::detailsFollowLiveState()
{
    const QString chatter = QStringLiteral("mdt-orch-gui-chatter-1");
    removeOurContainers();
    run(chatter);
    if (QTest::currentTestFailed())
        return;
    Gui::MainWindow window(&m_pool, m_connections);
    window.liveState()->setRefreshInterval(0); // only the event stream tells about the stop
    window.openFile(m_file);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Models::EnvironmentTreeModel *>()->environment(),
                             20000);
    Gui::DetailsPanel *details = window.findChild<Gui::InstancePanels *>()->detailsPanel();
    window.selection()->selectInstance(chatter);
    const auto containerStatus = [details] {
        return details->model()
            ->sectionIndex(InstanceDetailsModel::Section::Container)
            .siblingAtColumn(InstanceDetailsModel::RuntimeColumn)
            .data()
            .toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(containerStatus(), QStringLiteral("running"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.liveState()->monitor()->isStreaming(QStringLiteral("orch1")),
                             20000);

    Orchestration::ShipApi *orch1 = m_clients->client(QStringLiteral("orch1"));
    QVERIFY(wait(orch1->stopContainer(chatter, 1)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(containerStatus(), QStringLiteral("exited"), 20000);
    QVERIFY(wait(orch1->startContainer(chatter)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(containerStatus(), QStringLiteral("running"), 20000);
    removeOurContainers();
}

// A reload (the file changed on disk, or File > Reload) keeps the selected instance's log
// stream while it names the same container on the same ship: not restarted, the lines
// shown stay, none comes twice; the details show the new configuration. Moved to another
// ship, the stream follows it there; gone from the file, the logs go too.
void tst_PanelsDaemon::reloadKeepsTheLogStream()
{
    const QString chatter = QStringLiteral("mdt-orch-gui-chatter-1");
    run(chatter);
    if (QTest::currentTestFailed())
        return;
    Gui::MainWindow window(&m_pool, m_connections);
    window.liveState()->setRefreshInterval(0);
    window.document()->setReloadDelay(0);
    window.openFile(m_file);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<Models::EnvironmentTreeModel *>()->environment(),
                             20000);
    Gui::InstancePanels *panels = window.findChild<Gui::InstancePanels *>();
    Gui::LogsView *logs = panels->logsView();
    logs->followCheck()->setChecked(true);
    logs->tailSpin()->setValue(100);
    window.selection()->selectInstance(chatter);
    Models::LogSession *session = logs->session();
    Models::LogBufferModel *model = session->model();
    QTRY_VERIFY2_WITH_TIMEOUT(model->rowCount() > 10, qPrintable(logs->statusLabel()->text()),
                              20000);
    QSignalSpy states(session, &Models::LogSession::stateChanged);
    QSignalSpy cleared(model, &QAbstractItemModel::modelReset);

    // The stream kept through an edit of the file (another GREETING) and a plain reload.
    const auto streamGoesOn = [&] {
        const qint64 seen = model->appendedCount();
        QTRY_VERIFY_WITH_TIMEOUT(model->appendedCount() > seen + 100, 20000);
        QCOMPARE(states.count(), 0);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(logs->instance(), chatter);
        QCOMPARE(session->state(), Models::LogSession::State::Running);
        // Each stream's lines are numbered: a restarted stream would repeat its tail.
        int previous = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Models::LogLine &line = model->line(row);
            if (line.stream != Docker::OutputStream::Stdout)
                continue;
            const int number = line.text.mid(4).toInt();
            QVERIFY2(number > previous, qPrintable(line.text));
            previous = number;
        }
    };
    rewriteFile(window, environmentText(QStringLiteral("GREETING: hello"),
                                        QStringLiteral("GREETING: hello again")));
    QCOMPARE(panels->instance(), chatter);
    streamGoesOn();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(panels->detailsPanel()->model()->runtimeState(),
                              InstanceDetailsModel::RuntimeState::Inspected, 20000);
    QCOMPARE(panels->detailsPanel()->model()->driftCount(), 1); // the container says "hello"

    const Core::EnvironmentPtr edited = window.document()->environment();
    window.document()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->environment() != edited, 20000);
    streamGoesOn();
    if (QTest::currentTestFailed())
        return;

    // On another ship (which has no such container): a new stream, the old lines gone.
    rewriteFile(window,
                environmentText(QStringLiteral("ship: orch1"), QStringLiteral("ship: orch2")));
    QCOMPARE(logs->instance(), chatter);
    QVERIFY(cleared.count() > 0);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(panels->shipsPanel()->currentShip(), QStringLiteral("orch2"));

    // Gone from the file: nothing is shown.
    rewriteFile(window, environmentText(chatter + QLatin1Char(':'),
                                        QStringLiteral("mdt-orch-gui-renamed-1:")));
    QCOMPARE(logs->instance(), QString());
    QCOMPARE(panels->instance(), QString());
    QCOMPARE(model->rowCount(), 0);

    rewriteFile(window, environmentText());
    removeOurContainers();
}

QTEST_MAIN(tst_PanelsDaemon)
#include "tst_panelsdaemon.moc"
