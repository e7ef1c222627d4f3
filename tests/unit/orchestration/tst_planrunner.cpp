// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakework.h"
#include "testplans.h"

#include "orchestration/run/planrunner.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <stdexcept>
#include <thread>

using namespace Maestro;
using namespace Maestro::Orchestration;
using namespace Maestro::Orchestration::FakeWork;
using namespace Maestro::Orchestration::TestPlans;

namespace {

constexpr int kTimeoutMs = 30000;

Core::Error taskError(const QString &message)
{
    return Core::Error{message, {}, {}};
}

// Logs start and end and succeeds.
TaskFunction loggingTask(TaskLog &log)
{
    return [&log](const PlanStep &step, TaskContext &) -> Core::VoidResult {
        log.begin(step.id);
        QThread::yieldCurrentThread(); // give other workers a chance to interleave
        log.end(step.id);
        return Core::Success{};
    };
}

// Logs start, waits for the gate (ignoring cancellation), logs end, succeeds.
TaskFunction gatedTask(TaskLog &log, Gate &gate)
{
    return [&log, &gate](const PlanStep &step, TaskContext &) -> Core::VoidResult {
        log.begin(step.id);
        const bool passed = gate.pass();
        log.end(step.id);
        if (!passed)
            return taskError(QStringLiteral("gate timed out"));
        return Core::Success{};
    };
}

// Sleeps until cancelled and then fails with `interrupted`.
Core::VoidResult sleepUntilCancelled(TaskLog &log, const PlanStep &step, TaskContext &context)
{
    log.begin(step.id);
    const bool slept = context.sleepFor(kTimeoutMs * 2);
    log.end(step.id);
    if (!slept)
        return taskError(QStringLiteral("interrupted"));
    return taskError(QStringLiteral("was never cancelled"));
}

// For each step: every step it waits for ended before it started.
void verifyGating(const Plan &plan, const QStringList &entries)
{
    for (const PlanStep &step : plan.steps()) {
        const qsizetype start = entries.indexOf(QStringLiteral("start ") + step.id);
        QVERIFY2(start >= 0, qPrintable(step.id + QStringLiteral(" never started")));
        QCOMPARE(entries.count(QStringLiteral("start ") + step.id), 1);
        for (const QString &wait : step.waitsFor) {
            const qsizetype end = entries.indexOf(QStringLiteral("end ") + wait);
            QVERIFY2(end >= 0 && end < start,
                     qPrintable(step.id + QStringLiteral(" started before ") + wait
                                + QStringLiteral(" ended")));
        }
    }
}

} // namespace

class tst_PlanRunner : public QObject
{
    Q_OBJECT

private slots:
    void ordering_data();
    void ordering();
    void concurrencyLimit_data();
    void concurrencyLimit();
    void unlimitedUsesTheCap();
    void independentStepsRunInParallel_data();
    void independentStepsRunInParallel();
    void firstErrorIsTheFirstInTime_data();
    void firstErrorIsTheFirstInTime();
    void nothingStartsAfterFailureRunningTasksFinish();
    void cancelMidRun();
    void cancelFromAnotherThread();
    void cancelThroughTheFuture();
    void cancelBeforeStart();
    void startTwiceIsAProgrammerError();
    void cancelFromProgressSlot();
    void nestedEventLoopInSlot();
    void abortFinishesAtOnce();
    void destructorCancelsAndWaits();
    void emptyPlan();
    void invalidPlan_data();
    void invalidPlan();
    void fiveHundredSteps_data();
    void fiveHundredSteps();
    void throwingTask_data();
    void throwingTask();
    void progressEventsInOrderPerStep();
    void skippedCountsAsSuccess();
    void finalPhasesBelongToTheRunner();
    void startIntervalHoldsBackTheNextStart();
    void startIntervalLetsAllRun();
    void futureCarriesReportAndProgress();
};

void tst_PlanRunner::ordering_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("limit");

    const QList<QPair<const char *, Shape>> shapes{{"spec start -d web", specStart()},
                                                   {"spec stop -d db", specStop()},
                                                   {"diamond", diamond()},
                                                   {"reversed chain", reversedChain()},
                                                   {"layered", layered()},
                                                   {"gating off (-i)", independent()}};
    for (const auto &[name, shape] : shapes) {
        for (int limit : {1, 2, 3, 0}) {
            QTest::addRow("%s, -c %d", name, limit) << shape << limit;
        }
    }
}

void tst_PlanRunner::ordering()
{
    QFETCH(Shape, shape);
    QFETCH(int, limit);

    const Plan plan = makePlan(shape);
    TaskLog log;
    PlanRunner runner(plan, limit, loggingTask(log));
    EventLog events(runner);
    const QFuture<RunReport> future = runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);

    verifyGating(plan, log.entries());
    if (limit > 0)
        QVERIFY(log.maxRunning() <= limit);
    QCOMPARE(events.reports.size(), 1);
    const RunReport report = events.reports.first();
    QVERIFY(report.ok());
    QCOMPARE(report.count(StepState::Done), plan.size());
    QCOMPARE(report.steps.size(), plan.size());
    for (int i = 0; i < plan.size(); ++i)
        QCOMPARE(report.steps[i].id, plan.step(i).id);
    QVERIFY(future.isFinished());
    QCOMPARE(future.result().count(StepState::Done), plan.size());
}

void tst_PlanRunner::concurrencyLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected"); // tasks running at once, = the pool size

    QTest::newRow("-c 1") << 1 << 1;
    QTest::newRow("-c 2") << 2 << 2;
    QTest::newRow("-c 3") << 3 << 3;
    QTest::newRow("-c 0 (unlimited)") << 0 << 8;
    QTest::newRow("-c 20 (more than steps)") << 20 << 8;
}

void tst_PlanRunner::concurrencyLimit()
{
    QFETCH(int, limit);
    QFETCH(int, expected);

    const Plan plan = makePlan(independent(8));
    TaskLog log;
    Gate gate;
    PlanRunner runner(plan, limit, gatedTask(log, gate));
    QCOMPARE(runner.maxWorkers(), expected);
    runner.start();

    // Let the tasks end one by one; each time the runner must refill up to the limit.
    for (int ended = 0; ended < plan.size(); ++ended) {
        QTRY_COMPARE_WITH_TIMEOUT(log.running(), std::min(expected, plan.size() - ended),
                                  kTimeoutMs);
        gate.open();
        QTRY_COMPARE_WITH_TIMEOUT(log.ended(), ended + 1, kTimeoutMs);
    }
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    QCOMPARE(log.maxRunning(), expected);
    QVERIFY(log.distinctThreads() <= expected);
    QVERIFY(runner.report().ok());
}

void tst_PlanRunner::unlimitedUsesTheCap()
{
    const Plan plan = makePlan(independent(PlanRunner::UnlimitedWorkerCap + 8));
    TaskLog log;
    Gate gate;
    PlanRunner runner(plan, 0, gatedTask(log, gate));
    QCOMPARE(runner.maxWorkers(), PlanRunner::UnlimitedWorkerCap);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(log.running(), PlanRunner::UnlimitedWorkerCap, kTimeoutMs);
    gate.open(plan.size());
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    QCOMPARE(log.maxRunning(), PlanRunner::UnlimitedWorkerCap);
    QVERIFY(log.distinctThreads() <= PlanRunner::UnlimitedWorkerCap);
    QCOMPARE(runner.report().count(StepState::Done), plan.size());
}

void tst_PlanRunner::independentStepsRunInParallel_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QStringList>("together"); // must all be running at the same moment
    QTest::addColumn<int>("limit");

    QTest::newRow("gating off, unlimited")
        << independent(6)
        << QStringList{QStringLiteral("solo-1"), QStringLiteral("solo-2"), QStringLiteral("solo-3"),
                       QStringLiteral("solo-4"), QStringLiteral("solo-5"), QStringLiteral("solo-6")}
        << 0;
    QTest::newRow("diamond sides")
        << diamond() << QStringList{QStringLiteral("left-1"), QStringLiteral("right-1")} << 2;
    QTest::newRow("spec start: the three roots")
        << specStart()
        << QStringList{QStringLiteral("cache-1"), QStringLiteral("db-1"), QStringLiteral("db-2")}
        << 3;
    QTest::newRow("spec stop: both apps")
        << specStop() << QStringList{QStringLiteral("app-1"), QStringLiteral("app-2")} << 0;
}

void tst_PlanRunner::independentStepsRunInParallel()
{
    QFETCH(Shape, shape);
    QFETCH(QStringList, together);
    QFETCH(int, limit);

    // A runner that serialised these steps would leave the first one stuck in the latch
    // until it gave up, failing the run.
    Latch latch(int(together.size()));
    TaskLog log;
    PlanRunner runner(makePlan(shape), limit,
                      [&](const PlanStep &step, TaskContext &) -> Core::VoidResult {
                          log.begin(step.id);
                          const bool met = !together.contains(step.id) || latch.arriveAndWait();
                          log.end(step.id);
                          if (!met)
                              return taskError(QStringLiteral("ran alone"));
                          return Core::Success{};
                      });
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    const RunReport report = runner.report();
    QVERIFY2(report.ok(), qPrintable(report.firstError ? report.firstError->message : QString()));
    QVERIFY(log.maxRunning() >= together.size());
}

void tst_PlanRunner::firstErrorIsTheFirstInTime_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    QTest::newRow("earlier row fails first")
        << QStringLiteral("solo-1") << QStringLiteral("solo-2");
    QTest::newRow("later row fails first") << QStringLiteral("solo-2") << QStringLiteral("solo-1");
}

void tst_PlanRunner::firstErrorIsTheFirstInTime()
{
    QFETCH(QString, first);
    QFETCH(QString, second);

    // Both are running before either fails; then `first` fails, `second` only when the
    // test saw that failure.
    Latch bothRunning(2);
    Gate secondMayFail;
    TaskLog log;
    PlanRunner runner(makePlan(independent(3)), 0,
                      [&](const PlanStep &step, TaskContext &) -> Core::VoidResult {
                          log.begin(step.id);
                          const bool failing = step.id == first || step.id == second;
                          if (failing && !bothRunning.arriveAndWait())
                              return taskError(QStringLiteral("latch timed out"));
                          if (step.id == second && !secondMayFail.pass())
                              return taskError(QStringLiteral("gate timed out"));
                          log.end(step.id);
                          if (step.id == first || step.id == second)
                              return taskError(QStringLiteral("boom in ") + step.id);
                          return Core::Success{};
                      });
    EventLog events(runner);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(events.has(first, ProgressPhase::Failed), kTimeoutMs);
    QVERIFY(!runner.isFinished()); // `second` is still running: the run waits for it
    secondMayFail.open();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);

    const RunReport report = runner.report();
    QVERIFY(!report.ok());
    QCOMPARE(report.firstError->message, QStringLiteral("boom in ") + first);
    QCOMPARE(report.firstErrorStep, first);
    QCOMPARE(report.failures, (QStringList{first, second}));
    QCOMPARE(report.outcome(first)->state, StepState::Failed);
    QCOMPARE(report.outcome(second)->state, StepState::Failed);
    QCOMPARE(report.outcome(second)->reason, QStringLiteral("boom in ") + second);
    QCOMPARE(report.outcome(QStringLiteral("solo-3"))->state, StepState::Done);
    QVERIFY(!report.cancelled);
}

void tst_PlanRunner::nothingStartsAfterFailureRunningTasksFinish()
{
    // -c 2: f-1 and r-1 take both workers; f-1 fails while r-1 still runs.
    const Plan plan = makePlan({{QStringLiteral("f-1"), {}},
                                {QStringLiteral("r-1"), {}},
                                {QStringLiteral("n-1"), {}},
                                {QStringLiteral("n-2"), {}},
                                {QStringLiteral("w-1"), {QStringLiteral("r-1")}}});
    Gate failNow;
    Gate finishRunning;
    TaskLog log;
    PlanRunner runner(plan, 2, [&](const PlanStep &step, TaskContext &) -> Core::VoidResult {
        log.begin(step.id);
        Gate &gate = step.id == QStringLiteral("f-1") ? failNow : finishRunning;
        const bool passed = gate.pass();
        log.end(step.id);
        if (!passed)
            return taskError(QStringLiteral("gate timed out"));
        if (step.id == QStringLiteral("f-1"))
            return taskError(QStringLiteral("create failed"));
        return Core::Success{};
    });
    EventLog events(runner);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(log.running(), 2, kTimeoutMs);
    failNow.open();
    QTRY_VERIFY_WITH_TIMEOUT(events.has(QStringLiteral("f-1"), ProgressPhase::Failed), kTimeoutMs);
    // The steps that had not started are aborted at once, before r-1 ends.
    for (const char *id : {"n-1", "n-2", "w-1"})
        QVERIFY(events.has(QString::fromLatin1(id), ProgressPhase::Aborted));
    QVERIFY(!runner.isFinished());
    finishRunning.open(10); // more than needed: nothing else may start anyway
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);

    const RunReport report = runner.report();
    QCOMPARE(report.firstError->message, QStringLiteral("create failed"));
    QCOMPARE(report.firstErrorStep, QStringLiteral("f-1"));
    QCOMPARE(report.outcome(QStringLiteral("r-1"))->state, StepState::Done);
    for (const char *id : {"n-1", "n-2", "w-1"}) {
        const QString name = QString::fromLatin1(id);
        QVERIFY2(!log.hasStarted(name), id);
        QCOMPARE(report.outcome(name)->state, StepState::Aborted);
        QCOMPARE(report.outcome(name)->reason, QStringLiteral("not started: f-1 failed"));
        const ProgressEvent last = events.byId.value(name).last();
        QCOMPARE(last.phase, ProgressPhase::Aborted);
        QCOMPARE(last.segment.text, QStringLiteral("aborted!"));
        QCOMPARE(last.segment.tone, Tone::Problem);
    }
    QCOMPARE(report.count(StepState::Aborted), 3);
    QCOMPARE(report.count(StepState::Done), 1);
    QCOMPARE(report.count(StepState::Failed), 1);
    const ProgressEvent failed = events.byId.value(QStringLiteral("f-1")).last();
    QCOMPARE(failed.message, QStringLiteral("create failed"));
    QCOMPARE(failed.segment.text, QStringLiteral("failed!"));
}

void tst_PlanRunner::cancelMidRun()
{
    const Plan plan = makePlan({{QStringLiteral("a-1"), {}},
                                {QStringLiteral("b-1"), {QStringLiteral("a-1")}},
                                {QStringLiteral("c-1"), {}}});
    Gate cGate;
    TaskLog log;
    PlanRunner runner(plan, 0, [&](const PlanStep &step, TaskContext &context) -> Core::VoidResult {
        if (step.id == QStringLiteral("a-1"))
            return sleepUntilCancelled(log, step, context);
        // c-1 ignores the cancellation and completes its work.
        log.begin(step.id);
        const bool passed = cGate.pass();
        log.end(step.id);
        return passed ? Core::VoidResult(Core::Success{})
                      : taskError(QStringLiteral("gate timed out"));
    });
    EventLog events(runner);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(log.running(), 2, kTimeoutMs);
    runner.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(events.has(QStringLiteral("a-1"), ProgressPhase::Failed), kTimeoutMs);
    QVERIFY(!runner.isFinished()); // c-1 is still running; the runner waits for it
    cGate.open();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);

    const RunReport report = runner.report();
    QVERIFY(report.cancelled);
    QVERIFY(!report.aborted);
    QCOMPARE(report.firstError->message, QStringLiteral("cancelled by user"));
    QVERIFY(report.firstErrorStep.isEmpty());
    QCOMPARE(report.outcome(QStringLiteral("a-1"))->state, StepState::Failed);
    QCOMPARE(report.outcome(QStringLiteral("a-1"))->reason, QStringLiteral("interrupted"));
    QCOMPARE(report.outcome(QStringLiteral("b-1"))->state, StepState::Aborted);
    QCOMPARE(report.outcome(QStringLiteral("b-1"))->reason,
             QStringLiteral("not started: cancelled by user"));
    QCOMPARE(report.outcome(QStringLiteral("c-1"))->state, StepState::Done);
    QVERIFY(!log.hasStarted(QStringLiteral("b-1")));
}

void tst_PlanRunner::cancelFromAnotherThread()
{
    TaskLog log;
    PlanRunner runner(makePlan(independent(1)), 0, [&](const PlanStep &step, TaskContext &context) {
        return sleepUntilCancelled(log, step, context);
    });
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(log.running(), 1, kTimeoutMs);
    std::thread other([&runner] { runner.cancel(); });
    other.join();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    QVERIFY(runner.report().cancelled);
    QCOMPARE(runner.report().steps.first().reason, QStringLiteral("interrupted"));
}

void tst_PlanRunner::cancelThroughTheFuture()
{
    TaskLog log;
    PlanRunner runner(makePlan(independent(2)), 1, [&](const PlanStep &step, TaskContext &context) {
        return sleepUntilCancelled(log, step, context);
    });
    QSignalSpy finished(&runner, &PlanRunner::finished);
    QFuture<RunReport> future = runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(log.running(), 1, kTimeoutMs);
    future.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    const auto report = finished.first().first().value<RunReport>();
    QVERIFY(report.cancelled);
    QCOMPARE(report.outcome(QStringLiteral("solo-1"))->reason, QStringLiteral("interrupted"));
    QCOMPARE(report.outcome(QStringLiteral("solo-2"))->state, StepState::Aborted);
}

void tst_PlanRunner::startTwiceIsAProgrammerError()
{
    // A second start() is logged as a soft assert and returns the run already going; the
    // tasks run once.
    TaskLog log;
    PlanRunner runner(makePlan(independent(2)), 0, loggingTask(log));
    const QFuture<RunReport> first = runner.start();
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^SOFT ASSERT: \"!m_started\"")));
    const QFuture<RunReport> second = runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    QVERIFY(second.isFinished());
    QCOMPARE(second.result().count(StepState::Done), 2);
    QCOMPARE(first.result().count(StepState::Done), 2);
    QCOMPARE(log.entries().size(), 4); // start and end of each step, once
}

void tst_PlanRunner::cancelBeforeStart()
{
    TaskLog log;
    PlanRunner runner(makePlan(specStart()), 0, loggingTask(log));
    EventLog events(runner);
    runner.cancel();
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    QVERIFY(log.entries().isEmpty());
    const RunReport report = runner.report();
    QCOMPARE(report.firstError->message, QStringLiteral("cancelled by user"));
    QCOMPARE(report.count(StepState::Aborted), 6);
    QCOMPARE(events.reports.size(), 1);
    for (const PlanStep &step : runner.plan().steps())
        QCOMPARE(events.phases(step.id), QList<ProgressPhase>{ProgressPhase::Aborted});
}

void tst_PlanRunner::cancelFromProgressSlot()
{
    // A GUI may cancel from a slot connected to progress(): the runner must finish its
    // own bookkeeping first and still end in order.
    TaskLog log;
    PlanRunner runner(makePlan(specStart()), 1, loggingTask(log));
    EventLog events(runner);
    connect(&runner, &PlanRunner::progress, &runner, [&runner](const ProgressEvent &event) {
        if (event.phase == ProgressPhase::Done && event.instance == QStringLiteral("db-1"))
            runner.cancel();
    });
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    const RunReport report = runner.report();
    QVERIFY(report.cancelled);
    QCOMPARE(report.outcome(QStringLiteral("db-1"))->state, StepState::Done);
    QCOMPARE(report.outcome(QStringLiteral("web-1"))->state, StepState::Aborted);
    QCOMPARE(events.eventsWhenFinished, int(events.all.size()));
    for (const PlanStep &step : runner.plan().steps()) {
        const QList<ProgressEvent> &list = events.byId.value(step.id);
        QVERIFY(!list.isEmpty());
        QVERIFY(list.last().isFinal());
        QCOMPARE(std::count_if(list.begin(), list.end(),
                               [](const ProgressEvent &e) { return e.isFinal(); }),
                 1);
    }
}

void tst_PlanRunner::nestedEventLoopInSlot()
{
    // A slot that spins an event loop (QDialog::exec(), say) lets the runner's wake-ups run
    // inside its own bookkeeping; none of them may get lost. solo-2 runs on while the slot
    // for solo-1's Done spins, and posts its messages then.
    Gate first;
    Gate second;
    TaskLog log;
    PlanRunner runner(makePlan(independent(2)), 0,
                      [&](const PlanStep &step, TaskContext &context) -> Core::VoidResult {
                          log.begin(step.id);
                          Gate &gate = step.id == QStringLiteral("solo-1") ? first : second;
                          const bool passed = gate.pass();
                          context.report(ProgressPhase::Info, QStringLiteral("passed"));
                          log.end(step.id);
                          if (!passed)
                              return taskError(QStringLiteral("gate timed out"));
                          return Core::Success{};
                      });
    int nested = 0;
    connect(&runner, &PlanRunner::progress, &runner, [&](const ProgressEvent &event) {
        if (event.phase != ProgressPhase::Done || event.instance != QStringLiteral("solo-1"))
            return;
        ++nested;
        second.open(); // solo-2 may end now
        QEventLoop loop;
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    });
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(log.running(), 2, kTimeoutMs);
    first.open();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    QCOMPARE(runner.report().count(StepState::Done), 2);
    QCOMPARE(nested, 1);
}

void tst_PlanRunner::abortFinishesAtOnce()
{
    const Plan plan
        = makePlan({{QStringLiteral("a-1"), {}}, {QStringLiteral("b-1"), {QStringLiteral("a-1")}}});
    Gate gate;
    TaskLog log;
    std::atomic<bool> reportedAfterAbort = false;
    auto runner = std::make_unique<PlanRunner>(
        plan, 0, [&](const PlanStep &step, TaskContext &context) -> Core::VoidResult {
            log.begin(step.id);
            context.report(ProgressPhase::Info, QStringLiteral("before"));
            const bool passed = gate.pass(); // ignores cancellation, like a hung Docker call
            // The runner has given up on this task; reporting must still be harmless.
            context.report(ProgressPhase::Info, QStringLiteral("after"));
            reportedAfterAbort = true;
            log.end(step.id);
            return passed ? Core::VoidResult(Core::Success{})
                          : taskError(QStringLiteral("gate timed out"));
        });
    EventLog events(*runner);
    runner->start();
    QTRY_VERIFY_WITH_TIMEOUT(events.has(QStringLiteral("a-1"), ProgressPhase::Info), kTimeoutMs);
    runner->cancel();
    QVERIFY(!runner->isFinished()); // cancel waits for a-1
    runner->abort();
    QVERIFY(runner->isFinished()); // abort does not

    const RunReport report = runner->report();
    QVERIFY(report.aborted);
    QVERIFY(report.cancelled);
    QCOMPARE(report.firstError->message, QStringLiteral("cancelled by user"));
    QCOMPARE(report.outcome(QStringLiteral("a-1"))->state, StepState::Abandoned);
    QCOMPARE(report.outcome(QStringLiteral("b-1"))->state, StepState::Aborted);
    QCOMPARE(events.phases(QStringLiteral("a-1")).last(), ProgressPhase::Aborted);
    QVERIFY(runner->future().isFinished());

    gate.open();
    QTRY_VERIFY_WITH_TIMEOUT(reportedAfterAbort.load(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(log.ended(), 1, kTimeoutMs);
    QCoreApplication::processEvents();
    QCOMPARE(int(events.all.size()), events.eventsWhenFinished); // nothing after finished()
    QCOMPARE(events.reports.size(), 1);
    runner.reset();
}

void tst_PlanRunner::destructorCancelsAndWaits()
{
    TaskLog log;
    auto runner = std::make_unique<PlanRunner>(makePlan(specStop()), 0,
                                               [&](const PlanStep &step, TaskContext &context) {
                                                   return sleepUntilCancelled(log, step, context);
                                               });
    const QFuture<RunReport> future = runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(log.running(), 1, kTimeoutMs);
    runner.reset();
    QCOMPARE(log.running(), 0); // the destructor waited for web-1
    QCOMPARE(log.ended(), 1);
    QVERIFY(future.isFinished());
    const RunReport report = future.result();
    QVERIFY(report.cancelled);
    QCOMPARE(report.outcome(QStringLiteral("web-1"))->state, StepState::Failed);
    QCOMPARE(report.outcome(QStringLiteral("web-1"))->reason, QStringLiteral("interrupted"));
    QCOMPARE(report.count(StepState::Aborted), 4);
}

void tst_PlanRunner::emptyPlan()
{
    TaskLog log;
    PlanRunner runner(Plan(Command::Start, PlanDirection::Start), 0, loggingTask(log));
    QSignalSpy finished(&runner, &PlanRunner::finished);
    const QFuture<RunReport> future = runner.start();
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(finished.size(), 1);
    const RunReport report = future.result();
    QVERIFY(report.ok());
    QVERIFY(report.steps.isEmpty());
    QVERIFY(log.entries().isEmpty());
}

void tst_PlanRunner::invalidPlan_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<bool>("withTask");
    QTest::addColumn<QString>("error");

    QTest::newRow("cycle") << Shape{{QStringLiteral("a-1"), {QStringLiteral("b-1")}},
                                    {QStringLiteral("b-1"), {QStringLiteral("a-1")}}}
                           << true
                           << QStringLiteral("Dependency cycle in the plan: a-1 -> b-1 -> a-1 "
                                             "(each instance waits for the next)");
    QTest::newRow("unknown wait")
        << Shape{{QStringLiteral("a-1"), {QStringLiteral("zk-1")}}} << true
        << QStringLiteral("Instance a-1 waits for zk-1, which is not part of the plan");
    QTest::newRow("no task function") << diamond() << false << QStringLiteral("No task to run");
}

void tst_PlanRunner::invalidPlan()
{
    QFETCH(Shape, shape);
    QFETCH(bool, withTask);
    QFETCH(QString, error);

    TaskLog log;
    PlanRunner runner(makePlan(shape), 0, withTask ? loggingTask(log) : TaskFunction());
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    const RunReport report = runner.report();
    QCOMPARE(report.firstError->message, error);
    QCOMPARE(report.count(StepState::Aborted), int(shape.size()));
    QCOMPARE(report.steps.first().reason, QStringLiteral("not started: ") + error);
    QVERIFY(log.entries().isEmpty());
}

void tst_PlanRunner::fiveHundredSteps_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("workers");

    QTest::newRow("unlimited") << 0 << int(PlanRunner::UnlimitedWorkerCap);
    QTest::newRow("-c 4") << 4 << 4;
}

void tst_PlanRunner::fiveHundredSteps()
{
    QFETCH(int, limit);
    QFETCH(int, workers);

    // 50 databases, 450 apps each waiting for 5 of them.
    Shape shape;
    for (int i = 0; i < 50; ++i)
        shape.append({QStringLiteral("db-%1").arg(i), {}});
    for (int i = 0; i < 450; ++i) {
        QStringList waits;
        for (int k = 0; k < 5; ++k)
            waits.append(QStringLiteral("db-%1").arg((i + k * 7) % 50));
        shape.append({QStringLiteral("app-%1").arg(i), waits});
    }
    const Plan plan = makePlan(shape);
    TaskLog log;
    const int threadsBefore = processThreadCount();
    PlanRunner runner(plan, limit, loggingTask(log));
    QCOMPARE(runner.maxWorkers(), workers);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);

    QCOMPARE(runner.report().count(StepState::Done), 500);
    verifyGating(plan, log.entries());
    QVERIFY(log.maxRunning() <= workers);
    QVERIFY(log.distinctThreads() <= workers);
    QVERIFY2(log.maxProcessThreads() <= threadsBefore + workers,
             qPrintable(QStringLiteral("%1 threads, %2 before the run")
                            .arg(log.maxProcessThreads())
                            .arg(threadsBefore)));
}

void tst_PlanRunner::throwingTask_data()
{
    QTest::addColumn<bool>("standardException");
    QTest::addColumn<QString>("reason");

    QTest::newRow("std::runtime_error")
        << true << QStringLiteral("Unexpected exception in the task: kaboom");
    QTest::newRow("anything else") << false << QStringLiteral("Unexpected exception in the task");
}

void tst_PlanRunner::throwingTask()
{
    QFETCH(bool, standardException);
    QFETCH(QString, reason);

    TaskLog log;
    PlanRunner runner(makePlan(diamond()), 0,
                      [&](const PlanStep &step, TaskContext &) -> Core::VoidResult {
                          log.begin(step.id);
                          log.end(step.id);
                          if (step.id == QStringLiteral("top-1")) {
                              if (standardException)
                                  throw std::runtime_error("kaboom");
                              throw 42;
                          }
                          return Core::Success{};
                      });
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    const RunReport report = runner.report();
    QCOMPARE(report.firstError->message, reason);
    QCOMPARE(report.firstErrorStep, QStringLiteral("top-1"));
    QCOMPARE(report.outcome(QStringLiteral("top-1"))->state, StepState::Failed);
    QCOMPARE(report.count(StepState::Aborted), 3);
    QCOMPARE(log.entries(),
             (QStringList{QStringLiteral("start top-1"), QStringLiteral("end top-1")}));
}

void tst_PlanRunner::progressEventsInOrderPerStep()
{
    const Plan plan = makePlan(diamond());
    PlanRunner runner(plan, 0, [](const PlanStep &step, TaskContext &context) -> Core::VoidResult {
        ProgressEvent pull;
        pull.phase = ProgressPhase::Pulling;
        pull.bytesDone = 10;
        pull.bytesTotal = 100;
        context.report(pull);
        ProgressEvent check;
        check.phase = ProgressPhase::Checking;
        check.check = {QStringLiteral("tcp:client"), 1, 3, 0, 5000, {}};
        context.report(check);
        ProgressEvent word;
        word.phase = ProgressPhase::Info;
        word.segment
            = {ProgressEvent::Segment::Kind::Word, QStringLiteral("started"), Tone::Success};
        word.message = step.id;
        context.report(word);
        return Core::Success{};
    });
    EventLog events(runner);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);

    const QList<ProgressPhase> work{ProgressPhase::Pulling, ProgressPhase::Checking,
                                    ProgressPhase::Info, ProgressPhase::Done};
    QCOMPARE(events.phases(QStringLiteral("top-1")),
             QList<ProgressPhase>{ProgressPhase::Queued} + work);
    QCOMPARE(events.phases(QStringLiteral("left-1")),
             (QList<ProgressPhase>{ProgressPhase::Waiting, ProgressPhase::Queued} + work));
    QCOMPARE(
        events.phases(QStringLiteral("bottom-1")),
        (QList<ProgressPhase>{ProgressPhase::Waiting, ProgressPhase::Waiting, ProgressPhase::Queued}
         + work));

    const QList<ProgressEvent> bottom = events.byId.value(QStringLiteral("bottom-1"));
    QCOMPARE(bottom[0].waitingFor,
             (QStringList{QStringLiteral("left-1"), QStringLiteral("right-1")}));
    QCOMPARE(bottom[0].message, QStringLiteral("waiting for left-1, right-1..."));
    QCOMPARE(bottom[1].waitingFor.size(), 1); // whichever side finished second
    QVERIFY(bottom[2].waitingFor.isEmpty());
    QCOMPARE(bottom[3].bytesDone, 10);
    QCOMPARE(bottom[3].bytesTotal, 100);
    QCOMPARE(bottom[4].check.name, QStringLiteral("tcp:client"));
    QCOMPARE(bottom[4].check.attempts, 3);
    QCOMPARE(bottom[5].segment.text, QStringLiteral("started"));
    QCOMPARE(bottom[5].message, QStringLiteral("bottom-1"));

    for (const PlanStep &step : plan.steps()) {
        qint64 previous = 0;
        for (const ProgressEvent &event : events.byId.value(step.id)) {
            QCOMPARE(event.instance, step.id);
            QVERIFY(event.timeMs >= previous); // the runner's own monotonic clock
            previous = event.timeMs;
        }
    }
    QCOMPARE(events.eventsWhenFinished, int(events.all.size()));
}

void tst_PlanRunner::skippedCountsAsSuccess()
{
    TaskLog log;
    PlanRunner runner(makePlan(diamond()), 0,
                      [&](const PlanStep &step, TaskContext &context) -> Core::VoidResult {
                          log.begin(step.id);
                          if (step.id == QStringLiteral("left-1"))
                              context.skip(QStringLiteral("container is running"));
                          log.end(step.id);
                          return Core::Success{};
                      });
    EventLog events(runner);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    const RunReport report = runner.report();
    QVERIFY(report.ok());
    QCOMPARE(report.count(StepState::Skipped), 1);
    QCOMPARE(report.count(StepState::Done), 3);
    QCOMPARE(report.outcome(QStringLiteral("left-1"))->reason,
             QStringLiteral("container is running"));
    QCOMPARE(events.byId.value(QStringLiteral("left-1")).last().phase, ProgressPhase::Skipped);
    QVERIFY(log.hasStarted(QStringLiteral("bottom-1")));
}

void tst_PlanRunner::finalPhasesBelongToTheRunner()
{
    PlanRunner runner(makePlan(independent(1)), 0,
                      [](const PlanStep &, TaskContext &context) -> Core::VoidResult {
                          context.report(ProgressPhase::Failed, QStringLiteral("not really"));
                          return Core::Success{};
                      });
    EventLog events(runner);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    QCOMPARE(
        events.phases(QStringLiteral("solo-1")),
        (QList<ProgressPhase>{ProgressPhase::Queued, ProgressPhase::Info, ProgressPhase::Done}));
    QVERIFY(runner.report().ok());
}

void tst_PlanRunner::startIntervalHoldsBackTheNextStart()
{
    // KW-28: with a rolling interval of an hour only the first step can start; cancelling
    // must not wait for the interval.
    TaskLog log;
    PlanRunner runner(makePlan(independent(3)), 0, loggingTask(log));
    runner.setStartInterval(3600 * 1000);
    EventLog events(runner);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(events.has(QStringLiteral("solo-1"), ProgressPhase::Done), kTimeoutMs);
    QCoreApplication::processEvents();
    QVERIFY(!log.hasStarted(QStringLiteral("solo-2")));
    QVERIFY(!runner.isFinished());
    runner.cancel();
    QVERIFY(runner.isFinished()); // nothing was running
    QCOMPARE(runner.report().count(StepState::Aborted), 2);
    QCOMPARE(log.entries(),
             (QStringList{QStringLiteral("start solo-1"), QStringLiteral("end solo-1")}));
}

void tst_PlanRunner::startIntervalLetsAllRun()
{
    TaskLog log;
    PlanRunner runner(makePlan(specStart()), 0, loggingTask(log));
    runner.setStartInterval(1);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinished(), kTimeoutMs);
    QCOMPARE(runner.report().count(StepState::Done), 6);
    verifyGating(runner.plan(), log.entries());
}

void tst_PlanRunner::futureCarriesReportAndProgress()
{
    TaskLog log;
    PlanRunner runner(makePlan(layered()), 2, loggingTask(log));
    QFutureWatcher<RunReport> watcher;
    QList<int> progressValues;
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, this,
            [&progressValues](int value) { progressValues.append(value); });
    QSignalSpy finished(&runner, &PlanRunner::finished);
    watcher.setFuture(runner.start());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), kTimeoutMs);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(watcher.future().progressMaximum(), 12);
    QCOMPARE(watcher.future().progressValue(), 12);
    QVERIFY(!progressValues.isEmpty());
    QVERIFY(std::is_sorted(progressValues.begin(), progressValues.end()));
    const RunReport fromFuture = watcher.result();
    const auto fromSignal = finished.first().first().value<RunReport>();
    QCOMPARE(fromFuture.steps, fromSignal.steps);
    QCOMPARE(fromFuture.count(StepState::Done), 12);
}

QTEST_GUILESS_MAIN(tst_PlanRunner)
#include "tst_planrunner.moc"
