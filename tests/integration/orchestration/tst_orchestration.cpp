// SPDX-License-Identifier: GPL-3.0-or-later
// `maestro` start/status/stop/kill/clean and the orchestration library against the real
// daemons of orchships.sh. Every container is named mdt-orch-* and removed after each test.
#include "createbodycheck.h"
#include "orchtestships.h"

#include "orchestration/plan/planbuilder.h"
#include "orchestration/run/planrunner.h"
#include "orchestration/ships/shipclients.h"
#include "orchestration/ships/shipconnections.h"
#include "orchestration/tasks/commandtasks.h"

#include "core/model/containercreatebody.h"
#include "core/model/environmentloader.h"
#include "docker/engineclient.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace Maestro;

namespace {

using Run = Tests::MaestroRun;

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
        ports: {client: "2181:@PORT1@"}
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
        ports: {broker: "9092:@PORT2@"}
        lifecycle:
          running: [{type: tcp, port: broker}, {type: rexec, command: "true"}]
      mdt-orch-kafka-2:
        stop_timeout: 1
        ship: orch1
        command: ["httpd", "-f", "-p", "9092", "-h", "/"]
        ports: {broker: "9092:@PORT3@"}
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
        ports: {http: "80:@PORT4@"}
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
        ports: {dns: "53/udp:@PORT53@/udp", admin: "8080:@PORT5@"}
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
      mdt-orch-exit-1:
        ship: orch1
        command: ["sh", "-c", "echo configuration missing; exit 3"]
        # Without a running check a container that exits a few milliseconds after its start
        # may be seen running once and then counts as started (MaestroNG alike). A check
        # that cannot pass makes the outcome certain: either the wait for running sees the
        # exit, or the checks' state condition does, and both report the exit status.
        lifecycle: {running: [{type: exec, command: "false", attempts: 30}]}
)";

// Three levels over both ships; each container becomes ready (/ready) a second after it
// starts, and its running check waits for that.
const char *kRolling = R"(name: orch-rolling
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
  orch2: {ip: 127.0.0.1, endpoint: 127.0.0.1, docker_port: @ORCH2PORT@, timeout: 10}
services:
  base:
    image: @IMAGE@
    lifecycle: &ready
      running: [{type: rexec, command: "test -f /ready", attempts: 15}]
    instances:
      mdt-orch-rbase-1:
        {ship: orch1, stop_timeout: 1, command: &readyafter1s [sh, -c, "sleep 1; touch /ready; exec sleep 3600"]}
  mid:
    image: @IMAGE@
    requires: [base]
    lifecycle: *ready
    instances:
      mdt-orch-rmid-1: {ship: orch2, stop_timeout: 1, command: *readyafter1s}
  top:
    image: @IMAGE@
    requires: [mid]
    lifecycle: *ready
    instances:
      mdt-orch-rtop-1: {ship: orch1, stop_timeout: 1, command: *readyafter1s}
      mdt-orch-rtop-2: {ship: orch2, stop_timeout: 1, command: *readyafter1s}
)";

// A container that writes a numbered line five times a second.
const char *kTalker = R"(name: orch-logs
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
services:
  talk:
    image: @IMAGE@
    instances:
      mdt-orch-talk-1:
        ship: orch1
        stop_timeout: 1
        command: [sh, -c, "i=0; while true; do echo line $i; i=$((i+1)); sleep 0.2; done"]
)";

// Three instances on orch2 whose running checks never pass (so the plan is still running
// when the test kills orch2) and one on orch1 without checks.
const char *kCrash = R"(name: orch-crash
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
  orch2: {ip: 127.0.0.1, endpoint: 127.0.0.1, docker_port: @ORCH2PORT@, timeout: 5}
services:
  a:
    image: @IMAGE@
    lifecycle:
      running: [{type: rexec, command: "test -f /never-there", attempts: 60}]
    instances:
      mdt-orch-crash-1: {ship: orch2, command: [sleep, "3600"], stop_timeout: 1}
      mdt-orch-crash-2: {ship: orch2, command: [sleep, "3600"], stop_timeout: 1}
      mdt-orch-crash-3: {ship: orch2, command: [sleep, "3600"], stop_timeout: 1}
  b:
    image: @IMAGE@
    instances:
      mdt-orch-crash-4: {ship: orch1, command: [sleep, "3600"], stop_timeout: 1}
)";

// A pseudo-terminal for a child's standard output: `maestro` sees a terminal and writes
// its pending texts (spec 12.9); the test reads what a user's terminal would receive.
class PseudoTerminal
{
public:
    PseudoTerminal()
    {
        if (::openpty(&m_master, &m_slave, nullptr, nullptr, nullptr) != 0)
            return;
        termios raw{};
        ::tcgetattr(m_slave, &raw);
        ::cfmakeraw(&raw); // bytes as written: no "\n" -> "\r\n"
        ::tcsetattr(m_slave, TCSANOW, &raw);
    }
    ~PseudoTerminal()
    {
        for (int fd : {m_master, m_slave}) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    bool isValid() const { return m_master >= 0; }
    // Makes the terminal the standard output of `process` (started afterwards).
    void attach(QProcess &process) const
    {
        const int slave = m_slave;
        process.setChildProcessModifier([slave] { ::dup2(slave, STDOUT_FILENO); });
    }
    // Reads what arrived within about 100 ms (nothing when the child is gone).
    QByteArray read() const
    {
        pollfd p{m_master, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            return {};
        char buffer[4096];
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        return n > 0 ? QByteArray(buffer, n) : QByteArray();
    }

private:
    int m_master = -1;
    int m_slave = -1;
};

} // namespace

class tst_Orchestration : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Tests::OrchTestShips> m_ships;
    Docker::EngineClient *m_orch1 = nullptr;
    Docker::EngineClient *m_orch2 = nullptr;

    QString writeFile(const QString &name, const char *templ)
    {
        return m_ships->writeFile(name, templ);
    }
    static Run maestro(const QStringList &args) { return Tests::OrchTestShips::maestro(args); }
    std::optional<Docker::ContainerDetails> inspect(Docker::EngineClient &client,
                                                    const QString &name)
    {
        return m_ships->inspect(client, name);
    }
    void removeOurContainers() { m_ships->removeOurContainers(); }
    static QHash<QString, QString> statusRows(const QString &file)
    {
        return Tests::OrchTestShips::statusRows(file);
    }

private slots:
    void initTestCase()
    {
        m_ships = std::make_unique<Tests::OrchTestShips>();
        QVERIFY2(m_ships->error().isEmpty(), qPrintable(m_ships->error()));
        m_orch1 = &m_ships->orch1();
        m_orch2 = &m_ships->orch2();
        removeOurContainers();
    }

    void cleanup() { removeOurContainers(); }
    void cleanupTestCase()
    {
        if (m_ships && m_ships->error().isEmpty())
            removeOurContainers();
    }

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
            Tests::compareWithCreateBody(Core::containerCreateBody(env, instance, {}), details->raw,
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
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
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
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
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
        request.command = Orchestration::Command::Status;
        request.things = {QStringLiteral("zk"), QStringLiteral("kafka-nope-not-here")};
        QVERIFY(!Orchestration::buildPlan(*loaded.environment, request).ok());
        request.things = {QStringLiteral("zk"), QStringLiteral("kafka")};
        const auto plan = Orchestration::buildPlan(*loaded.environment, request);
        QVERIFY(plan.ok());
        Orchestration::ShipConnections clientsConnections;
        Orchestration::ShipClients clients(loaded.environment, clientsConnections);
        Orchestration::CommandTasks tasks(loaded.environment, clients,
                                          Orchestration::Command::Status);
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
        Orchestration::ShipConnections oneShipConnections;
        Orchestration::ShipClients oneShip(loaded.environment, oneShipConnections);
        Orchestration::CommandTasks oneTasks(loaded.environment, oneShip,
                                             Orchestration::Command::Status);
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
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
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
        QVERIFY2(start.exitCode == 1, qPrintable(start.out + start.err));
        QVERIFY2(start.err.startsWith(QLatin1String("ERROR: mdt-orch-dead-1: host down")),
                 qPrintable(start.err));

        const Run dry = maestro(
            {QStringLiteral("-f"), file, QStringLiteral("start"), QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
        QVERIFY(dry.out.contains(QLatin1String("mdt-orch-dead-3")));
    }

    // --strict (KW-45): a stop that cannot reach its ship fails the command.
    void strictStop()
    {
        const QString file = writeFile(QStringLiteral("dead.yaml"), kDeadShip);
        const Run lax
            = maestro({QStringLiteral("-f"), file, QStringLiteral("stop"), QStringLiteral("-a")});
        QVERIFY2(lax.exitCode == 0, qPrintable(lax.out + lax.err));
        const Run strict = maestro({QStringLiteral("-f"), file, QStringLiteral("stop"),
                                    QStringLiteral("-a"), QStringLiteral("--strict")});
        QVERIFY2(strict.exitCode == 1, qPrintable(strict.out + strict.err));
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

    // restart goes in the stop direction (dependents first) and is gated on health: a
    // service is stopped only after everything that depends on it is running again and
    // has passed its running check, which takes at least a second after its start.
    void restartIsRollingWithHealthGates()
    {
        const QString file = writeFile(QStringLiteral("rolling.yaml"), kRolling);
        const Run start = maestro({QStringLiteral("-f"), file, QStringLiteral("start")});
        QVERIFY2(start.exitCode == 0, qPrintable(start.out + start.err));
        const QList<std::pair<QString, Docker::EngineClient *>> containers{
            {QStringLiteral("mdt-orch-rtop-1"), m_orch1},
            {QStringLiteral("mdt-orch-rtop-2"), m_orch2},
            {QStringLiteral("mdt-orch-rmid-1"), m_orch2},
            {QStringLiteral("mdt-orch-rbase-1"), m_orch1}};
        QHash<QString, QString> oldIds;
        for (const auto &[name, client] : containers) {
            const auto details = inspect(*client, name);
            QVERIFY(details && details->running);
            oldIds.insert(name, details->id);
        }

        const Run restart = maestro(
            {QStringLiteral("-f"), file, QStringLiteral("restart"), QStringLiteral("-a")});
        QVERIFY2(restart.exitCode == 0, qPrintable(restart.out + restart.err));
        QHash<QString, Docker::ContainerDetails> now;
        for (const auto &[name, client] : containers) {
            const auto details = inspect(*client, name);
            QVERIFY(details && details->running);
            QVERIFY2(details->id != oldIds.value(name), qPrintable(name + " was not recreated"));
            now.insert(name, *details);
        }
        const auto created = [&](const QString &name) {
            QString text = now.value(name).raw.value(QStringLiteral("Created")).toString();
            // Docker reports nanoseconds; Qt parses milliseconds.
            const qsizetype dot = text.indexOf(QLatin1Char('.'));
            if (dot > 0)
                text = text.left(dot + 4) + QLatin1Char('Z');
            return QDateTime::fromString(text, Qt::ISODateWithMs);
        };
        const auto gated = [&](const QString &dependent, const QString &dependency) {
            const QDateTime readyNotBefore = now.value(dependent).startedAt.addSecs(1);
            const QDateTime recreated = created(dependency);
            QVERIFY2(recreated.isValid() && readyNotBefore.isValid(), qPrintable(dependency));
            QVERIFY2(recreated >= readyNotBefore,
                     qPrintable(QStringLiteral("%1 recreated at %2, before %3 was ready (%4)")
                                    .arg(dependency, recreated.toString(Qt::ISODateWithMs),
                                         dependent, readyNotBefore.toString(Qt::ISODateWithMs))));
        };
        gated(QStringLiteral("mdt-orch-rtop-1"), QStringLiteral("mdt-orch-rmid-1"));
        gated(QStringLiteral("mdt-orch-rtop-2"), QStringLiteral("mdt-orch-rmid-1"));
        gated(QStringLiteral("mdt-orch-rmid-1"), QStringLiteral("mdt-orch-rbase-1"));

        const QHash<QString, QString> rows = statusRows(file);
        QCOMPARE(rows.size(), 4);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QVERIFY2(it.value() == QLatin1String("running"),
                     qPrintable(it.key() + QLatin1Char(' ') + it.value()));
    }

    // logs -F prints lines while the container writes them, keeps waiting when the
    // container stops, follows the re-created container (KW-19), and ends on Ctrl-C (exit 1).
    void logsFollow()
    {
        const QString file = writeFile(QStringLiteral("talker.yaml"), kTalker);
        const QStringList startArgs{QStringLiteral("-f"), file, QStringLiteral("start")};
        const Run start = maestro(startArgs);
        QVERIFY2(start.exitCode == 0, qPrintable(start.out + start.err));
        QProcess logs;
        logs.start(QStringLiteral(MAESTRO_CLI),
                   {QStringLiteral("-f"), file, QStringLiteral("logs"), QStringLiteral("-F"),
                    QStringLiteral("mdt-orch-talk-1")});
        QVERIFY(logs.waitForStarted());
        QByteArray out;
        // Reads until lines numbered `from` to `from + 3` arrived after `offset`, while the
        // process keeps running: the lines come as the container writes them.
        const auto readNumberedLines = [&](qsizetype offset, int from) {
            int last = -1;
            for (int i = 0; i < 300 && last < from + 3; ++i) {
                logs.waitForReadyRead(100);
                out += logs.readAllStandardOutput();
                const QList<QByteArray> lines = out.mid(offset).split('\n');
                for (const QByteArray &line : lines.mid(0, lines.size() - 1)) {
                    if (line.startsWith("line ") && line.mid(5).toInt() >= from)
                        last = std::max(last, line.mid(5).toInt());
                }
            }
            return last >= from + 3 && logs.state() == QProcess::Running;
        };
        QVERIFY2(readNumberedLines(0, 0), out.constData());
        // Not a terminal: the lines only, no transient texts (spec 12.9, KW-32).
        QVERIFY2(out.startsWith("line "), out.constData());
        QVERIFY2(!out.contains('\x1b'), out.constData());

        const auto details = inspect(*m_orch1, QStringLiteral("mdt-orch-talk-1"));
        QVERIFY(details.has_value());
        QVERIFY(Tests::awaitResult(m_orch1->stopContainer(details->id, 1)).ok());
        QVERIFY2(!logs.waitForFinished(2000), "logs -F ended when the container stopped");
        QCOMPARE(statusRows(file).value(QStringLiteral("mdt-orch-talk-1")), QStringLiteral("down"));

        // `start` re-creates the container; its output starts again at line 0.
        const qsizetype offset = out.size();
        const Run again = maestro(startArgs);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY2(readNumberedLines(offset, 0), out.constData());

        QCOMPARE(::kill(pid_t(logs.processId()), SIGINT), 0);
        QVERIFY2(logs.waitForFinished(30000), "logs -F did not end on Ctrl-C");
        QCOMPARE(logs.exitStatus(), QProcess::NormalExit);
        QCOMPARE(logs.exitCode(), 1);
        QCOMPARE(statusRows(file).value(QStringLiteral("mdt-orch-talk-1")),
                 QStringLiteral("running"));
    }

    // On a terminal, logs -F shows MaestroNG's pending texts (spec 12.9) on standard
    // output: each replaced by the next, cleared (ESC[2K) before output; the respawn text
    // while the container is down, cleared when it runs again.
    void logsFollowShowsPendingTextsOnATerminal()
    {
        const QString file = writeFile(QStringLiteral("talker.yaml"), kTalker);
        const Run start = maestro({QStringLiteral("-f"), file, QStringLiteral("start")});
        QVERIFY2(start.exitCode == 0, qPrintable(start.out + start.err));
        PseudoTerminal terminal;
        QVERIFY(terminal.isValid());
        QProcess logs;
        terminal.attach(logs);
        logs.start(QStringLiteral(MAESTRO_CLI),
                   {QStringLiteral("-f"), file, QStringLiteral("logs"), QStringLiteral("-F"),
                    QStringLiteral("mdt-orch-talk-1")});
        QVERIFY(logs.waitForStarted());
        QByteArray out;
        const auto readUntil = [&](const QByteArray &text, qsizetype from) {
            for (int i = 0; i < 300 && out.indexOf(text, from) < 0; ++i)
                out += terminal.read();
            return out.indexOf(text, from);
        };
        const QByteArray streaming = "Now streaming logs for mdt-orch-talk-1. New output will "
                                     "appear below.\x1b[K\r";
        const qsizetype firstLine = readUntil("\x1b[2K\rline ", 0);
        QVERIFY2(firstLine >= 0, out.constData());
        QVERIFY2(out.startsWith("Inspecting container status...\x1b[K\r" + streaming),
                 out.constData());
        QCOMPARE(out.indexOf(streaming) + streaming.size(), firstLine);

        const auto details = inspect(*m_orch1, QStringLiteral("mdt-orch-talk-1"));
        QVERIFY(details.has_value());
        QVERIFY(Tests::awaitResult(m_orch1->stopContainer(details->id, 1)).ok());
        const QByteArray died = "mdt-orch-talk-1 has died, waiting for respawn...\x1b[K\r";
        const qsizetype diedAt = readUntil(died, firstLine);
        QVERIFY2(diedAt >= 0, out.constData());

        // Started again: the text goes before the new lines arrive.
        QVERIFY(Tests::awaitResult(m_orch1->startContainer(details->id)).ok());
        const qsizetype resumed = readUntil("\x1b[2K\r", diedAt);
        QVERIFY2(resumed == diedAt + died.size(), out.constData());
        QVERIFY2(readUntil("line ", resumed) >= 0, out.constData());

        QCOMPARE(::kill(pid_t(logs.processId()), SIGINT), 0);
        QVERIFY2(logs.waitForFinished(30000), "logs -F did not end on Ctrl-C");
        QCOMPARE(logs.exitCode(), 1);
    }

    // logs of a container that does not exist: MaestroNG's text on standard output, exit 0.
    void logsOfAnAbsentContainer()
    {
        const QString file = writeFile(QStringLiteral("talker.yaml"), kTalker);
        const Run run = maestro({QStringLiteral("-f"), file, QStringLiteral("logs"),
                                 QStringLiteral("mdt-orch-talk-1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.out, QStringLiteral("mdt-orch-talk-1 (on orch1) is not running!\n"));
        QCOMPARE(run.err, QString());
    }

    // A container that exits at once: the start fails with its status and its output.
    void containerExitsAtOnce()
    {
        const QString file = writeFile(QStringLiteral("exits.yaml"), kExits);
        const Run run = maestro({QStringLiteral("-f"), file, QStringLiteral("start")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.err.startsWith(
                     QLatin1String("ERROR: mdt-orch-exit-1: the container exited with status 3\n"
                                   "configuration missing")),
                 qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("container did not start! failed!")),
                 qPrintable(run.out));
        QCOMPARE(statusRows(file).value(QStringLiteral("mdt-orch-exit-1")), QStringLiteral("down"));
    }

    // The daemon of orch2 dies while a start of several instances runs: the plan ends
    // (no hang) with exit 1 and an error naming the ship and its connection failure; status then
    // says `host down` for orch2's rows and the orch1 row is unaffected. orch2 is revived
    // afterwards.
    void shipDiesDuringStart()
    {
        const QString file = writeFile(QStringLiteral("crash.yaml"), kCrash);
        QProcess process;
        process.start(
            QStringLiteral(MAESTRO_CLI),
            {QStringLiteral("-f"), file, QStringLiteral("start"), QStringLiteral("--json")});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        for (int i = 0; i < 600 && out.count("\"phase\":\"checking\"") < 3; ++i) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
        }
        QVERIFY2(out.count("\"phase\":\"checking\"") >= 3, out.constData());
        const bool killed = m_ships->shipScript(QStringLiteral("kill"), QStringLiteral("orch2"));
        const bool ended = process.waitForFinished(60000);
        if (!ended)
            process.kill();
        out += process.readAllStandardOutput();
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QHash<QString, QString> rows = statusRows(file);
        const bool revived = m_ships->shipScript(QStringLiteral("revive"), QStringLiteral("orch2"));
        QVERIFY(killed);
        QVERIFY(revived);
        QVERIFY2(ended, "start did not end after its ship died");
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.startsWith(QLatin1String("ERROR: mdt-orch-crash-")), qPrintable(err));
        // The first error may come from a step still starting or one in its checks; either
        // names the ship's connection failure. A step in its checks is not taken for a stopped
        // container (its reason is in the final report).
        QVERIFY2(err.contains(QLatin1String("ship 'orch2' (")), qPrintable(err));
        QVERIFY2(!out.contains("is no longer running"), out.constData());
        QVERIFY(out.contains("\"event\":\"finished\""));
        QCOMPARE(rows.value(QStringLiteral("mdt-orch-crash-1")), QStringLiteral("host down"));
        QCOMPARE(rows.value(QStringLiteral("mdt-orch-crash-3")), QStringLiteral("host down"));
        QCOMPARE(rows.value(QStringLiteral("mdt-orch-crash-4")), QStringLiteral("running"));
        QVERIFY(Tests::awaitResult(m_orch2->ping()).ok());
    }
};

QTEST_GUILESS_MAIN(tst_Orchestration)
#include "tst_orchestration.moc"
