// SPDX-License-Identifier: GPL-3.0-or-later
// CheckNowJob against FakeDocker: a running container's `running` checks pass or fail with
// their reason, a command check running at most its `attempts` times; a container that is
// absent or stopped is not checked; an instance without checks says so; a cancelled job
// stops without running its checks out.
#include "fakedocker.h"
#include "fakeshipapi.h"
#include "playharness.h"

#include "orchestration/checks/checknowjob.h"

#include <QRegularExpression>
#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;
using namespace Maestro::Tests;
using Kind = CheckNowOutcome::Kind;

namespace {

// probe-1 has a rexec running check (the fake answers execs at once); plain-1 has none.
Core::EnvironmentPtr environment()
{
    return checkEnvironment(QStringLiteral("{type: rexec, command: check-probe, attempts: 2}"),
                            QStringLiteral("  plain:\n"
                                           "    image: probe\n"
                                           "    instances: {plain-1: {ship: s1}}\n"));
}

} // namespace

class TestCheckNow : public QObject
{
    Q_OBJECT

private slots:
    void outcome_data();
    void outcome();
    void cancelledJobStopsAtOnce();
};

void TestCheckNow::outcome_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("running");
    QTest::addColumn<QList<int>>("exitCodes");
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<int>("runs"); // of the check's command

    QTest::newRow("passes") << QStringLiteral("probe-1") << true << true << QList<int>{0}
                            << int(Kind::Passed) << 1;
    QTest::newRow("passes on a retry")
        << QStringLiteral("probe-1") << true << true << QList<int>{1, 0} << int(Kind::Passed) << 2;
    QTest::newRow("fails") << QStringLiteral("probe-1") << true << true << QList<int>{1}
                           << int(Kind::Failed) << 2;
    QTest::newRow("no container") << QStringLiteral("probe-1") << false << false << QList<int>{0}
                                  << int(Kind::NotRunning) << 0;
    QTest::newRow("stopped") << QStringLiteral("probe-1") << true << false << QList<int>{0}
                             << int(Kind::NotRunning) << 0;
    QTest::newRow("no checks") << QStringLiteral("plain-1") << true << true << QList<int>{0}
                               << int(Kind::NoChecks) << 0;
}

void TestCheckNow::outcome()
{
    QFETCH(QString, instance);
    QFETCH(bool, exists);
    QFETCH(bool, running);
    QFETCH(QList<int>, exitCodes);
    QFETCH(int, expectedKind);
    QFETCH(int, runs);
    const Kind expected = Kind(expectedKind);

    const Core::EnvironmentPtr env = environment();
    QVERIFY(env);
    FakeDocker docker;
    docker.addImage({}, QStringLiteral("probe"));
    if (exists)
        docker.addContainer(QStringLiteral("s1"), instance, QStringLiteral("probe"), running);
    docker.setExecExitCodes(instance, exitCodes);
    FakeShipApi client(docker, QStringLiteral("s1"));

    CheckNowJob job(env, instance, &client);
    const CheckNowOutcome outcome = job.run();
    QCOMPARE(outcome.kind, expected);
    if (expected == Kind::Failed) {
        QVERIFY2(outcome.reason.contains(QStringLiteral("rexec:check-probe"))
                     && outcome.reason.contains(instance),
                 qPrintable(outcome.reason));
    } else {
        QCOMPARE(outcome.reason, QString());
    }
    // The rexec command ran no more often than its `attempts: 2` allow.
    QCOMPARE(docker.trace().filter(QRegularExpression(QStringLiteral("^exec #"))).size(), runs);
    // Nothing is created, started, stopped or removed: the check only looks.
    const QStringList changes{QStringLiteral("create"), QStringLiteral("start"),
                              QStringLiteral("stop"), QStringLiteral("kill"),
                              QStringLiteral("remove")};
    for (const FakeCall &call : docker.calls())
        QVERIFY2(!changes.contains(call.method), qPrintable(call.method));
}

void TestCheckNow::cancelledJobStopsAtOnce()
{
    const Core::EnvironmentPtr env = environment();
    FakeDocker docker;
    docker.addImage({}, QStringLiteral("probe"));
    docker.addContainer(QStringLiteral("s1"), QStringLiteral("probe-1"), QStringLiteral("probe"),
                        true);
    docker.setExecExitCodes(QStringLiteral("probe-1"), {1});
    FakeShipApi client(docker, QStringLiteral("s1"));
    CheckNowJob job(env, QStringLiteral("probe-1"), &client);
    job.cancel();
    const CheckNowOutcome outcome = job.run();
    QCOMPARE(outcome.kind, Kind::Failed);
    // "At once" as a count, not a time: the cancel is what ended the job, before the first
    // run of the check (uncancelled, the "fails" row runs it twice and names the check).
    QCOMPARE(outcome.reason, QStringLiteral("cancelled by user"));
    QCOMPARE(docker.trace().filter(QRegularExpression(QStringLiteral("^exec #"))).size(), 0);
}

QTEST_GUILESS_MAIN(TestCheckNow)
#include "tst_checknow.moc"
