// SPDX-License-Identifier: GPL-3.0-or-later
// What the StateMonitor makes of `GET /containers/json` entries, and how the tree's
// InstanceState takes it over (keeping the check state a run set).
#include "models/instancestate.h"
#include "orchestration/live/observedstate.h"

#include <QTest>

using namespace Maestro;
using Orchestration::ObservedState;
using Status = ObservedState::Status;

class tst_ObservedState : public QObject
{
    Q_OBJECT

private slots:
    void fromSummary_data();
    void fromSummary();
    void secondsUp_data();
    void secondsUp();
    void treeStateKeepsCheck();
    void ourStopTimeoutIsNoCrash();
};

void tst_ObservedState::fromSummary_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<qint64>("upSeconds"); // -1: no start time
    QTest::newRow("running") << "running"
                             << "Up 5 minutes" << int(Status::Running) << 0 << qint64(300);
    QTest::newRow("paused") << "paused"
                            << "Up 2 hours (Paused)" << int(Status::Running) << 0 << qint64(7200);
    QTest::newRow("created") << "created"
                             << "Created" << int(Status::Created) << 0 << qint64(-1);
    QTest::newRow("killed") << "exited"
                            << "Exited (137) 3 seconds ago" << int(Status::Exited) << 137
                            << qint64(-1);
    QTest::newRow("restarting") << "restarting"
                                << "Restarting (1) 2 seconds ago" << int(Status::Exited) << 1
                                << qint64(-1);
    QTest::newRow("dead") << "dead"
                          << "Dead" << int(Status::Exited) << 0 << qint64(-1);
}

void tst_ObservedState::fromSummary()
{
    QFETCH(QString, state);
    QFETCH(QString, status);
    QFETCH(int, expected);
    QFETCH(int, exitCode);
    QFETCH(qint64, upSeconds);
    Docker::ContainerSummary summary;
    summary.id = QStringLiteral("0123456789abcdef0123");
    summary.image = QStringLiteral("redis:7");
    summary.state = state;
    summary.status = status;
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    const ObservedState observed = ObservedState::fromSummary(summary, now);
    QCOMPARE(int(observed.status), expected);
    QCOMPARE(observed.exitCode, exitCode);
    QCOMPARE(observed.containerId, QStringLiteral("0123456789ab"));
    QCOMPARE(observed.image, QStringLiteral("redis:7"));
    if (upSeconds < 0)
        QVERIFY(!observed.startedAt.isValid());
    else
        QCOMPARE(observed.startedAt, now.addSecs(-upSeconds));
}

void tst_ObservedState::secondsUp_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("less") << "Up Less than a second" << qint64(0);
    QTest::newRow("seconds") << "Up 42 seconds" << qint64(42);
    QTest::newRow("one minute") << "Up About a minute" << qint64(60);
    QTest::newRow("an hour") << "Up About an hour" << qint64(3600);
    QTest::newRow("days") << "Up 3 days" << qint64(3 * 86400);
    QTest::newRow("weeks healthy") << "Up 2 weeks (healthy)" << qint64(14 * 86400);
    QTest::newRow("exited") << "Exited (0) 1 second ago" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void tst_ObservedState::secondsUp()
{
    QFETCH(QString, status);
    QFETCH(qint64, seconds);
    QCOMPARE(Orchestration::secondsUpFromStatus(status), seconds);
}

void tst_ObservedState::treeStateKeepsCheck()
{
    Models::InstanceState state;
    state.check = Models::InstanceState::Check::Failed;
    state.checkDetail = QStringLiteral("http:admin: no match");
    state.applyObserved(ObservedState::hostDown(QStringLiteral("host down: no socket")));
    QCOMPARE(state.status, Models::InstanceState::Status::HostDown);
    QCOMPARE(state.statusText(QDateTime::currentDateTimeUtc()), QStringLiteral("host down"));
    QCOMPARE(state.statusToolTip(), QStringLiteral("host down: no socket"));
    QCOMPARE(state.check, Models::InstanceState::Check::Failed);
    ObservedState exited;
    exited.status = Status::Exited;
    exited.exitCode = 137;
    exited.containerId = QStringLiteral("0123456789ab");
    exited.image = QStringLiteral("redis:7");
    state.applyObserved(exited);
    QCOMPARE(state.check, Models::InstanceState::Check::Failed); // why it is not running
    QCOMPARE(state.statusText(QDateTime::currentDateTimeUtc()), QStringLiteral("exited (137)"));
    QVERIFY(state.statusToolTip().isEmpty());
    QCOMPARE(state.containerText(), QStringLiteral("redis:7 · 0123456789ab"));

    // A pass holds while its container runs, not after it stopped.
    ObservedState running = exited;
    running.status = Status::Running;
    state.applyObserved(running);
    state.check = Models::InstanceState::Check::Passed;
    state.applyObserved(running);
    QCOMPARE(state.check, Models::InstanceState::Check::Passed);
    state.applyObserved(exited);
    QCOMPARE(state.check, Models::InstanceState::Check::Unknown);
    // A new container starts without the old one's verdict.
    state.check = Models::InstanceState::Check::Failed;
    ObservedState replaced = running;
    replaced.containerId = QStringLiteral("ba9876543210");
    state.applyObserved(replaced);
    QCOMPARE(state.check, Models::InstanceState::Check::Unknown);
}

// The 137 of a container our stop killed after its timeout reads as that, for that container
// and until it runs again; any other exit stays a plain exit code.
void tst_ObservedState::ourStopTimeoutIsNoCrash()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ObservedState exited;
    exited.status = Status::Exited;
    exited.exitCode = 137;
    exited.containerId = QStringLiteral("0123456789ab");
    Models::InstanceState state;
    state.applyObserved(exited);
    QCOMPARE(state.statusText(now), QStringLiteral("exited (137)"));
    state.killedAfterTimeoutS = 10;
    QCOMPARE(state.statusText(now), QStringLiteral("stopped (killed after 10 s timeout)"));
    state.applyObserved(exited); // the same container seen again
    QCOMPARE(state.statusText(now), QStringLiteral("stopped (killed after 10 s timeout)"));

    ObservedState crashed = exited;
    crashed.exitCode = 1;
    state.applyObserved(crashed);
    QCOMPARE(state.statusText(now), QStringLiteral("exited (1)"));

    ObservedState running = exited;
    running.status = Status::Running;
    state.applyObserved(running);
    state.applyObserved(exited); // ran again, then a 137 nobody explained
    QCOMPARE(state.statusText(now), QStringLiteral("exited (137)"));

    state.killedAfterTimeoutS = 10;
    ObservedState replaced = exited;
    replaced.containerId = QStringLiteral("ba9876543210");
    state.applyObserved(replaced);
    QCOMPARE(state.statusText(now), QStringLiteral("exited (137)"));
}

QTEST_GUILESS_MAIN(tst_ObservedState)
#include "tst_observedstate.moc"
