// SPDX-License-Identifier: GPL-3.0-or-later
// `maestro` start/status/stop/kill/clean and the orchestration library against the real
// daemons of orchships.sh. Every container is named mdt-orch-* and removed after each test.
#include "orchestration/commandtasks.h"
#include "orchestration/planbuilder.h"
#include "orchestration/planrunner.h"
#include "orchestration/shipclients.h"

#include "core/model/containercreatebody.h"
#include "core/model/environmentloader.h"
#include "docker/engineclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Maestro;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

template<typename T>
Core::Result<T> wait(QFuture<Core::Result<T>> future)
{
    future.waitForFinished();
    if (future.resultCount() == 0)
        return Core::Error{QStringLiteral("cancelled"), {}, {}};
    return future.result();
}

// The quickstart: zk <- kafka <- web (wants_info kafka), zk on orch1, the rest spread
// over both ships; `full-1` sets every instance field MaestroNG maps to the create body.
const char *kQuickstart = R"(__maestro: {schema: 2}
name: orch-quickstart
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
  orch2: {ip: 127.0.0.1, endpoint: 127.0.0.1, docker_port: @ORCH2PORT@, timeout: 10}
services:
  zk:
    image: @IMAGE@
    env: {ZOO_MODE: standalone}
    instances:
      mdt-orch-zk-1:
        stop_timeout: 1
        ship: orch1
        command: ["httpd", "-f", "-p", "2181"]
        ports: {client: "2181:18201"}
        lifecycle:
          running: [{type: tcp, port: client}]
  kafka:
    image: @IMAGE@
    requires: [zk]
    instances:
      mdt-orch-kafka-1:
        stop_timeout: 1
        ship: orch2
        command: ["httpd", "-f", "-p", "9092"]
        ports: {broker: "9092:18202"}
        lifecycle:
          running: [{type: tcp, port: broker}, {type: rexec, command: "true"}]
      mdt-orch-kafka-2:
        stop_timeout: 1
        ship: orch1
        command: ["httpd", "-f", "-p", "9092", "-h", "/"]
        ports: {broker: "9092:18203"}
        lifecycle:
          running: [{type: http, port: broker, path: etc/passwd, match_regex: "root:x:0", max_wait: 20}]
  web:
    image: @IMAGE@
    requires: [kafka]
    wants_info: [zk]
    instances:
      mdt-orch-web-1:
        stop_timeout: 1
        ship: orch2
        command: ["sh", "-c", "exec httpd -f -p 80"]
        ports: {http: "80:18204"}
        lifecycle:
          running: [{type: exec, command: "sh -c 'test \"$MDT_ORCH_CHECK\" = web'"}]
        env: {MDT_ORCH_CHECK: web}
      mdt-orch-full-1:
        ship: orch1
        command: ["sleep", "3600"]
        username: root
        workdir: /tmp
        env: {A: 1, B: true, C: "x y"}
        labels: {team: orch, tier: test}
        ports: {dns: "53/udp:18253/udp", admin: "8080:18205"}
        volumes:
          @VOLDIR@: /data
          @VOLDIR2@: {target: /ro, mode: ro}
        container_volumes: [/scratch]
        restart: on-failure:3
        limits: {memory: 64m, swap: 128m, cpu: 512}
        dns: [10.239.21.53]
        extra_hosts: {h1: 10.1.2.3, h2: {ship: orch2}}
        cap_add: [NET_ADMIN]
        cap_drop: [MKNOD]
        ulimits: {nofile: {soft: 1024, hard: 2048}, nproc: 512}
        log_driver: json-file
        log_opt: {max-size: 1m, max-file: "2"}
        stop_timeout: 1
)";

const char *kFailing = R"(name: orch-failing
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
services:
  db:
    image: @IMAGE@
    instances:
      mdt-orch-fdb-1:
        ship: orch1
        command: ["sleep", "3600"]
        stop_timeout: 1
        lifecycle:
          running: [{type: rexec, command: "test -f /never-there", attempts: 2}]
  app:
    image: @IMAGE@
    requires: [db]
    instances:
      mdt-orch-fapp-1: {ship: orch1, command: ["sleep", "3600"]}
)";

// orch1 is up; `dead` is a socket nobody listens on, `deadtcp` a closed local port.
const char *kDeadShip = R"(name: orch-dead
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
  dead: {ip: 127.0.0.1, socket_path: @DEADSOCK@, timeout: 2}
  deadtcp: {ip: 127.0.0.1, docker_port: 1, timeout: 2}
services:
  a:
    image: @IMAGE@
    instances:
      mdt-orch-dead-1: {ship: dead}
      mdt-orch-dead-2: {ship: dead}
      mdt-orch-dead-3: {ship: deadtcp}
      mdt-orch-live-1: {ship: orch1, command: ["sleep", "3600"], stop_timeout: 1}
)";

// A running check that sleeps long enough for the test to press Ctrl-C meanwhile.
const char *kSlow = R"(name: orch-slow
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
services:
  a:
    image: @IMAGE@
    instances:
      mdt-orch-slow-1:
        ship: orch1
        command: ["sleep", "3600"]
        stop_timeout: 1
        lifecycle:
          running: [{type: sleep, wait: 120}]
  b:
    image: @IMAGE@
    requires: [a]
    instances:
      mdt-orch-slow-2: {ship: orch1, command: ["sleep", "3600"]}
)";

// A container whose command ends at once, with output.
const char *kExits = R"(name: orch-exits
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
services:
  a:
    image: @IMAGE@
    instances:
      mdt-orch-exit-1: {ship: orch1, command: ["sh", "-c", "echo configuration missing; exit 3"]}
)";

} // namespace

class tst_Orchestration : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<Docker::EngineClient> m_orch1;
    std::unique_ptr<Docker::EngineClient> m_orch2;

    QString writeFile(const QString &name, const char *templ)
    {
        QString text = QString::fromUtf8(templ);
        text.replace(QStringLiteral("@ORCH1@"), m_env.value(QStringLiteral("MDT_ORCH1_SOCKET")));
        text.replace(QStringLiteral("@ORCH2PORT@"),
                     m_env.value(QStringLiteral("MDT_ORCH2_TCP_PORT")));
        text.replace(QStringLiteral("@IMAGE@"), m_env.value(QStringLiteral("MDT_ORCH_IMAGE")));
        text.replace(QStringLiteral("@VOLDIR@"), m_dir.filePath(QStringLiteral("vol")));
        text.replace(QStringLiteral("@VOLDIR2@"), m_dir.filePath(QStringLiteral("vol2")));
        text.replace(QStringLiteral("@DEADSOCK@"), m_dir.filePath(QStringLiteral("nobody.sock")));
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text.toUtf8());
        return path;
    }

    Run maestro(const QStringList &args)
    {
        QProcess process;
        process.setProgram(QStringLiteral(MAESTRO_CLI));
        process.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COLUMNS"), QStringLiteral("140"));
        process.setProcessEnvironment(env);
        process.start();
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            process.kill();
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

    std::optional<Docker::ContainerDetails> inspect(Docker::EngineClient &client,
                                                    const QString &name)
    {
        const auto d = wait(client.inspectContainer(name));
        return d ? *d : std::nullopt;
    }

    void removeOurContainers()
    {
        for (Docker::EngineClient *client : {m_orch1.get(), m_orch2.get()}) {
            Docker::ContainerListOptions options;
            options.names = {QStringLiteral("mdt-orch-")};
            const auto list = wait(client->listContainers(options));
            if (!list)
                continue;
            for (const Docker::ContainerSummary &c : *list) {
                Docker::RemoveOptions remove;
                remove.force = true;
                (void)wait(client->removeContainer(c.id, remove));
            }
        }
    }

    // The status table's final rows: instance -> status text after the container column.
    QHash<QString, QString> statusRows(const QString &file)
    {
        const Run run = maestro({QStringLiteral("-f"), file, QStringLiteral("status")});
        QHash<QString, QString> rows;
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.simplified().split(QLatin1Char(' '));
            if (cells.size() >= 6)
                rows.insert(cells.at(1), cells.mid(5).join(QLatin1Char(' ')));
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("MDT_ORCH_ENV"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "MDT_ORCH_ENV must name orchships.sh's orch.env");
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("vol")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("vol2")));
        Docker::ConnectionSettings s1;
        s1.shipName = QStringLiteral("orch1");
        s1.socketPath = m_env.value(QStringLiteral("MDT_ORCH1_SOCKET"));
        m_orch1 = std::make_unique<Docker::EngineClient>(s1);
        Docker::ConnectionSettings s2;
        s2.shipName = QStringLiteral("orch2");
        s2.endpoint = QStringLiteral("127.0.0.1");
        s2.dockerPort = m_env.value(QStringLiteral("MDT_ORCH2_TCP_PORT")).toInt();
        m_orch2 = std::make_unique<Docker::EngineClient>(s2);
        QVERIFY(wait(m_orch1->ping()).ok());
        QVERIFY(wait(m_orch2->ping()).ok());
        removeOurContainers();
    }

    void cleanup() { removeOurContainers(); }
    void cleanupTestCase() { removeOurContainers(); }

    // Start the quickstart on two ships; containers as containerCreateBody promises,
    // dependencies started first, status running; then stop in reverse order and clean.
    void quickstartStartStatusStopClean()
    {
        const QString file = writeFile(QStringLiteral("quickstart.yaml"), kQuickstart);
        const Run start = maestro({QStringLiteral("-f"), file, QStringLiteral("start")});
        QVERIFY2(start.exitCode == 0, qPrintable(start.out + start.err));
        QVERIFY2(start.out.count(QStringLiteral(" started")) == 5, qPrintable(start.out));

        const Core::LoadResult loaded = Core::loadEnvironment({file, {}, {}});
        QVERIFY(loaded.environment);
        const Core::Environment &env = *loaded.environment;
        QHash<QString, QDateTime> startedAt;
        for (const Core::Instance &instance : env.instances) {
            Docker::EngineClient &client
                = instance.ship == QLatin1String("orch1") ? *m_orch1 : *m_orch2;
            const auto details = inspect(client, instance.name);
            QVERIFY2(details.has_value(), qPrintable(instance.name));
            QVERIFY2(details->running, qPrintable(instance.name));
            startedAt.insert(instance.name, details->startedAt);
            compareWithBody(Core::containerCreateBody(env, instance, {}), details->raw,
                            instance.name);
            if (QTest::currentTestFailed())
                return;
        }
        // Dependency order by start times (spec 10.5): zk, then kafka, then web.
        for (const QString &kafka :
             {QStringLiteral("mdt-orch-kafka-1"), QStringLiteral("mdt-orch-kafka-2")}) {
            QVERIFY(startedAt.value(QStringLiteral("mdt-orch-zk-1")) < startedAt.value(kafka));
            QVERIFY(startedAt.value(kafka) < startedAt.value(QStringLiteral("mdt-orch-web-1")));
        }

        // A second start does nothing: every row is `up`.
        const Run again = maestro({QStringLiteral("-f"), file, QStringLiteral("start")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.count(QStringLiteral(" up for ")), 5);

        QHash<QString, QString> rows = statusRows(file);
        QCOMPARE(rows.size(), 5);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QVERIFY2(it.value() == QLatin1String("running"),
                     qPrintable(it.key() + QLatin1Char(' ') + it.value()));

        const Run stop
            = maestro({QStringLiteral("-f"), file, QStringLiteral("stop"), QStringLiteral("-a")});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.out + stop.err));
        // Reverse order (spec 10.5): web stopped before kafka, kafka before zk.
        QHash<QString, QDateTime> finishedAt;
        for (const Core::Instance &instance : env.instances) {
            Docker::EngineClient &client
                = instance.ship == QLatin1String("orch1") ? *m_orch1 : *m_orch2;
            const auto details = inspect(client, instance.name);
            QVERIFY(details && !details->running);
            finishedAt.insert(instance.name, details->finishedAt);
        }
        for (const QString &kafka :
             {QStringLiteral("mdt-orch-kafka-1"), QStringLiteral("mdt-orch-kafka-2")}) {
            QVERIFY(finishedAt.value(QStringLiteral("mdt-orch-web-1")) < finishedAt.value(kafka));
            QVERIFY(finishedAt.value(kafka) < finishedAt.value(QStringLiteral("mdt-orch-zk-1")));
        }
        rows = statusRows(file);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QVERIFY2(it.value() == QLatin1String("down"),
                     qPrintable(it.key() + QLatin1Char(' ') + it.value()));

        const Run clean = maestro({QStringLiteral("-f"), file, QStringLiteral("clean")});
        QCOMPARE(clean.exitCode, 0);
        QCOMPARE(clean.out.count(QStringLiteral(" removed")), 5);
        QVERIFY(!inspect(*m_orch1, QStringLiteral("mdt-orch-zk-1")).has_value());
        QVERIFY(!inspect(*m_orch2, QStringLiteral("mdt-orch-web-1")).has_value());
    }

    // KW-9: status asks each ship for its container list once, whatever the row count;
    // only the ships of the plan are contacted.
    void statusListsOncePerShip()
    {
        const QString file = writeFile(QStringLiteral("quickstart.yaml"), kQuickstart);
        const Core::LoadResult loaded = Core::loadEnvironment({file, {}, {}});
        QVERIFY(loaded.environment);
        Orchestration::PlanRequest request;
        request.command = QStringLiteral("status");
        request.things = {QStringLiteral("zk"), QStringLiteral("kafka-nope-not-here")};
        QVERIFY(!Orchestration::buildPlan(*loaded.environment, request).ok());
        request.things = {QStringLiteral("zk"), QStringLiteral("kafka")};
        const auto plan = Orchestration::buildPlan(*loaded.environment, request);
        QVERIFY(plan.ok());
        Orchestration::ShipClients clients(loaded.environment);
        Orchestration::CommandTasks tasks(loaded.environment, clients, QStringLiteral("status"));
        Orchestration::PlanRunner runner(*plan, 0, tasks.function());
        QSignalSpy finished(&runner, &Orchestration::PlanRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(runner.report().ok());
        QCOMPARE(clients.contactedShips(),
                 (QStringList{QStringLiteral("orch1"), QStringLiteral("orch2")}));
        QCOMPARE(clients.listRequests(QStringLiteral("orch1")), 1);
        QCOMPARE(clients.listRequests(QStringLiteral("orch2")), 1);

        // A plan on one ship never contacts the other.
        request.things = {QStringLiteral("mdt-orch-zk-1")};
        const auto single = Orchestration::buildPlan(*loaded.environment, request);
        QVERIFY(single.ok());
        Orchestration::ShipClients oneShip(loaded.environment);
        Orchestration::CommandTasks oneTasks(loaded.environment, oneShip, QStringLiteral("status"));
        Orchestration::PlanRunner oneRunner(*single, 0, oneTasks.function());
        QSignalSpy oneFinished(&oneRunner, &Orchestration::PlanRunner::finished);
        oneRunner.start();
        QVERIFY(oneFinished.wait(60000));
        QCOMPARE(oneShip.contactedShips(), QStringList{QStringLiteral("orch1")});
    }

    // A running check that fails: exit 1, the message names the instance and the check,
    // `container did not start!` on its row, the dependent never created.
    void failingRunningCheckHaltsTheStart()
    {
        const QString file = writeFile(QStringLiteral("failing.yaml"), kFailing);
        const Run run = maestro({QStringLiteral("-f"), file, QStringLiteral("start")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(
                     QLatin1String("ERROR: mdt-orch-fdb-1: Halting start sequence because "
                                   "mdt-orch-fdb-1 (on orch1) failed to start!")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("rexec:test -f /never-there")),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("container did not start! failed!")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("aborted!")), qPrintable(run.out));
        QVERIFY(inspect(*m_orch1, QStringLiteral("mdt-orch-fdb-1")).has_value());
        QVERIFY(!inspect(*m_orch1, QStringLiteral("mdt-orch-fapp-1")).has_value());
    }

    // KW-43: a dead ship: status says `host down` on its rows (exit 0) and the live ship's
    // row is unaffected; start fails those rows with `host down`, exit 1.
    void deadShip()
    {
        const QString file = writeFile(QStringLiteral("dead.yaml"), kDeadShip);
        const QHash<QString, QString> rows = statusRows(file);
        QCOMPARE(rows.value(QStringLiteral("mdt-orch-dead-1")), QStringLiteral("host down"));
        QCOMPARE(rows.value(QStringLiteral("mdt-orch-dead-2")), QStringLiteral("host down"));
        QCOMPARE(rows.value(QStringLiteral("mdt-orch-dead-3")), QStringLiteral("host down"));
        QCOMPARE(rows.value(QStringLiteral("mdt-orch-live-1")), QStringLiteral("down"));

        const Run start = maestro({QStringLiteral("-f"), file, QStringLiteral("start"),
                                   QStringLiteral("-c"), QStringLiteral("1")});
        QCOMPARE(start.exitCode, 1);
        QVERIFY2(start.err.startsWith(QLatin1String("ERROR: mdt-orch-dead-1: host down")),
                 qPrintable(start.err));

        const Run dry = maestro(
            {QStringLiteral("-f"), file, QStringLiteral("start"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains(QLatin1String("mdt-orch-dead-3")));
    }

    // --strict (KW-45): a stop that cannot reach its ship fails the command.
    void strictStop()
    {
        const QString file = writeFile(QStringLiteral("dead.yaml"), kDeadShip);
        const Run lax
            = maestro({QStringLiteral("-f"), file, QStringLiteral("stop"), QStringLiteral("-a")});
        QCOMPARE(lax.exitCode, 0);
        const Run strict = maestro({QStringLiteral("-f"), file, QStringLiteral("stop"),
                                    QStringLiteral("-a"), QStringLiteral("--strict")});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.err.startsWith(QLatin1String("ERROR: mdt-orch-dead-")),
                 qPrintable(strict.err));
    }

    // Ctrl-C in the middle of start: nothing new starts, the run ends at once (the sleep
    // check is cancelled), exit 1, and the report says what ran and what did not.
    void interruptDuringStart()
    {
        const QString file = writeFile(QStringLiteral("slow.yaml"), kSlow);
        QProcess process;
        process.setProgram(QStringLiteral(MAESTRO_CLI));
        process.setArguments(
            {QStringLiteral("-f"), file, QStringLiteral("start"), QStringLiteral("--json")});
        process.start();
        QVERIFY(process.waitForStarted());
        QByteArray out;
        // Wait (bounded) until the first step is in its sleep check.
        for (int i = 0; i < 600 && !out.contains("\"phase\":\"checking\""); ++i) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
        }
        QVERIFY2(out.contains("\"phase\":\"checking\""), out.constData());
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(60000));
        out += process.readAllStandardOutput();
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.startsWith(QLatin1String("ERROR: cancelled by user")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("mdt-orch-slow-2 (aborted)")), qPrintable(err));
        QVERIFY(out.contains("\"event\":\"finished\""));
        QVERIFY(!inspect(*m_orch1, QStringLiteral("mdt-orch-slow-2")).has_value());
    }

    // A container that exits at once: the start fails with its status and its output.
    void containerExitsAtOnce()
    {
        const QString file = writeFile(QStringLiteral("exits.yaml"), kExits);
        const Run run = maestro({QStringLiteral("-f"), file, QStringLiteral("start")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(
                     QLatin1String("ERROR: mdt-orch-exit-1: the container exited with status 3\n"
                                   "configuration missing")),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("container did not start! failed!")),
                 qPrintable(run.out));
    }

private:
    // Each member of the create body as the daemon reports it back. Daemons add to lists
    // and maps (the image's ENV, default labels), so those are compared as subsets.
    void compareWithBody(const QJsonObject &body, const QJsonObject &inspected, const QString &name)
    {
        const QJsonObject config = inspected.value(QStringLiteral("Config")).toObject();
        const QJsonObject host = inspected.value(QStringLiteral("HostConfig")).toObject();
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() == QLatin1String("HostConfig"))
                continue;
            if (it.key() == QLatin1String("Volumes") && it.value().toObject().isEmpty())
                continue; // the daemon reports no volumes as null
            compareValue(it.key(), it.value(), config.value(it.key()), name);
        }
        const QJsonObject bodyHost = body.value(QStringLiteral("HostConfig")).toObject();
        for (auto it = bodyHost.begin(); it != bodyHost.end(); ++it) {
            // Links come back as "/name/alias"; an empty LxcConf is not reported.
            if (it.key() == QLatin1String("Links") || it.key() == QLatin1String("LxcConf"))
                continue;
            if (it.value().isArray() && it.value().toArray().isEmpty())
                continue; // empty lists come back as null
            compareValue(QStringLiteral("HostConfig.") + it.key(), it.value(), host.value(it.key()),
                         name);
        }
    }

    void compareValue(const QString &key, const QJsonValue &sent, const QJsonValue &got,
                      const QString &name)
    {
        const QString where
            = name + QLatin1Char(' ') + key + QStringLiteral(": sent ")
              + QString::fromUtf8(
                  QJsonDocument(QJsonObject{{key, sent}}).toJson(QJsonDocument::Compact))
              + QStringLiteral(" got ")
              + QString::fromUtf8(
                  QJsonDocument(QJsonObject{{key, got}}).toJson(QJsonDocument::Compact));
        if (sent.isArray() && key == QLatin1String("Env")) {
            const QJsonArray have = got.toArray();
            for (const QJsonValue &v : sent.toArray())
                QVERIFY2(have.contains(v), qPrintable(where));
        } else if (sent.isObject()
                   && (key == QLatin1String("Labels") || key == QLatin1String("Volumes")
                       || key == QLatin1String("ExposedPorts"))) {
            const QJsonObject have = got.toObject();
            const QJsonObject want = sent.toObject();
            for (auto it = want.begin(); it != want.end(); ++it)
                QVERIFY2(have.value(it.key()) == it.value(), qPrintable(where));
        } else if (got.isUndefined() && (sent == QJsonValue(false) || sent == QJsonValue(0))) {
            // The daemon leaves out zero values of omitempty members (NetworkDisabled).
        } else {
            QVERIFY2(sent == got, qPrintable(where));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Orchestration)
#include "tst_orchestration.moc"
