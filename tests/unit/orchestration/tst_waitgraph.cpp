// SPDX-License-Identifier: GPL-3.0-or-later
#include "testplans.h"

#include "orchestration/plan/waitgraph.h"

#include <QTest>

using namespace Maestro::Orchestration;
using namespace Maestro::Orchestration::TestPlans;

class tst_WaitGraph : public QObject
{
    Q_OBJECT

private slots:
    void edges_data();
    void edges();
    void repeatedWaitsCountOnce();
    void longChainAndLongCycleStayIterative();
};

void tst_WaitGraph::edges_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("step");
    QTest::addColumn<QList<int>>("waits");
    QTest::addColumn<QList<int>>("dependents");

    QTest::newRow("spec start: app-1") << specStart() << 3 << QList<int>{0, 1, 2} << QList<int>{5};
    QTest::newRow("spec start: cache-1") << specStart() << 0 << QList<int>{} << QList<int>{3, 4, 5};
    QTest::newRow("spec stop: web-1") << specStop() << 0 << QList<int>{} << QList<int>{1, 2, 3, 4};
    QTest::newRow("spec stop: db-2") << specStop() << 4 << QList<int>{0, 1, 2} << QList<int>{};
    QTest::newRow("diamond: bottom") << diamond() << 3 << QList<int>{1, 2} << QList<int>{};
    // Waits come back in plan order even when listed later-first.
    QTest::newRow("reversed chain: d-1") << reversedChain() << 0 << QList<int>{1} << QList<int>{};
    QTest::newRow("reversed chain: a-1") << reversedChain() << 3 << QList<int>{} << QList<int>{2};
    QTest::newRow("independent") << independent() << 2 << QList<int>{} << QList<int>{};
}

void tst_WaitGraph::edges()
{
    QFETCH(Shape, shape);
    QFETCH(int, step);
    QFETCH(QList<int>, waits);
    QFETCH(QList<int>, dependents);

    const auto graph = WaitGraph::build(makePlan(shape));
    QVERIFY2(graph.ok(), qPrintable(graph.ok() ? QString() : graph.error().message));
    QCOMPARE(graph->size(), int(shape.size()));
    QCOMPARE(graph->waits(step), waits);
    QCOMPARE(graph->dependents(step), dependents);
}

void tst_WaitGraph::repeatedWaitsCountOnce()
{
    const Shape shape{
        {QStringLiteral("a"), {}},
        {QStringLiteral("b"), {}},
        {QStringLiteral("c"), {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b")}}};
    const auto graph = WaitGraph::build(makePlan(shape));
    QVERIFY(graph.ok());
    QCOMPARE(graph->waits(2), (QList<int>{0, 1}));
    QCOMPARE(graph->dependents(1), QList<int>{2});
}

void tst_WaitGraph::longChainAndLongCycleStayIterative()
{
    // 100000 steps deep: a recursive walk would overflow the stack.
    const int count = 100000;
    QList<PlanStep> steps(count);
    for (int i = 0; i < count; ++i) {
        steps[i].id = QString::number(i);
        if (i > 0)
            steps[i].waitsFor = {QString::number(i - 1)};
    }
    const auto chain = WaitGraph::build(Plan(Command::Start, PlanDirection::Start, steps));
    QVERIFY(chain.ok());
    QCOMPARE(chain->dependents(count - 2), QList<int>{count - 1});

    steps[0].waitsFor = {QString::number(count - 1)};
    const auto cycle = WaitGraph::build(Plan(Command::Start, PlanDirection::Start, steps));
    QVERIFY(!cycle.ok());
    // "0 waits for 99999, which waits for 99998, ..., 1 waits for 0".
    QVERIFY(cycle.error().message.startsWith(
        QStringLiteral("Dependency cycle in the plan: 0 -> 99999 -> 99998 -> ")));
    QVERIFY(cycle.error().message.endsWith(
        QStringLiteral(" -> 2 -> 1 -> 0 (each instance waits for the next)")));
}

QTEST_GUILESS_MAIN(tst_WaitGraph)
#include "tst_waitgraph.moc"
