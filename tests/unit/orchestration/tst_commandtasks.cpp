// SPDX-License-Identifier: GPL-3.0-or-later
// CommandTasks + PlanRunner against FakeDocker: the Docker calls of every command in
// order (spec 12), the options of spec 10/12/17.2, ordering, the concurrency limit,
// first-error reporting and cancellation. No daemon, no real waits beyond the fake's
// scripted delays.
#include "fakedocker.h"
#include "playharness.h"

#include "orchestration/run/planrunner.h"
#include "orchestration/run/runsession.h"

#include "core/model/environmentloader.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Maestro;
using namespace Maestro::Orchestration;
using namespace Maestro::Tests;

namespace {

// db <- app (two instances on two ships) <- web (a rexec running check); tools is omitted.
const char *kEnvironment = R"(name: fake
ships:
  s1: {ip: 10.0.0.1}
  s2: {ip: 10.0.0.2}
services:
  db:
    image: postgres:15
    instances: {db-1: {ship: s1, stop_timeout: 3}}
  app:
    image: registry.example.com/team/app:2
    requires: [db]
    instances: {app-1: {ship: s1}, app-2: {ship: s2}}
  web:
    image: web
    requires: [app]
    instances:
      web-1:
        ship: s2
        lifecycle:
          running: [{type: rexec, command: "check-web", attempts: 1}]
          pre-stop: [{type: rexec, command: "drain"}]
  tools:
    image: tools
    omit: true
    instances: {tools-1: {ship: s1}}
)";

// probe-1 with a rexec running check (the fake answers execs at once) with `attempts`.
Core::EnvironmentPtr rexecEnvironment(int attempts)
{
    return checkEnvironment(
        QStringLiteral("{type: rexec, command: \"check-probe\", attempts: %1}").arg(attempts));
}

// Runs `act` once, at the first attempt of a check.
std::function<void(PlanRunner &)> atFirstAttempt(std::function<void()> act)
{
    return [act = std::move(act)](PlanRunner &runner) {
        auto done = std::make_shared<bool>(false);
        QObject::connect(
            &runner, &PlanRunner::progress, &runner, [act, done](const ProgressEvent &e) {
                if (!*done && e.phase == ProgressPhase::Checking && !e.check.name.isEmpty()) {
                    *done = true;
                    act();
                }
            });
    };
}

Core::EnvironmentPtr environment()
{
    static const Core::LoadResult loaded = Core::loadEnvironmentText(
        QString::fromUtf8(kEnvironment), QStringLiteral("fake.yaml"), QStringLiteral("/tmp"), {});
    return loaded.environment;
}

PlaySetup setupFor(Command command, const QStringList &things)
{
    PlaySetup s;
    s.request.command = command;
    s.request.things = things;
    return s;
}

// Every image of the environment on every ship.
void addImages(FakeDocker &docker)
{
    for (const char *image : {"postgres:15", "registry.example.com/team/app:2", "web", "tools"})
        docker.addImage({}, QString::fromLatin1(image));
}

// Expected segments may end in `*` (a prefix: time suffixes) and use `ID` for the short id
// of the instance's container.
void compareSegments(const QStringList &actual, QStringList expected, const QString &shortId)
{
    for (QString &e : expected)
        e.replace(QLatin1String("ID"), shortId);
    bool same = actual.size() == expected.size();
    for (qsizetype i = 0; same && i < actual.size(); ++i) {
        same = expected[i].endsWith(QLatin1Char('*')) ? actual[i].startsWith(expected[i].chopped(1))
                                                      : actual[i] == expected[i];
    }
    QVERIFY2(same, qPrintable(QStringLiteral("segments %1, expected %2")
                                  .arg(actual.join(QLatin1String(" | ")),
                                       expected.join(QLatin1String(" | ")))));
}

// What a row sets up before the play.
enum class Before { Nothing, NoImages, Running, Stopped, ShipDown, Created };

} // namespace

class TestCommandTasks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(environment()); }

    // One instance, one command: the Docker calls in order (spec 12), the row's committed
    // segments (11.2) and the error (17.5).
    void sequence_data();
    void sequence();

    void restartOnlyIfChanged();
    void stopStartDelay();
    void stepDelayIsARollingInterval();
    void dependenciesGateTheStart();
    void stopRunsDependentsFirst();
    void selectionOptions_data();
    void selectionOptions();
    void concurrencyLimit_data();
    void concurrencyLimit();
    void firstErrorStopsNewWork();
    void cancelStopsNewWork();
    void deadShipFailsEveryRowOnce();
    void noOpsAndDeadShipsAreSkipped_data();
    void noOpsAndDeadShipsAreSkipped();
    void outcomeCountsSkippedApart();

    // The lifecycle checks' events and how a state ends when its condition fails.
    void checkEventsCountAttempts();
    void conditionFailureSaysWhy_data();
    void conditionFailureSaysWhy();
};

void TestCommandTasks::sequence_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<int>("before");
    QTest::addColumn<QString>("failMethod");  // a call that fails ("" = none)
    QTest::addColumn<QStringList>("options"); // refresh, reuse, strict
    QTest::addColumn<QStringList>("calls");
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QString>("error");

    const QString pg = QStringLiteral("docker.io/library/postgres:15");
    const QStringList none;
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    // 12.1 status: the ship's one container list (KW-9), never fails.
    row("status absent") << Command::Status << "db-1" << int(Before::Nothing) << "" << none
                         << QStringList{"ping", "list"}
                         << QStringList{"container:15:-", "word:down"} << "";
    row("status running") << Command::Status << "db-1" << int(Before::Running) << "" << none
                          << QStringList{"ping", "list"}
                          << QStringList{"container:15:ID", "word:running for 10m0s"} << "";
    row("status stopped") << Command::Status << "db-1" << int(Before::Stopped) << "" << none
                          << QStringList{"ping", "list"}
                          << QStringList{"container:15:ID", "word:down for 5m0s"} << "";
    row("status host down") << Command::Status << "db-1" << int(Before::ShipDown) << "" << none
                            << QStringList{"ping"} << QStringList{"container:-", "word:host down"}
                            << "";
    // 12.3 start.
    row("start absent") << Command::Start << "db-1" << int(Before::Nothing) << "" << none
                        << QStringList{"ping",         "inspect db-1", "image inspect " + pg,
                                       "create db-1",  "start #db-1",  "inspect #db-1",
                                       "inspect #db-1"}
                        << QStringList{"container:15:ID", "word:started"} << "";
    row("start pulls a missing image")
        << Command::Start << "db-1" << int(Before::NoImages) << "" << none
        << QStringList{"ping",        "inspect db-1", "image inspect " + pg, "pull " + pg,
                       "create db-1", "start #db-1",  "inspect #db-1",       "inspect #db-1"}
        << QStringList{"container:15:ID", "word:started"} << "";
    row("start -r pulls always") << Command::Start << "db-1" << int(Before::Nothing) << ""
                                 << QStringList{"refresh"}
                                 << QStringList{"ping",         "inspect db-1", "pull " + pg,
                                                "create db-1",  "start #db-1",  "inspect #db-1",
                                                "inspect #db-1"}
                                 << QStringList{"container:15:ID", "word:started"} << "";
    row("start running is up") << Command::Start << "db-1" << int(Before::Running) << "" << none
                               << QStringList{"ping", "inspect db-1"}
                               << QStringList{"container:15:ID", "word:up for *"} << "";
    row("start replaces a stopped container")
        << Command::Start << "db-1" << int(Before::Stopped) << "" << none
        << QStringList{"ping",        "inspect db-1", "remove #db-1",  "image inspect " + pg,
                       "create db-1", "start #db-1",  "inspect #db-1", "inspect #db-1"}
        << QStringList{"container:15:ID", "word:started"} << "";
    row("start --reuse starts the old container")
        << Command::Start << "db-1" << int(Before::Stopped) << "" << QStringList{"reuse"}
        << QStringList{"ping", "inspect db-1", "start #db-1", "inspect #db-1", "inspect #db-1"}
        << QStringList{"container:15:ID", "word:started"} << "";
    row("start create fails") << Command::Start << "db-1" << int(Before::Nothing) << "create"
                              << none
                              << QStringList{"ping", "inspect db-1", "image inspect " + pg,
                                             "create db-1"}
                              << QStringList{"word:error starting container!", "word:failed!"}
                              << "db-1: create failed (scripted)";
    row("start on a dead ship") << Command::Start << "db-1" << int(Before::ShipDown) << "" << none
                                << QStringList{"ping"}
                                << QStringList{"container:-", "word:host down", "word:failed!"}
                                << "db-1: host down: ship 's1' (fake): connection refused";
    row("start with a passing rexec check")
        << Command::Start << "web-1" << int(Before::Nothing) << "" << none
        << QStringList{"ping",
                       "inspect web-1",
                       "image inspect docker.io/library/web:latest",
                       "create web-1",
                       "start #web-1",
                       "inspect #web-1",
                       "exec #web-1 check-web",
                       "exec start #exec",
                       "exec inspect"}
        << QStringList{"container:latest:ID", "word:started"} << "";
    // 12.5 stop, 12.6 kill: failures are words, not errors, unless --strict (KW-45).
    row("stop running") << Command::Stop << "db-1" << int(Before::Running) << "" << none
                        << QStringList{"ping", "inspect db-1", "stop #db-1", "inspect #db-1"}
                        << QStringList{"container:15:ID", "word:stopped"} << "";
    row("stop absent") << Command::Stop << "db-1" << int(Before::Nothing) << "" << none
                       << QStringList{"ping", "inspect db-1"}
                       << QStringList{"container:15:-", "word:down"} << "";
    row("stop with a pre-stop rexec check")
        << Command::Stop << "web-1" << int(Before::Running) << "" << none
        << QStringList{"ping",         "inspect web-1", "exec #web-1 drain", "exec start #exec",
                       "exec inspect", "stop #web-1",   "inspect #web-1"}
        << QStringList{"container:latest:ID", "word:stopped"} << "";
    row("stop fails quietly") << Command::Stop << "db-1" << int(Before::Running) << "stop" << none
                              << QStringList{"ping", "inspect db-1", "stop #db-1"}
                              << QStringList{"container:15:ID",
                                             "word:failed: stop failed (scripted)"}
                              << "";
    row("stop --strict fails") << Command::Stop << "db-1" << int(Before::Running) << "stop"
                               << QStringList{"strict"}
                               << QStringList{"ping", "inspect db-1", "stop #db-1"}
                               << QStringList{"container:15:ID",
                                              "word:failed: stop failed (scripted)", "word:failed!"}
                               << "db-1: stop failed (scripted)";
    row("stop host down") << Command::Stop << "db-1" << int(Before::ShipDown) << "" << none
                          << QStringList{"ping"} << QStringList{"container:-", "word:host down"}
                          << "";
    row("kill running") << Command::Kill << "web-1" << int(Before::Running) << "" << none
                        << QStringList{"ping", "inspect web-1", "kill #web-1", "inspect #web-1"}
                        << QStringList{"container:latest:ID", "word:killed"} << "";
    // 12.8 clean.
    row("clean stopped") << Command::Clean << "db-1" << int(Before::Stopped) << "" << none
                         << QStringList{"ping", "inspect db-1", "remove #db-1"}
                         << QStringList{"container:ID", "word:removed"} << "";
    row("clean running is skipped") << Command::Clean << "db-1" << int(Before::Running) << ""
                                    << none << QStringList{"ping", "inspect db-1"}
                                    << QStringList{"container:15:ID", "word:skipped"} << "";
    row("clean absent") << Command::Clean << "db-1" << int(Before::Nothing) << "" << none
                        << QStringList{"ping", "inspect db-1"}
                        << QStringList{"container:-", "word:absent"} << "";
    // 12.4 pull.
    row("pull") << Command::Pull << "db-1" << int(Before::Nothing) << "" << none
                << QStringList{"ping", "pull " + pg} << QStringList{"container:", "word:done"}
                << "";
    row("pull fails") << Command::Pull << "db-1" << int(Before::Nothing) << "pull" << none
                      << QStringList{"ping", "pull " + pg} << QStringList{"word:failed!"}
                      << "db-1: Pull of image postgres:15 failed: pull failed (scripted)";
    // 12.7 restart: the stop half, a reset, the start half.
    row("restart running")
        << Command::Restart << "db-1" << int(Before::Running) << "" << none
        << QStringList{"ping",         "inspect db-1",  "stop #db-1",          "inspect #db-1",
                       "inspect db-1", "remove #db-1",  "image inspect " + pg, "create db-1",
                       "start #db-1",  "inspect #db-1", "inspect #db-1"}
        << QStringList{"container:15:*", "word:stopped", "reset", "container:15:ID", "word:started"}
        << "";
    row("restart --reuse") << Command::Restart << "db-1" << int(Before::Running) << ""
                           << QStringList{"reuse"}
                           << QStringList{"ping",          "inspect db-1", "stop #db-1",
                                          "inspect #db-1", "inspect db-1", "start #db-1",
                                          "inspect #db-1", "inspect #db-1"}
                           << QStringList{"container:15:ID", "word:stopped", "reset",
                                          "container:15:ID", "word:started"}
                           << "";
}

void TestCommandTasks::sequence()
{
    QFETCH(Command, command);
    QFETCH(QString, instance);
    QFETCH(int, before);
    QFETCH(QString, failMethod);
    QFETCH(QStringList, options);
    QFETCH(QStringList, calls);
    QFETCH(QStringList, segments);
    QFETCH(QString, error);

    FakeDocker docker;
    if (Before(before) != Before::NoImages)
        addImages(docker);
    const Core::Instance *inst = environment()->instance(instance);
    QVERIFY(inst);
    QString oldId;
    if (Before(before) == Before::Running || Before(before) == Before::Stopped)
        oldId = docker
                    .addContainer(inst->ship, instance, inst->image,
                                  Before(before) == Before::Running)
                    .id;
    if (Before(before) == Before::ShipDown)
        docker.setShipDown(inst->ship);
    if (!failMethod.isEmpty())
        docker.failCall(failMethod, {}, failMethod + QStringLiteral(" failed (scripted)"));

    PlaySetup setup = setupFor(command, {instance});
    setup.options.refreshImages = options.contains(QLatin1String("refresh"));
    setup.options.reuse = options.contains(QLatin1String("reuse"));
    setup.options.strict = options.contains(QLatin1String("strict"));
    const PlayResult result = play(environment(), docker, setup);
    QVERIFY2(result.planned, qPrintable(result.planError));

    QCOMPARE(docker.trace(), calls);
    const auto now = docker.container(inst->ship, instance);
    compareSegments(result.segments(instance), segments, (now ? now->id : oldId).left(7));
    QCOMPARE(result.error(), error);
}

void TestCommandTasks::restartOnlyIfChanged()
{
    // A container made from its configuration: up to date, nothing stopped.
    FakeDocker docker;
    addImages(docker);
    QVERIFY(play(environment(), docker, setupFor(Command::Start, {QStringLiteral("db-1")}))
                .error()
                .isEmpty());
    const qsizetype before = docker.trace().size();
    PlaySetup setup = setupFor(Command::Restart, {QStringLiteral("db-1")});
    setup.options.onlyIfChanged = true;
    PlayResult result = play(environment(), docker, setup);
    QCOMPARE(result.error(), QString());
    QCOMPARE(docker.trace().mid(before),
             (QStringList{"ping", "inspect db-1", "image inspect docker.io/library/postgres:15"}));
    QCOMPARE(result.segments(QStringLiteral("db-1")).last(), QStringLiteral("word:up to date"));

    // A container made otherwise (no command, env, ...): drift, so it is restarted.
    FakeDocker other;
    addImages(other);
    other.addContainer(QStringLiteral("s1"), QStringLiteral("db-1"), QStringLiteral("postgres:15"),
                       true);
    result = play(environment(), other, setup);
    QCOMPARE(result.error(), QString());
    QVERIFY(other.trace().contains(QStringLiteral("stop #db-1")));
    QVERIFY(other.trace().contains(QStringLiteral("create db-1")));
    const auto drift = std::find_if(result.events.cbegin(), result.events.cend(),
                                    [](const ProgressEvent &e) { return !e.drift.isEmpty(); });
    QVERIFY(drift != result.events.cend());
    QVERIFY2(drift->message.startsWith(QLatin1String("configuration changed: ")),
             qPrintable(drift->message));
    QCOMPARE(result.segments(QStringLiteral("db-1")).last(), QStringLiteral("word:started"));
}

void TestCommandTasks::stopStartDelay()
{
    FakeDocker docker;
    addImages(docker);
    docker.addContainer(QStringLiteral("s1"), QStringLiteral("db-1"), QStringLiteral("postgres:15"),
                        true);
    PlaySetup setup = setupFor(Command::Restart, {QStringLiteral("db-1")});
    setup.options.stopStartDelaySeconds = 1;
    QCOMPARE(play(environment(), docker, setup).error(), QString());
    const QList<FakeCall> calls = docker.calls();
    const auto at = [&](const QString &method) {
        for (const FakeCall &c : calls) {
            if (c.method == method)
                return c.atMs;
        }
        return qint64(-1);
    };
    QVERIFY(at(QStringLiteral("stop")) >= 0);
    QVERIFY(at(QStringLiteral("create")) >= 0);
    QVERIFY2(at(QStringLiteral("create")) - at(QStringLiteral("stop")) >= 1000,
             qPrintable(docker.trace().join(QLatin1Char(','))));
}

void TestCommandTasks::stepDelayIsARollingInterval()
{
    FakeDocker docker;
    addImages(docker);
    for (const char *name : {"app-1", "app-2"}) {
        const Core::Instance *i = environment()->instance(QString::fromLatin1(name));
        docker.addContainer(i->ship, i->name, i->image, true);
    }
    PlaySetup setup
        = setupFor(Command::Restart, {QStringLiteral("app-1"), QStringLiteral("app-2")});
    setup.request.ignoreDependencies = true;
    setup.startIntervalMs = 300;
    const PlayResult result = play(environment(), docker, setup);
    QCOMPARE(result.error(), QString());
    // The runner's own launch times: the step delay spaces launches, while the first Docker
    // call of each task may come later by however long its worker thread takes to be
    // scheduled (on a loaded machine that made a probe-to-probe gap read 298 ms).
    QCOMPARE(result.report.steps.size(), 2);
    QList<qint64> launches;
    for (const Orchestration::StepOutcome &o : result.report.steps)
        launches << o.startedMs;
    std::sort(launches.begin(), launches.end());
    QVERIFY2(launches[0] >= 0, "the first step never started");
    QVERIFY2(launches[1] - launches[0] >= 300,
             qPrintable(QString::number(launches[1] - launches[0])));
}

void TestCommandTasks::dependenciesGateTheStart()
{
    FakeDocker docker;
    addImages(docker);
    docker.setDelay(QStringLiteral("start"), 50);
    PlaySetup setup = setupFor(Command::Start, {QStringLiteral("app-1")});
    setup.request.withDependencies = true;
    const PlayResult result = play(environment(), docker, setup);
    QCOMPARE(result.error(), QString());
    const QStringList trace = docker.trace(QStringLiteral("s1"));
    // Every call about db-1 precedes every call about app-1 (the ship's probe aside).
    qsizetype lastDb = -1;
    qsizetype firstApp = trace.size();
    for (qsizetype i = 0; i < trace.size(); ++i) {
        if (trace[i].contains(QLatin1String("db-1")))
            lastDb = i;
        if (trace[i].contains(QLatin1String("app-1")))
            firstApp = std::min(firstApp, i);
    }
    QVERIFY2(lastDb >= 0 && lastDb < firstApp, qPrintable(trace.join(QLatin1Char(','))));
}

void TestCommandTasks::stopRunsDependentsFirst()
{
    FakeDocker docker;
    addImages(docker);
    for (const char *name : {"db-1", "app-1", "app-2", "web-1"}) {
        const Core::Instance *i = environment()->instance(QString::fromLatin1(name));
        docker.addContainer(i->ship, i->name, i->image, true);
    }
    PlaySetup setup = setupFor(Command::Stop, {});
    setup.request.all = true;
    QCOMPARE(play(environment(), docker, setup).error(), QString());
    QStringList stops;
    for (const QString &call : docker.trace()) {
        if (call.startsWith(QLatin1String("stop ")))
            stops << call.mid(6);
    }
    QCOMPARE(stops.size(), 4);
    QCOMPARE(stops.first(), QStringLiteral("web-1"));
    QCOMPARE(stops.last(), QStringLiteral("db-1"));
    QVERIFY(!docker.container(QStringLiteral("s1"), QStringLiteral("db-1"))->running);
}

void TestCommandTasks::selectionOptions_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QStringList>("things");
    QTest::addColumn<QStringList>("flags"); // d, i, s, a
    QTest::addColumn<QString>("containerFilter");
    QTest::addColumn<QString>("shipFilter");
    QTest::addColumn<QStringList>("actedOn"); // sorted
    QTest::addColumn<QString>("planError");

    const QStringList none;
    const QStringList all{"app-1", "app-2", "db-1", "web-1"};
    QTest::newRow("start: every service but the omitted") << Command::Start << none << none << ""
                                                          << "" << all << "";
    QTest::newRow("start -d pulls in dependencies")
        << Command::Start << QStringList{"web-1"} << QStringList{"d"} << ""
        << "" << all << "";
    QTest::newRow("start a service") << Command::Start << QStringList{"app"} << none << ""
                                     << "" << QStringList{"app-1", "app-2"} << "";
    QTest::newRow("start -i -C") << Command::Start << none << QStringList{"i"} << "app-*"
                                 << "" << QStringList{"app-1", "app-2"} << "";
    QTest::newRow("start -i -S") << Command::Start << none << QStringList{"i"} << ""
                                 << "s2" << QStringList{"app-2", "web-1"} << "";
    QTest::newRow("start an omitted service by name")
        << Command::Start << QStringList{"tools-1"} << none << ""
        << "" << QStringList{"tools-1"} << "";
    QTest::newRow("stop -a") << Command::Stop << none << QStringList{"a"} << ""
                             << "" << all << "";
    QTest::newRow("stop -s a service")
        << Command::Stop << QStringList{"app"} << QStringList{"s"} << ""
        << "" << QStringList{"app-1", "app-2"} << "";
    QTest::newRow("stop -d adds dependents")
        << Command::Stop << QStringList{"app-2"} << QStringList{"d"} << ""
        << "" << QStringList{"app-2", "web-1"} << "";
    QTest::newRow("stop without things nor -a")
        << Command::Stop << none << none << ""
        << "" << none << "No services or containers specified for stop, and --all not set.";
    QTest::newRow("unknown thing") << Command::Start << QStringList{"nope"} << none << ""
                                   << "" << none << "nope is neither a service nor a container!";
}

void TestCommandTasks::selectionOptions()
{
    QFETCH(Command, command);
    QFETCH(QStringList, things);
    QFETCH(QStringList, flags);
    QFETCH(QString, containerFilter);
    QFETCH(QString, shipFilter);
    QFETCH(QStringList, actedOn);
    QFETCH(QString, planError);

    FakeDocker docker;
    addImages(docker);
    if (command == Command::Stop) {
        for (const Core::Instance &i : environment()->instances)
            docker.addContainer(i.ship, i.name, i.image, true);
    }
    PlaySetup setup = setupFor(command, things);
    setup.request.withDependencies = flags.contains(QLatin1String("d"));
    setup.request.ignoreDependencies = flags.contains(QLatin1String("i"));
    setup.request.expandServices = flags.contains(QLatin1String("s"));
    setup.request.all = flags.contains(QLatin1String("a"));
    setup.request.containerFilter = containerFilter;
    setup.request.shipFilter = shipFilter;
    const PlayResult result = play(environment(), docker, setup);
    QCOMPARE(result.planError, planError);
    if (!planError.isEmpty()) {
        QVERIFY(docker.calls().isEmpty());
        return;
    }
    QCOMPARE(result.error(), QString());
    const QString acting
        = command == Command::Start ? QStringLiteral("create ") : QStringLiteral("stop #");
    QStringList acted;
    for (const QString &call : docker.trace()) {
        if (call.startsWith(acting))
            acted << call.mid(acting.size());
    }
    acted.sort();
    QCOMPARE(acted, actedOn);
}

void TestCommandTasks::concurrencyLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("-c 1") << 1;
    QTest::newRow("-c 2") << 2;
    QTest::newRow("unlimited") << 0;
}

void TestCommandTasks::concurrencyLimit()
{
    QFETCH(int, limit);
    FakeDocker docker;
    addImages(docker);
    docker.setDelay(QStringLiteral("start"), 150);
    PlaySetup setup = setupFor(Command::Start, {});
    setup.request.ignoreDependencies = true;
    setup.concurrency = limit;
    QCOMPARE(play(environment(), docker, setup).error(), QString());
    QCOMPARE(docker.trace().filter(QRegularExpression(QStringLiteral("^start "))).size(), 4);
    if (limit > 0)
        QVERIFY2(docker.maxConcurrentCalls() <= limit,
                 qPrintable(QString::number(docker.maxConcurrentCalls())));
    else
        QVERIFY2(docker.maxConcurrentCalls() > 2,
                 qPrintable(QString::number(docker.maxConcurrentCalls())));
}

void TestCommandTasks::firstErrorStopsNewWork()
{
    PlaySetup setup = setupFor(Command::Start, {});
    setup.request.ignoreDependencies = true;
    setup.concurrency = 1;
    const auto plan = buildPlan(*environment(), setup.request);
    QVERIFY(plan);
    QCOMPARE(plan->steps().size(), 4);
    const QString second = plan->steps().at(1).id;
    const QString third = plan->steps().at(2).id;

    // With -c 1 and without gating the steps run one after the other in plan order: the
    // second fails, so the third (which would fail too) and the fourth never start.
    FakeDocker docker;
    addImages(docker);
    docker.failCall(QStringLiteral("create"), second, QStringLiteral("disk full"));
    docker.failCall(QStringLiteral("create"), third, QStringLiteral("second failure"));
    const PlayResult result = play(environment(), docker, setup);
    QCOMPARE(result.error(), second + QStringLiteral(": disk full"));
    QCOMPARE(result.report.firstErrorStep, second);
    QList<StepState> states;
    for (const StepOutcome &o : result.report.steps)
        states << o.state;
    QCOMPARE(states, (QList<StepState>{StepState::Done, StepState::Failed, StepState::Aborted,
                                       StepState::Aborted}));
    QCOMPARE(docker.trace().filter(QRegularExpression(QStringLiteral("^create "))).size(), 2);
}

void TestCommandTasks::cancelStopsNewWork()
{
    FakeDocker docker;
    addImages(docker);
    docker.setDelay(QStringLiteral("create"), 200);
    PlaySetup setup = setupFor(Command::Start, {});
    setup.request.ignoreDependencies = true;
    setup.concurrency = 1;
    setup.started = [](PlanRunner &runner) {
        QTimer::singleShot(50, &runner, [&runner] { runner.cancel(); });
    };
    const PlayResult result = play(environment(), docker, setup);
    QVERIFY(result.report.cancelled);
    QCOMPARE(result.error(), QStringLiteral("cancelled by user"));
    // The create in flight finished; nothing was created after the cancel.
    QCOMPARE(docker.trace().filter(QRegularExpression(QStringLiteral("^create "))).size(), 1);
    int notDone = 0;
    for (const StepOutcome &o : result.report.steps)
        notDone += o.state == StepState::Aborted ? 1 : 0;
    QVERIFY(notDone >= 3);
}

void TestCommandTasks::deadShipFailsEveryRowOnce()
{
    FakeDocker docker;
    addImages(docker);
    docker.setShipDown(QStringLiteral("s2"));
    const PlayResult result = play(environment(), docker, setupFor(Command::Status, {}));
    QCOMPARE(result.error(), QString()); // status never fails the play (12.1)
    QCOMPARE(docker.trace(QStringLiteral("s2")), QStringList{"ping"});
    QCOMPARE(result.segments(QStringLiteral("app-2")),
             (QStringList{"container:-", "word:host down"}));
    QCOMPARE(result.segments(QStringLiteral("web-1")),
             (QStringList{"container:-", "word:host down"}));
    QCOMPARE(result.segments(QStringLiteral("db-1")), (QStringList{"container:15:-", "word:down"}));
}

void TestCommandTasks::noOpsAndDeadShipsAreSkipped_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<int>("before");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    row("start running") << Command::Start << int(Before::Running) << "skipped"
                         << "already running";
    row("start absent") << Command::Start << int(Before::Nothing) << "done"
                        << "";
    row("stop stopped") << Command::Stop << int(Before::Stopped) << "skipped"
                        << "already stopped";
    row("stop absent") << Command::Stop << int(Before::Nothing) << "skipped"
                       << "no container";
    row("stop running") << Command::Stop << int(Before::Running) << "done"
                        << "";
    row("stop host down") << Command::Stop << int(Before::ShipDown) << "skipped"
                          << "host down: ship 's1' (fake): connection refused";
    row("kill stopped") << Command::Kill << int(Before::Stopped) << "skipped"
                        << "already stopped";
    row("clean running") << Command::Clean << int(Before::Running) << "skipped"
                         << "still running";
    row("clean absent") << Command::Clean << int(Before::Nothing) << "skipped"
                        << "no container";
    row("clean host down") << Command::Clean << int(Before::ShipDown) << "failed"
                           << "db-1: host down: ship 's1' (fake): connection refused";
    row("restart stopped starts") << Command::Restart << int(Before::Stopped) << "done"
                                  << "";
    row("status running") << Command::Status << int(Before::Running) << "done"
                          << "";
}

void TestCommandTasks::noOpsAndDeadShipsAreSkipped()
{
    // A step that changed nothing says so, and why, instead of "done".
    QFETCH(Command, command);
    QFETCH(int, before);
    QFETCH(QString, state);
    QFETCH(QString, reason);
    FakeDocker docker;
    addImages(docker);
    const QString name = QStringLiteral("db-1");
    const Core::Instance *inst = environment()->instance(name);
    if (Before(before) == Before::Running || Before(before) == Before::Stopped)
        docker.addContainer(inst->ship, name, inst->image, Before(before) == Before::Running);
    if (Before(before) == Before::ShipDown)
        docker.setShipDown(inst->ship);
    const PlayResult result = play(environment(), docker, setupFor(command, {name}));
    QVERIFY2(result.planned, qPrintable(result.planError));
    const Orchestration::StepOutcome *outcome = result.report.outcome(name);
    QVERIFY(outcome);
    QCOMPARE(stepStateName(outcome->state), state);
    QCOMPARE(outcome->reason, reason);
    // The final event carries the reason to the run panel.
    const auto final = std::find_if(result.events.crbegin(), result.events.crend(),
                                    [&](const ProgressEvent &e) { return e.isFinal(); });
    QVERIFY(final != result.events.crend());
    QCOMPARE(final->message, reason);
}

void TestCommandTasks::outcomeCountsSkippedApart()
{
    Orchestration::RunReport report;
    report.steps = {{QStringLiteral("a-1"), Orchestration::StepState::Done, {}, 0, 1},
                    {QStringLiteral("b-1"), Orchestration::StepState::Skipped,
                     QStringLiteral("already running"), 0, 1},
                    {QStringLiteral("b-2"), Orchestration::StepState::Skipped,
                     QStringLiteral("already running"), 0, 1}};
    QCOMPARE(Orchestration::RunSession::describeOutcome(report),
             QStringLiteral("1 done (a-1); 2 skipped (b-1, b-2)"));
}

void TestCommandTasks::checkEventsCountAttempts()
{
    const Core::EnvironmentPtr env = rexecEnvironment(5);
    QVERIFY(env);
    FakeDocker docker;
    docker.addImage({}, QStringLiteral("probe"));
    docker.setExecExitCodes(QStringLiteral("probe-1"), {1, 1, 0});
    const PlayResult result = play(env, docker, setupFor(Command::Start, {}));
    QCOMPARE(result.error(), QString());
    const QList<ProgressEvent::Check> checks = result.checks();
    QCOMPARE(checks.size(), 3);
    for (int i = 0; i < checks.size(); ++i) {
        const ProgressEvent::Check &c = checks[i];
        QCOMPARE(c.name, QStringLiteral("rexec:check-probe"));
        QCOMPARE(c.attempt, i + 1);
        // A command check is limited by its number of runs, not by time.
        QCOMPARE(c.limitMs, 0);
        QCOMPARE(c.attempts, 5);
        if (i > 0)
            QVERIFY(c.elapsedMs >= checks[i - 1].elapsedMs);
        // Each report carries the previous attempt's error, none before the first.
        QCOMPARE(c.lastError, i == 0 ? QString() : QStringLiteral("exit status 1"));
    }
}

void TestCommandTasks::conditionFailureSaysWhy_data()
{
    QTest::addColumn<bool>("shipLost"); // else the container is removed behind our back
    QTest::addColumn<QString>("reason");
    QTest::newRow("ship lost") << true
                               << "probe-1 could not be inspected during the running lifecycle "
                                  "checks: ship 's1' (fake): connection refused";
    QTest::newRow("container gone")
        << false << "probe-1 is no longer running during the running lifecycle checks";
}

void TestCommandTasks::conditionFailureSaysWhy()
{
    QFETCH(bool, shipLost);
    QFETCH(QString, reason);
    const Core::EnvironmentPtr env = rexecEnvironment(30);
    QVERIFY(env);
    FakeDocker docker;
    docker.addImage({}, QStringLiteral("probe"));
    docker.setExecExitCodes(QStringLiteral("probe-1"), {1});
    PlaySetup setup = setupFor(Command::Start, {});
    setup.started = atFirstAttempt([&docker, shipLost] {
        if (shipLost)
            docker.setShipDown(QStringLiteral("s1"));
        else
            docker.removeExternally(QStringLiteral("s1"), QStringLiteral("probe-1"));
    });
    const PlayResult result = play(env, docker, setup);
    QCOMPARE(result.error(), QStringLiteral("probe-1: Halting start sequence because probe-1 (on "
                                            "s1) failed to start! ")
                                 + reason);
    // The check had begun; the condition, evaluated before its next run a second later,
    // ended the state.
    QVERIFY(!result.checks().isEmpty());
    QVERIFY(result.segments(QStringLiteral("probe-1"))
                .contains(QStringLiteral("word:container did not start!")));
}

QTEST_GUILESS_MAIN(TestCommandTasks)
#include "tst_commandtasks.moc"
