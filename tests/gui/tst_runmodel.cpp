// SPDX-License-Identifier: GPL-3.0-or-later
// The run panel's model: rows follow the runner's events (phase, activity, elapsed, what a
// step waits for, timeline segments) and its final report, with QAbstractItemModelTester
// watching every change.
#include "models/runmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Maestro;
using Models::RunModel;
using Models::TimelineSegment;
using Orchestration::ProgressEvent;
using Orchestration::ProgressPhase;

namespace {

Orchestration::Plan startPlan()
{
    Orchestration::Plan plan(Orchestration::Command::Start, Orchestration::PlanDirection::Start);
    plan.append({QStringLiteral("db-1"),
                 1,
                 QStringLiteral("alpha"),
                 QStringLiteral("db"),
                 {},
                 QStringLiteral("start"),
                 true});
    plan.append({QStringLiteral("api-1"),
                 2,
                 QStringLiteral("beta"),
                 QStringLiteral("api"),
                 {QStringLiteral("db-1")},
                 QStringLiteral("start"),
                 false});
    return plan;
}

ProgressEvent makeEvent(const QString &instance, ProgressPhase phase, qint64 timeMs,
                        const QString &message = {})
{
    ProgressEvent e;
    e.instance = instance;
    e.phase = phase;
    e.timeMs = timeMs;
    e.message = message;
    return e;
}

// An event of a task that tells the desktop more than the table's text.
ProgressEvent detailed(const QString &instance, ProgressPhase phase, qint64 timeMs,
                       const QString &message, const QString &detail)
{
    ProgressEvent e = makeEvent(instance, phase, timeMs, message);
    e.detail = detail;
    return e;
}

ProgressEvent word(const QString &instance, qint64 timeMs, const QString &text,
                   const QString &detail = {})
{
    ProgressEvent e = detailed(instance, ProgressPhase::Info, timeMs, {}, detail);
    e.segment = {ProgressEvent::Segment::Kind::Word, text, Orchestration::Tone::Success};
    return e;
}

ProgressEvent waiting(const QString &instance, qint64 timeMs, const QStringList &waitsFor)
{
    ProgressEvent e = makeEvent(instance, ProgressPhase::Waiting, timeMs);
    e.waitingFor = waitsFor;
    return e;
}

ProgressEvent checking(const QString &instance, qint64 timeMs, int attempt, qint64 elapsed,
                       const QString &lastError = {})
{
    ProgressEvent e = makeEvent(instance, ProgressPhase::Checking, timeMs);
    e.check = {QStringLiteral("http:admin"), attempt, 20, elapsed, 20000, lastError};
    return e;
}

using Events = QList<ProgressEvent>;
// What a row shows: phase, activity, elapsed.
using RowText = QStringList;

} // namespace

Q_DECLARE_METATYPE(Events)

class tst_RunModel : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void liveUpdatesTouchOnlyTheirRow();
    void checkErrorInToolTipAndRole();
    void reportClosesOpenRows();
    void timelineSegments();
    void newPlanResets();
};

void tst_RunModel::rows_data()
{
    QTest::addColumn<Events>("events");
    QTest::addColumn<qint64>("clock");
    QTest::addColumn<RowText>("db");
    QTest::addColumn<RowText>("api");

    const QString db = QStringLiteral("db-1");
    const QString api = QStringLiteral("api-1");
    QTest::newRow("nothing yet") << Events{} << qint64(0)
                                 << RowText{QStringLiteral("pending"), QString(), QString()}
                                 << RowText{QStringLiteral("pending"), QString(), QString()};
    QTest::newRow("api waits for db")
        << Events{makeEvent(db, ProgressPhase::Queued, 0), waiting(api, 0, {db}),
                  makeEvent(db, ProgressPhase::Creating, 100,
                            QStringLiteral("creating container..."))}
        << qint64(1600)
        << RowText{QStringLiteral("creating"), QStringLiteral("creating container..."),
                   QStringLiteral("1.5 s")}
        << RowText{QStringLiteral("waiting"), QStringLiteral("waiting for db-1"), QString()};
    QTest::newRow("check attempt")
        << Events{waiting(api, 0, {db}), makeEvent(db, ProgressPhase::Done, 900),
                  makeEvent(api, ProgressPhase::Starting, 1000), checking(api, 5200, 3, 4200)}
        << qint64(5200) << RowText{QStringLiteral("done"), QString(), QString()}
        << RowText{QStringLiteral("checking"),
                   QStringLiteral("http:admin attempt 3/20, 4.2 s of 20 s"),
                   QStringLiteral("4.2 s")};
    QTest::newRow("check time counts on between attempts")
        << Events{makeEvent(api, ProgressPhase::Starting, 1000), checking(api, 5200, 3, 4200)}
        << qint64(6000) << RowText{QStringLiteral("pending"), QString(), QString()}
        << RowText{QStringLiteral("checking"),
                   QStringLiteral("http:admin attempt 3/20, 5.0 s of 20 s"), QStringLiteral("5 s")};
    QTest::newRow("last error, first line")
        << Events{makeEvent(api, ProgressPhase::Starting, 1000),
                  checking(api, 5200, 3, 4200,
                           QStringLiteral("GET /health: status 503\nService Unavailable"))}
        << qint64(5200) << RowText{QStringLiteral("pending"), QString(), QString()}
        << RowText{QStringLiteral("checking"),
                   QStringLiteral("http:admin attempt 3/20, 4.2 s of 20 s; last error: GET "
                                  "/health: status 503"),
                   QStringLiteral("4.2 s")};
    QTest::newRow("the task's text before the first attempt")
        << Events{makeEvent(api, ProgressPhase::Starting, 1000),
                  makeEvent(api, ProgressPhase::Checking, 1100,
                            QStringLiteral("waiting for service..."))}
        << qint64(1300) << RowText{QStringLiteral("pending"), QString(), QString()}
        << RowText{QStringLiteral("checking"), QStringLiteral("waiting for service..."),
                   QStringLiteral("0.3 s")};
    QTest::newRow("a segment keeps the check, a new text replaces it")
        << Events{makeEvent(db, ProgressPhase::Starting, 0), checking(db, 100, 2, 0),
                  makeEvent(db, ProgressPhase::Info, 150), checking(api, 100, 1, 0),
                  makeEvent(api, ProgressPhase::Info, 200, QStringLiteral("note"))}
        << qint64(400)
        << RowText{QStringLiteral("checking"),
                   QStringLiteral("http:admin attempt 2/20, 0.3 s of 20 s"),
                   QStringLiteral("0.4 s")}
        << RowText{QStringLiteral("checking"), QStringLiteral("note"), QStringLiteral("0.3 s")};
    QTest::newRow("failure keeps its reason")
        << Events{makeEvent(db, ProgressPhase::Starting, 0), checking(db, 100, 1, 0),
                  makeEvent(db, ProgressPhase::Failed, 2100,
                            QStringLiteral("db-1: http:admin failed")),
                  makeEvent(db, ProgressPhase::Info, 2200, QStringLiteral("late"))}
        << qint64(9000)
        << RowText{QStringLiteral("failed"), QStringLiteral("db-1: http:admin failed"),
                   QStringLiteral("2.1 s")}
        << RowText{QStringLiteral("pending"), QString(), QString()};
    QTest::newRow("a stop says what it does and how it ended")
        << Events{detailed(db, ProgressPhase::Stopping, 0, QStringLiteral("stopping service..."),
                           QStringLiteral("SIGTERM sent, killed after 10 s")),
                  word(db, 10000, QStringLiteral("stopped"),
                       QStringLiteral("stopped (killed after 10 s timeout)")),
                  makeEvent(db, ProgressPhase::Done, 10000),
                  detailed(api, ProgressPhase::Stopping, 0, QStringLiteral("stopping service..."),
                           QStringLiteral("SIGTERM sent, killed after 10 s"))}
        << qint64(10500)
        << RowText{QStringLiteral("done"), QStringLiteral("stopped (killed after 10 s timeout)"),
                   QStringLiteral("10 s")}
        << RowText{QStringLiteral("stopping"), QStringLiteral("SIGTERM sent, killed after 10 s"),
                   QStringLiteral("10.5 s")};
    QTest::newRow("a plain result word leaves a done row quiet")
        << Events{makeEvent(db, ProgressPhase::Stopping, 0, QStringLiteral("stopping service...")),
                  word(db, 300, QStringLiteral("stopped")), makeEvent(db, ProgressPhase::Done, 300)}
        << qint64(400) << RowText{QStringLiteral("done"), QString(), QStringLiteral("0.3 s")}
        << RowText{QStringLiteral("pending"), QString(), QString()};
    QTest::newRow("unknown instance ignored")
        << Events{makeEvent(QStringLiteral("ghost"), ProgressPhase::Starting, 0)} << qint64(0)
        << RowText{QStringLiteral("pending"), QString(), QString()}
        << RowText{QStringLiteral("pending"), QString(), QString()};
}

void tst_RunModel::rows()
{
    QFETCH(Events, events);
    QFETCH(qint64, clock);
    QFETCH(RowText, db);
    QFETCH(RowText, api);
    QLocale::setDefault(QLocale::c());
    RunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(startPlan());
    QCOMPARE(model.rowCount(), 2);
    for (const ProgressEvent &e : events)
        model.applyEvent(e);
    model.setClock(clock);
    const auto rowText = [&model](int row) {
        return RowText{model.index(row, RunModel::PhaseColumn).data().toString(),
                       model.index(row, RunModel::ActivityColumn).data().toString(),
                       model.index(row, RunModel::ElapsedColumn).data().toString()};
    };
    QCOMPARE(rowText(0), db);
    QCOMPARE(rowText(1), api);
    QCOMPARE(model.index(0, RunModel::InstanceColumn).data().toString(), QStringLiteral("db-1"));
    QCOMPARE(model.index(1, RunModel::ShipColumn).data().toString(), QStringLiteral("beta"));
}

void tst_RunModel::liveUpdatesTouchOnlyTheirRow()
{
    RunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(startPlan());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy progress(&model, &RunModel::progressChanged);
    model.applyEvent(waiting(QStringLiteral("api-1"), 10, {QStringLiteral("db-1")}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, 0).data(RunModel::WaitingForRole).toStringList(),
             QStringList{QStringLiteral("db-1")});
    model.applyEvent(makeEvent(QStringLiteral("db-1"), ProgressPhase::Done, 20));
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.finishedCount(), 1);
    QCOMPARE(progress.size(), 2);
    // Once api runs it no longer waits.
    model.applyEvent(makeEvent(QStringLiteral("api-1"), ProgressPhase::Creating, 30));
    QVERIFY(model.index(1, 0).data(RunModel::WaitingForRole).toStringList().isEmpty());
    // The clock only touches the elapsed cell of steps at work.
    changed.clear();
    model.setClock(500);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, RunModel::ElapsedColumn));
    // ... and the activity of a step running a check, whose time counts on.
    model.applyEvent(checking(QStringLiteral("api-1"), 600, 1, 0));
    changed.clear();
    model.setClock(900);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, RunModel::ActivityColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, RunModel::ElapsedColumn));
}

void tst_RunModel::checkErrorInToolTipAndRole()
{
    QLocale::setDefault(QLocale::c());
    RunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(startPlan());
    const QString db = QStringLiteral("db-1");
    const QModelIndex activity = model.index(0, RunModel::ActivityColumn);
    model.applyEvent(checking(db, 100, 1, 0));
    QCOMPARE(activity.data(RunModel::CheckErrorRole).toString(), QString());
    QCOMPARE(activity.data(Qt::ToolTipRole).toString(),
             QStringLiteral("http:admin attempt 1/20, 0.0 s of 20 s"));
    const QString error = QStringLiteral("exit status 1\nnot ready: waiting for the schema");
    model.applyEvent(checking(db, 1300, 2, 1200, error));
    QCOMPARE(activity.data(RunModel::CheckErrorRole).toString(), error);
    // The cell shows the error's first line, the tooltip all of it.
    QCOMPARE(activity.data().toString(),
             QStringLiteral("http:admin attempt 2/20, 1.2 s of 20 s; last error: exit status 1"));
    QCOMPARE(activity.data(Qt::ToolTipRole).toString(),
             QStringLiteral("http:admin attempt 2/20, 1.2 s of 20 s\nLast error: ") + error);
    // Once the step ends the check is over: the row shows the outcome.
    model.applyEvent(makeEvent(db, ProgressPhase::Failed, 2000, QStringLiteral("db-1: gave up")));
    QCOMPARE(activity.data().toString(), QStringLiteral("db-1: gave up"));
    QCOMPARE(activity.data(RunModel::CheckErrorRole).toString(), QString());
    QCOMPARE(activity.data(Qt::ToolTipRole).toString(), QStringLiteral("db-1: gave up"));
}

void tst_RunModel::reportClosesOpenRows()
{
    RunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(startPlan());
    model.applyEvent(makeEvent(QStringLiteral("db-1"), ProgressPhase::Starting, 0));
    Orchestration::RunReport report;
    report.steps = {{QStringLiteral("db-1"), Orchestration::StepState::Failed,
                     QStringLiteral("cancelled by user"), 0, 700},
                    {QStringLiteral("api-1"), Orchestration::StepState::Aborted,
                     QStringLiteral("cancelled by user"), -1, -1}};
    report.cancelled = true;
    model.applyReport(report);
    QVERIFY(model.isRunFinished());
    QCOMPARE(model.finishedCount(), 2);
    QCOMPARE(model.index(0, RunModel::PhaseColumn).data().toString(), QStringLiteral("failed"));
    QCOMPARE(model.index(1, RunModel::PhaseColumn).data().toString(), QStringLiteral("not run"));
    QCOMPARE(model.index(1, 0).data(RunModel::ErrorRole).toString(),
             QStringLiteral("cancelled by user"));
}

void tst_RunModel::timelineSegments()
{
    RunModel model;
    model.setPlan(startPlan());
    const QString api = QStringLiteral("api-1");
    model.applyEvent(makeEvent(api, ProgressPhase::Queued, 0));
    model.applyEvent(waiting(api, 5, {QStringLiteral("db-1")}));
    model.applyEvent(makeEvent(api, ProgressPhase::Creating, 100));
    model.applyEvent(makeEvent(api, ProgressPhase::Info, 150, QStringLiteral("note")));
    model.applyEvent(makeEvent(api, ProgressPhase::Starting, 200));
    model.applyEvent(checking(api, 300, 1, 0));
    model.applyEvent(checking(api, 800, 2, 500));
    model.applyEvent(makeEvent(api, ProgressPhase::Done, 1000));
    const auto segments
        = model.index(1, 0).data(RunModel::SegmentsRole).value<Models::TimelineSegments>();
    const Models::TimelineSegments expected{{ProgressPhase::Waiting, 0, 100},
                                            {ProgressPhase::Creating, 100, 200},
                                            {ProgressPhase::Starting, 200, 300},
                                            {ProgressPhase::Checking, 300, 1000}};
    QCOMPARE(segments, expected);
    QCOMPARE(model.spanMs(), 1000);
}

void tst_RunModel::newPlanResets()
{
    RunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(startPlan());
    model.applyEvent(makeEvent(QStringLiteral("db-1"), ProgressPhase::Done, 10));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPlan(startPlan());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.finishedCount(), 0);
    QCOMPARE(model.index(0, RunModel::PhaseColumn).data().toString(), QStringLiteral("pending"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_RunModel)
#include "tst_runmodel.moc"
