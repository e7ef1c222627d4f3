// SPDX-License-Identifier: GPL-3.0-or-later
#include "testplans.h"

#include <QTest>

using namespace Maestro::Orchestration;
using namespace Maestro::Orchestration::TestPlans;

class tst_Plan : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void indexOf();
    void describeStartWithDependencies();
    void describeStopCountsDown();
    void describeEmpty();
    void commandNames_data();
    void commandNames();
    void unknownCommandNames();
    void planWithoutCommand();
};

void tst_Plan::check_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QString>("error"); // empty: the plan is valid

    const QString a = QStringLiteral("a-1");
    const QString b = QStringLiteral("b-1");
    const QString c = QStringLiteral("c-1");
    const QString d = QStringLiteral("d-1");

    QTest::newRow("empty") << Shape{} << QString();
    QTest::newRow("spec start") << specStart() << QString();
    QTest::newRow("spec stop") << specStop() << QString();
    QTest::newRow("diamond") << diamond() << QString();
    QTest::newRow("reversed chain") << reversedChain() << QString();
    QTest::newRow("layered") << layered() << QString();
    QTest::newRow("gating off") << independent() << QString();
    QTest::newRow("repeated wait id") << Shape{{a, {}}, {b, {a, a}}} << QString();

    QTest::newRow("unknown id")
        << Shape{{a, {}}, {b, {a, QStringLiteral("zk-1")}}}
        << QStringLiteral("Instance b-1 waits for zk-1, which is not part of the plan");
    QTest::newRow("duplicate id (KW-8)")
        << Shape{{a, {}}, {b, {}}, {a, {}}}
        << QStringLiteral("Instance a-1 appears more than once in the plan");
    QTest::newRow("empty id") << Shape{{a, {}}, {QString(), {}}}
                              << QStringLiteral("Step 2 of the plan has no instance name");
    QTest::newRow("waits for itself")
        << Shape{{a, {a}}}
        << QStringLiteral(
               "Dependency cycle in the plan: a-1 -> a-1 (each instance waits for the next)");
    QTest::newRow("two-step cycle") << Shape{{a, {b}}, {b, {a}}}
                                    << QStringLiteral("Dependency cycle in the plan: a-1 -> b-1 -> "
                                                      "a-1 (each instance waits for the next)");
    // b-1 waits for d-1, d-1 for c-1, c-1 for b-1; a-1 is fine (and waited for by b-1).
    QTest::newRow("cycle behind a valid step")
        << Shape{{a, {}}, {b, {a, d}}, {c, {b}}, {d, {c}}}
        << QStringLiteral("Dependency cycle in the plan: b-1 -> d-1 -> c-1 -> b-1 (each instance "
                          "waits for the next)");
    QTest::newRow("step behind a cycle")
        << Shape{{QStringLiteral("x-1"), {b}}, {b, {c}}, {c, {b}}}
        << QStringLiteral("Dependency cycle in the plan: b-1 -> c-1 -> b-1 (each instance waits "
                          "for the next)");
}

void tst_Plan::check()
{
    QFETCH(Shape, shape);
    QFETCH(QString, error);

    const Maestro::Core::VoidResult result = makePlan(shape).check();
    QCOMPARE(result.ok(), error.isEmpty());
    if (!error.isEmpty())
        QCOMPARE(result.error().message, error);
}

void tst_Plan::indexOf()
{
    Plan plan(Command::Start, PlanDirection::Start);
    QCOMPARE(plan.indexOf(QStringLiteral("a")), -1);
    plan.append(PlanStep{QStringLiteral("a"), 1, {}, {}, {}, {}, false});
    plan.append(PlanStep{QStringLiteral("b"), 2, {}, {}, {}, {}, false});
    plan.append(PlanStep{QStringLiteral("a"), 3, {}, {}, {}, {}, false});
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.indexOf(QStringLiteral("b")), 1);
    QCOMPARE(plan.indexOf(QStringLiteral("a")), 0); // the first of the duplicates
    QVERIFY(!plan.check().ok());
}

void tst_Plan::describeStartWithDependencies()
{
    // `start -d web` of spec 10.4: web-1 was named, the rest came in as dependencies.
    Plan plan = makePlan(specStart());
    QList<PlanStep> steps = plan.steps();
    for (PlanStep &step : steps)
        step.pulledIn = step.id != QStringLiteral("web-1");
    plan = Plan(*plan.command(), plan.direction(), steps);

    const QString expected = QStringLiteral(
        "Plan for start (start order): 6 step(s), 5 pulled in as dependencies\n"
        "   #  INSTANCE  SERVICE  SHIP   TASK   WHY         WAITS FOR\n"
        "  1.  cache-1   cache    ship1  start  dependency  -\n"
        "  2.  db-1      db       ship2  start  dependency  -\n"
        "  3.  db-2      db       ship1  start  dependency  -\n"
        "  4.  app-1     app      ship2  start  dependency  cache-1, db-1, db-2\n"
        "  5.  app-2     app      ship1  start  dependency  cache-1, db-1, db-2\n"
        "  6.  web-1     web      ship2  start  selected    cache-1, db-1, db-2, app-1, app-2\n");
    QCOMPARE(plan.describe(), expected);
}

void tst_Plan::describeStopCountsDown()
{
    const Plan plan = makePlan(specStop(), PlanDirection::Stop, Command::Stop);
    const QStringList lines = plan.describe().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines[0], QStringLiteral("Plan for stop (stop order): 5 step(s)"));
    QVERIFY2(lines[2].startsWith(QStringLiteral("  5.  web-1 ")), qPrintable(lines[2]));
    QVERIFY2(lines[6].startsWith(QStringLiteral("  1.  db-2 ")), qPrintable(lines[6]));
    QVERIFY2(lines[6].endsWith(QStringLiteral("selected  app-1, app-2, web-1")),
             qPrintable(lines[6]));
}

void tst_Plan::describeEmpty()
{
    const Plan plan(Command::Clean, PlanDirection::Start);
    QCOMPARE(plan.describe(), QStringLiteral("Plan for clean (start order): nothing to do.\n"));
}

void tst_Plan::commandNames_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("name");
    QTest::newRow("status") << Command::Status << QStringLiteral("status");
    QTest::newRow("start") << Command::Start << QStringLiteral("start");
    QTest::newRow("stop") << Command::Stop << QStringLiteral("stop");
    QTest::newRow("kill") << Command::Kill << QStringLiteral("kill");
    QTest::newRow("restart") << Command::Restart << QStringLiteral("restart");
    QTest::newRow("pull") << Command::Pull << QStringLiteral("pull");
    QTest::newRow("clean") << Command::Clean << QStringLiteral("clean");
}

void tst_Plan::commandNames()
{
    QFETCH(Command, command);
    QFETCH(QString, name);
    QCOMPARE(commandName(command), name);
    QCOMPARE(commandFromName(name), std::optional<Command>(command));
}

void tst_Plan::unknownCommandNames()
{
    // The command line's other commands, other spellings and nothing make no plan.
    for (const char *name : {"logs", "deptree", "validate", "Start", " start", "check", ""})
        QVERIFY2(!commandFromName(QString::fromLatin1(name)), name);
}

void tst_Plan::planWithoutCommand()
{
    // Check Now's one-step plans: no command, the steps as given.
    const Plan plan(PlanDirection::Start,
                    {PlanStep{QStringLiteral("a"), 1, {}, {}, {}, {}, false}});
    QVERIFY(!plan.command());
    QCOMPARE(plan.size(), 1);
    QVERIFY(plan.check().ok());
    QCOMPARE(Plan(Command::Kill, PlanDirection::Stop).command(),
             std::optional<Command>(Command::Kill));
}

QTEST_GUILESS_MAIN(tst_Plan)
#include "tst_plan.moc"
