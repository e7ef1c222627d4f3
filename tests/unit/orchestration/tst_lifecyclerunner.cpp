// SPDX-License-Identifier: GPL-3.0-or-later
// runLifecycleChecks through a start against FakeDocker: a command check (exec, rexec) runs
// its command at most `attempts` times, whatever the time allows, and its Checking events
// count against that total. The exec checks run real local processes.
#include "fakedocker.h"
#include "playharness.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;
using namespace Maestro::Tests;

namespace {

PlaySetup startAll()
{
    PlaySetup setup;
    setup.request.command = Orchestration::Command::Start;
    return setup;
}

// The lines of a text file; none when it does not exist.
QByteArrayList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestLifecycleRunner : public QObject
{
    Q_OBJECT

private slots:
    void rexecRunsAtMostItsAttempts_data();
    void rexecRunsAtMostItsAttempts();
    void execRunsAtMostItsAttempts_data();
    void execRunsAtMostItsAttempts();
};

void TestLifecycleRunner::rexecRunsAtMostItsAttempts_data()
{
    QTest::addColumn<int>("attempts");
    for (const int attempts : {1, 3})
        QTest::addRow("attempts: %d", attempts) << attempts;
}

// A rexec whose command fails every time: created and run exactly `attempts` times, each
// run reported with the check's total, and the error names that count and the last exit.
void TestLifecycleRunner::rexecRunsAtMostItsAttempts()
{
    QFETCH(int, attempts);
    const Core::EnvironmentPtr env = checkEnvironment(
        QStringLiteral("{type: rexec, command: check-probe, attempts: %1}").arg(attempts));
    QVERIFY(env);
    FakeDocker docker;
    docker.addImage({}, QStringLiteral("probe"));
    docker.setExecExitCodes(QStringLiteral("probe-1"), {3});
    const PlayResult result = play(env, docker, startAll());

    const QStringList runs
        = docker.trace().filter(QRegularExpression(QStringLiteral("^exec #probe-1 check-probe$")));
    QCOMPARE(runs.size(), attempts);
    const QList<ProgressEvent::Check> checks = result.checks();
    QCOMPARE(checks.size(), attempts);
    for (int i = 0; i < checks.size(); ++i) {
        QCOMPARE(checks[i].name, QStringLiteral("rexec:check-probe"));
        QCOMPARE(checks[i].attempt, i + 1);
        QCOMPARE(checks[i].attempts, attempts);
        QCOMPARE(checks[i].limitMs, 0); // counted in runs, not time
        QCOMPARE(checks[i].lastError, i == 0 ? QString() : QStringLiteral("exit status 3"));
    }
    const QString error = result.error();
    QVERIFY2(error.contains(QStringLiteral("failed after %1 attempt").arg(attempts)),
             qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1String(": exit status 3")), qPrintable(error));
}

void TestLifecycleRunner::execRunsAtMostItsAttempts_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("passesAtRun"); // 0: never
    QTest::addColumn<int>("runs");
    QTest::newRow("fails every time") << 3 << 0 << 3;
    QTest::newRow("passes at the second run") << 5 << 2 << 2;
}

// An exec check whose command appends a line to a file each time it runs: the file has
// one line per run, `attempts` of them when it never passes.
void TestLifecycleRunner::execRunsAtMostItsAttempts()
{
    QFETCH(int, attempts);
    QFETCH(int, passesAtRun);
    QFETCH(int, runs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("runs"));
    const int passAt = passesAtRun > 0 ? passesAtRun : 1000000;
    const QString command
        = QStringLiteral("sh -c 'echo run >> %1; test $(wc -l < %1) -ge %2'").arg(file).arg(passAt);
    const Core::EnvironmentPtr env = checkEnvironment(
        QStringLiteral("{type: exec, command: \"%1\", attempts: %2}").arg(command).arg(attempts));
    QVERIFY(env);
    FakeDocker docker;
    docker.addImage({}, QStringLiteral("probe"));
    const PlayResult result = play(env, docker, startAll());

    QCOMPARE(linesOf(file).size(), runs);
    const QList<ProgressEvent::Check> checks = result.checks();
    QCOMPARE(checks.size(), runs);
    for (const ProgressEvent::Check &check : checks)
        QCOMPARE(check.attempts, attempts);
    const QString error = result.error();
    if (passesAtRun > 0) {
        QCOMPARE(error, QString());
    } else {
        QVERIFY2(error.contains(QStringLiteral("failed after %1 attempt").arg(attempts)),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1String(": exit status 1")), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestLifecycleRunner)
#include "tst_lifecyclerunner.moc"
