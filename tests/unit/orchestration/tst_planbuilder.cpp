// SPDX-License-Identifier: GPL-3.0-or-later
// Plans from commands and options (spec 10.2-10.5, 11.2 row numbers), no daemon involved.
#include "orchestration/plan/planbuilder.h"
#include "orchestration/ships/shipsettings.h"

#include "core/model/environmentloader.h"

#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;

namespace {

// Spec 10.4's example: db (db-1, db-2), cache (cache-1), app requires [db, cache]
// (app-1, app-2), web requires [app], wants_info [cache], omit (web-1); two ships.
const char *kEnvironment = R"(name: plans
ships:
  s1: {ip: 10.0.0.1}
  s2: {ip: 10.0.0.2, socket_path: /run/other.sock, timeout: 0, api_version: "1.41"}
services:
  db:
    image: postgres
    instances: {db-1: {ship: s1}, db-2: {ship: s2}}
  cache:
    image: redis
    instances: {cache-1: {ship: s2}}
  app:
    image: app
    requires: [db, cache]
    instances: {app-1: {ship: s1}, app-2: {ship: s2}}
  web:
    image: web
    requires: [app]
    wants_info: [cache]
    omit: true
    instances: {web-1: {ship: s1}}
)";

Core::EnvironmentPtr environment()
{
    static const Core::LoadResult loaded = Core::loadEnvironmentText(
        QString::fromUtf8(kEnvironment), QStringLiteral("plans.yaml"), QStringLiteral("/tmp"), {});
    return loaded.environment;
}

QStringList ids(const Plan &plan)
{
    QStringList out;
    for (const PlanStep &s : plan.steps())
        out << s.id;
    return out;
}

QStringList rows(const Plan &plan)
{
    QStringList out;
    for (const PlanStep &s : plan.steps())
        out << QString::number(s.row);
    return out;
}

QStringList list(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class tst_PlanBuilder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(environment()); }

    void order_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<QStringList>("things");
        QTest::addColumn<QStringList>("flags"); // d i s a, C=pattern, S=pattern
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("expectedRows");
        QTest::addColumn<QStringList>("pulledIn");

        QTest::newRow("start -d web")
            << Command::Start << list("web") << list("d")
            << list("cache-1 db-1 db-2 app-1 app-2 web-1") << list("1 2 3 4 5 6")
            << list("cache-1 db-1 db-2 app-1 app-2");
        QTest::newRow("start web: no deps") << Command::Start << list("web") << QStringList{}
                                            << list("web-1") << list("1") << QStringList{};
        QTest::newRow("start, no things: omit, implicit -d")
            << Command::Start << QStringList{} << QStringList{}
            << list("cache-1 db-1 db-2 app-1 app-2") << list("1 2 3 4 5") << QStringList{};
        QTest::newRow("status, no things: every service")
            << Command::Status << QStringList{} << QStringList{}
            << list("cache-1 db-1 db-2 app-1 app-2 web-1") << list("1 2 3 4 5 6") << QStringList{};
        QTest::newRow("stop -d -s db: dependents, rows down")
            << Command::Stop << list("db") << list("d s") << list("web-1 app-1 app-2 db-1 db-2")
            << list("5 4 3 2 1") << list("web-1 app-1 app-2");
        // -a: every service that is not omitted, -d implied: web (omitted) comes in as a
        // dependent of app.
        QTest::newRow("kill -a") << Command::Kill << QStringList{} << list("a")
                                 << list("web-1 app-1 app-2 cache-1 db-1 db-2")
                                 << list("6 5 4 3 2 1") << list("web-1");
        QTest::newRow("restart counts up")
            << Command::Restart << list("app-1 db-1") << QStringList{} << list("app-1 db-1")
            << list("1 2") << QStringList{};
        QTest::newRow("start -C filter") << Command::Start << list("db app") << list("C=*-1")
                                         << list("app-1 db-1") << list("1 2") << QStringList{};
        QTest::newRow("start -S filter") << Command::Start << list("db app") << list("S=s2")
                                         << list("app-2 db-2") << list("1 2") << QStringList{};
        QTest::newRow("duplicates once (KW-8)")
            << Command::Start << list("db-1 db db-1") << QStringList{} << list("db-1 db-2")
            << list("1 2") << QStringList{};
    }

    void order()
    {
        QFETCH(Command, command);
        QFETCH(QStringList, things);
        QFETCH(QStringList, flags);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, expectedRows);
        QFETCH(QStringList, pulledIn);
        PlanRequest request;
        request.command = command;
        request.things = things;
        for (const QString &f : flags) {
            if (f == QLatin1String("d"))
                request.withDependencies = true;
            else if (f == QLatin1String("i"))
                request.ignoreDependencies = true;
            else if (f == QLatin1String("s"))
                request.expandServices = true;
            else if (f == QLatin1String("a"))
                request.all = true;
            else if (f.startsWith(QLatin1String("C=")))
                request.containerFilter = f.mid(2);
            else if (f.startsWith(QLatin1String("S=")))
                request.shipFilter = f.mid(2);
        }
        const Core::Result<Plan> plan = buildPlan(*environment(), request);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QCOMPARE(ids(*plan), expected);
        QCOMPARE(rows(*plan), expectedRows);
        QStringList pulled;
        for (const PlanStep &s : plan->steps()) {
            if (s.pulledIn)
                pulled << s.id;
            QCOMPARE(s.task, commandName(command));
            QCOMPARE(s.ship, environment()->instance(s.id)->ship);
        }
        QCOMPARE(pulled, pulledIn);
        QCOMPARE(plan->direction(), directionOf(command));
    }

    // Spec 10.5: who waits for whom, per command and -i.
    void gating_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<bool>("ignore");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QStringList>("waits");
        QTest::newRow("start: app waits for db and cache")
            << Command::Start << false << "app-1" << list("cache-1 db-1 db-2");
        QTest::newRow("start -i: nobody waits")
            << Command::Start << true << "app-1" << QStringList{};
        QTest::newRow("status never waits") << Command::Status << false << "app-1" << QStringList{};
        QTest::newRow("clean -i still waits")
            << Command::Clean << true << "app-1" << list("cache-1 db-1 db-2");
        QTest::newRow("stop: db waits for its dependents")
            << Command::Stop << false << "db-1" << list("web-1 app-1 app-2");
        QTest::newRow("restart: dependents first")
            << Command::Restart << false << "cache-1" << list("web-1 app-1 app-2");
        QTest::newRow("pull waits")
            << Command::Pull << false << "web-1" << list("cache-1 db-1 db-2 app-1 app-2");
    }

    void gating()
    {
        QFETCH(Command, command);
        QFETCH(bool, ignore);
        QFETCH(QString, step);
        QFETCH(QStringList, waits);
        PlanRequest request;
        request.command = command;
        request.things = list("web db cache app");
        request.withDependencies = true;
        request.expandServices = true;
        request.ignoreDependencies = ignore;
        const Core::Result<Plan> plan = buildPlan(*environment(), request);
        QVERIFY(plan.ok());
        const int index = plan->indexOf(step);
        QVERIFY(index >= 0);
        QStringList actual = plan->step(index).waitsFor;
        actual.sort();
        waits.sort();
        QCOMPARE(actual, waits);
    }

    void errors_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<QStringList>("things");
        QTest::addColumn<QString>("message");
        QTest::newRow("stop without things or -a")
            << Command::Stop << QStringList{}
            << "No services or containers specified for stop, and --all not set.";
        QTest::newRow("restart without things or -a")
            << Command::Restart << QStringList{}
            << "No services or containers specified for restart, and --all not set.";
        QTest::newRow("kill of a service without -s")
            << Command::Kill << list("db")
            << "db is a service but --expand-services was not specified";
        QTest::newRow("unknown thing")
            << Command::Start << list("nope") << "nope is neither a service nor a container!";
    }

    void errors()
    {
        QFETCH(Command, command);
        QFETCH(QStringList, things);
        QFETCH(QString, message);
        PlanRequest request;
        request.command = command;
        request.things = things;
        const Core::Result<Plan> plan = buildPlan(*environment(), request);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().message, message);
    }

    // Spec 5.1/5.3 through the client's settings: endpoint defaults to ip, timeout 0 -> 5.
    void connectionSettings()
    {
        const Core::Environment &env = *environment();
        const Docker::ConnectionSettings s1
            = connectionSettingsFor(*env.ship(QStringLiteral("s1")), env.baseDir);
        QCOMPARE(s1.shipName, QStringLiteral("s1"));
        QCOMPARE(s1.endpoint, QStringLiteral("10.0.0.1"));
        QCOMPARE(s1.effectiveDockerPort(), 2375);
        QCOMPARE(s1.transport(), Docker::ConnectionSettings::Transport::Tcp);
        QCOMPARE(s1.timeoutSeconds, 5);
        const Docker::ConnectionSettings s2
            = connectionSettingsFor(*env.ship(QStringLiteral("s2")), env.baseDir);
        QCOMPARE(s2.transport(), Docker::ConnectionSettings::Transport::UnixSocket);
        QCOMPARE(s2.socketPath, QStringLiteral("/run/other.sock"));
        QCOMPARE(s2.apiVersion, QStringLiteral("1.41"));
        QCOMPARE(s2.timeoutSeconds, 5);
        QCOMPARE(s2.baseDirectory, env.baseDir);
    }
};

QTEST_GUILESS_MAIN(tst_PlanBuilder)
#include "tst_planbuilder.moc"
