// SPDX-License-Identifier: GPL-3.0-or-later
// The lifecycle checks' retry schedules: the pauses, when a check gives up, and the most
// attempts a check can still reach, which must never be exceeded by the attempts really
// made however long they take; for commands (exec, rexec) MaestroNG's count and pauses.
#include "orchestration/checks/checkbackoff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Maestro::Orchestration;

namespace {

// The schedule walked one retry at a time, as if attempts took no time.
int walkedAttemptsAfter(qint64 startedMs, qint64 limitMs)
{
    int count = 0;
    for (std::optional<qint64> at = nextAttemptMs(startedMs, limitMs); at;
         at = nextAttemptMs(*at, limitMs))
        ++count;
    return count;
}

} // namespace

class tst_CheckBackoff : public QObject
{
    Q_OBJECT

private slots:
    void pauses_data();
    void pauses();
    void givesUpBeforeTheLimit();
    void mostAttemptsAfter_data();
    void mostAttemptsAfter();
    void boundHoldsForRealAttempts_data();
    void boundHoldsForRealAttempts();
    void commandRetries();
    void commandRunsNoEarlierThanMaestroNg_data();
    void commandRunsNoEarlierThanMaestroNg();
};

void tst_CheckBackoff::pauses_data()
{
    QTest::addColumn<qint64>("waited");
    QTest::addColumn<qint64>("pause");
    QTest::newRow("at once") << qint64(0) << qint64(50);
    QTest::newRow("still the shortest") << qint64(400) << qint64(50);
    QTest::newRow("an eighth") << qint64(800) << qint64(100);
    QTest::newRow("a second at 8 s") << qint64(8000) << qint64(1000);
    QTest::newRow("never longer") << qint64(600000) << qint64(1000);
}

void tst_CheckBackoff::pauses()
{
    QFETCH(qint64, waited);
    QFETCH(qint64, pause);
    QCOMPARE(retryPauseMs(waited), pause);
}

void tst_CheckBackoff::givesUpBeforeTheLimit()
{
    QCOMPARE(nextAttemptMs(0, 1000), std::optional<qint64>(50));
    QCOMPARE(nextAttemptMs(800, 1000), std::optional<qint64>(900));
    // 900 + 112 is past the limit, and so is a retry exactly at it.
    QCOMPARE(nextAttemptMs(900, 1000), std::nullopt);
    QCOMPARE(nextAttemptMs(950, 1000), std::nullopt);
    QCOMPARE(nextAttemptMs(20000, 21000), std::nullopt);
    QCOMPARE(nextAttemptMs(20000, 21001), std::optional<qint64>(21000));
}

void tst_CheckBackoff::mostAttemptsAfter_data()
{
    QTest::addColumn<qint64>("started");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("attempts");
    // 50, 100, ..., 400, then 450, 506, 569, 640, 720, 810, 911 (1024 is too late).
    QTest::newRow("tcp attempts: 1") << qint64(0) << qint64(1000) << 15;
    QTest::newRow("nothing left") << qint64(990) << qint64(1000) << 0;
    QTest::newRow("past the limit") << qint64(1500) << qint64(1000) << 0;
    // From 10 s on one a second: 11 .. 19 s, not 20 s itself.
    QTest::newRow("one a second") << qint64(10000) << qint64(20000) << 9;
    QTest::newRow("one a second, one more") << qint64(10000) << qint64(20001) << 10;
    for (const qint64 limit : {qint64(5000), qint64(20000), qint64(180000), qint64(300000)}) {
        for (const qint64 started :
             {qint64(0), qint64(3), qint64(777), qint64(7990), qint64(8000), qint64(12345)}) {
            QTest::addRow("walk from %lld to %lld", started, limit)
                << started << limit << walkedAttemptsAfter(started, limit);
        }
    }
}

void tst_CheckBackoff::mostAttemptsAfter()
{
    QFETCH(qint64, started);
    QFETCH(qint64, limit);
    QFETCH(int, attempts);
    QCOMPARE(Maestro::Orchestration::mostAttemptsAfter(started, limit), attempts);
}

void tst_CheckBackoff::boundHoldsForRealAttempts_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("longestAttemptMs");
    QTest::addColumn<int>("latestWakeUpMs"); // how late the loop may start a due attempt
    QTest::newRow("instant, on time") << 0u << qint64(20000) << 0 << 0;
    QTest::newRow("tcp, fast refusals") << 1u << qint64(5000) << 3 << 20;
    QTest::newRow("tcp, 1 s timeouts") << 2u << qint64(20000) << 1000 << 20;
    QTest::newRow("http, slow answers") << 3u << qint64(60000) << 2500 << 20;
    QTest::newRow("exec, a busy loop") << 4u << qint64(180000) << 400 << 600;
}

// The runner's loop, replayed with attempts of random length that may also start late:
// the total reported with each attempt is never exceeded and never grows.
void tst_CheckBackoff::boundHoldsForRealAttempts()
{
    QFETCH(quint32, seed);
    QFETCH(qint64, limit);
    QFETCH(int, longestAttemptMs);
    QFETCH(int, latestWakeUpMs);
    QRandomGenerator random(seed);
    QList<int> totals;
    qint64 startedAt = 0;
    for (;;) {
        const int attempt = int(totals.size()) + 1;
        totals << attempt + Maestro::Orchestration::mostAttemptsAfter(startedAt, limit);
        const qint64 failedAt = startedAt + random.bounded(longestAttemptMs + 1);
        const std::optional<qint64> next = nextAttemptMs(failedAt, limit);
        if (!next)
            break;
        startedAt = *next + random.bounded(latestWakeUpMs + 1);
    }
    const int made = int(totals.size());
    QVERIFY(made > 1);
    for (int i = 0; i < made; ++i) {
        QVERIFY2(totals[i] >= made, qPrintable(QStringLiteral("attempt %1 said at most %2, %3 made")
                                                   .arg(i + 1)
                                                   .arg(totals[i])
                                                   .arg(made)));
        if (i > 0)
            QVERIFY(totals[i] <= totals[i - 1]);
    }
    // With instant attempts started on time the bound is reached exactly.
    if (longestAttemptMs == 0 && latestWakeUpMs == 0)
        QCOMPARE(totals.first(), made);
}

void tst_CheckBackoff::commandRetries()
{
    QCOMPARE(nextCommandAttemptMs(1, 0, 3), std::optional<qint64>(1000));
    QCOMPARE(nextCommandAttemptMs(2, 1700, 3), std::optional<qint64>(2700));
    // The third of three was the last, however early it failed; one of one too.
    QCOMPARE(nextCommandAttemptMs(3, 2000, 3), std::nullopt);
    QCOMPARE(nextCommandAttemptMs(1, 0, 1), std::nullopt);
}

void tst_CheckBackoff::commandRunsNoEarlierThanMaestroNg_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("longestRunMs");
    QTest::newRow("one") << 0u << 1 << 100;
    QTest::newRow("instant runs") << 1u << 5 << 0;
    QTest::newRow("quick runs") << 2u << 20 << 30;
    QTest::newRow("slow runs") << 3u << 180 << 5000;
}

// MaestroNG (RetryingLifecycleHelper) sleeps a second after every failed run but the last;
// runs as long as ours then start no earlier than ours, and there are exactly `attempts`.
void tst_CheckBackoff::commandRunsNoEarlierThanMaestroNg()
{
    QFETCH(quint32, seed);
    QFETCH(int, attempts);
    QFETCH(int, longestRunMs);
    QRandomGenerator random(seed);
    qint64 startedAt = 0;
    qint64 maestroNgStartedAt = 0;
    int runs = 0;
    for (;;) {
        ++runs;
        QVERIFY2(startedAt >= maestroNgStartedAt, qPrintable(QString::number(runs)));
        const qint64 took = random.bounded(longestRunMs + 1);
        const std::optional<qint64> next = nextCommandAttemptMs(runs, startedAt + took, attempts);
        if (!next)
            break;
        startedAt = *next;
        maestroNgStartedAt += took + 1000;
    }
    QCOMPARE(runs, attempts);
}

QTEST_GUILESS_MAIN(tst_CheckBackoff)
#include "tst_checkbackoff.moc"
