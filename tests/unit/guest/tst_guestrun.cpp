// SPDX-License-Identifier: GPL-3.0-or-later
// `maestro-guest run`: the command's exit status, signals forwarded to it, orphans reaped,
// output copied to DIR/CONTAINER_NAME.log.
#include "guestprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QStringList shellEnvironment()
{
    return {QStringLiteral("PATH=/usr/bin:/bin"), QStringLiteral("CONTAINER_NAME=web-1")};
}

QStringList runShell(const char *script)
{
    return {QStringLiteral("run"), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
            QString::fromUtf8(script)};
}

// Reads stdout until a whole line came, or gives up.
QByteArray readLine(QProcess &process)
{
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(30000))
            return {};
    }
    return process.readLine().trimmed();
}

// The parent's PID of a process, from /proc/PID/stat; -1 once it is gone.
qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // pid (comm) state ppid ...: comm may hold spaces, so read from its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() : -1;
}

} // namespace

class TestGuestRun : public QObject
{
    Q_OBJECT

private slots:
    void exitStatus_data();
    void exitStatus();
    void forwardsSignal_data();
    void forwardsSignal();
    void reapsOrphans();
    void teesOutput();
    void logNeedsContainerName();
    void commandKeepsItsOptions();
};

void TestGuestRun::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("success") << runShell("exit 0") << 0;
    QTest::newRow("failure") << runShell("exit 3") << 3;
    QTest::newRow("signal death") << runShell("kill -KILL $$") << 128 + SIGKILL;
    QTest::newRow("not found") << QStringList{QStringLiteral("run"), QStringLiteral("mdt-no-such")}
                               << 127;
    QTest::newRow("not executable")
        << QStringList{QStringLiteral("run"), QStringLiteral("/etc/passwd")} << 126;
}

void TestGuestRun::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QCOMPARE(runGuest(arguments, shellEnvironment()).exitCode, exitCode);
}

void TestGuestRun::forwardsSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<int>("exitCode");

    // The command handles the signal: its own status comes back.
    QTest::newRow("SIGTERM handled")
        << int(SIGTERM)
        << QByteArray("trap 'echo got TERM; exit 7' TERM; echo ready; while :; do sleep 0.1; done")
        << QByteArray("got TERM\n") << 7;
    QTest::newRow("SIGINT handled")
        << int(SIGINT)
        << QByteArray("trap 'echo got INT; exit 0' INT; echo ready; while :; do sleep 0.1; done")
        << QByteArray("got INT\n") << 0;
    // It does not: the signal ends it, 128 + N.
    QTest::newRow("SIGTERM kills")
        << int(SIGTERM) << QByteArray("echo ready; exec sleep 60") << QByteArray() << 128 + SIGTERM;
    QTest::newRow("SIGINT kills") << int(SIGINT) << QByteArray("echo ready; exec sleep 60")
                                  << QByteArray() << 128 + SIGINT;
}

void TestGuestRun::forwardsSignal()
{
    QFETCH(int, signal);
    QFETCH(QByteArray, script);
    QFETCH(QByteArray, out);
    QFETCH(int, exitCode);
    QProcess guest;
    startGuest(guest, runShell(script.constData()), shellEnvironment());
    QCOMPARE(readLine(guest), QByteArray("ready"));
    QCOMPARE(::kill(pid_t(guest.processId()), signal), 0);
    QVERIFY(guest.waitForFinished(30000));
    QCOMPARE(guest.exitStatus(), QProcess::NormalExit);
    QCOMPARE(guest.readAllStandardOutput(), out);
    QCOMPARE(guest.exitCode(), exitCode);
}

void TestGuestRun::reapsOrphans()
{
    // The inner shell leaves a sleep behind and exits: the sleep is an orphan, which comes to
    // maestro-guest (a subreaper, as PID 1 would be) and must not stay a zombie when it ends.
    QProcess guest;
    startGuest(guest,
               runShell("sh -c 'sleep 2 & echo $!'; echo ready; trap 'exit 0' TERM; "
                        "while :; do sleep 0.1; done"),
               shellEnvironment());
    const qint64 orphan = readLine(guest).toLongLong();
    QVERIFY(orphan > 0);
    QCOMPARE(readLine(guest), QByteArray("ready"));
    QCOMPARE(parentOf(orphan), guest.processId());
    QTRY_VERIFY_WITH_TIMEOUT(parentOf(orphan) != guest.processId(), 30000);
    QCOMPARE(guest.state(), QProcess::Running);
    guest.terminate();
    QVERIFY(guest.waitForFinished(30000));
    QCOMPARE(guest.exitCode(), 0);
}

void TestGuestRun::teesOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logDir = dir.filePath(QStringLiteral("logs/web"));
    const GuestResult result
        = runGuest({QStringLiteral("run"), QStringLiteral("--log-dir"), logDir,
                    QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("echo out; echo err >&2; exit 4")},
                   shellEnvironment());
    QCOMPARE(result.out, QByteArray("out\nerr\n"));
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 4);
    QFile log(logDir + QStringLiteral("/web-1.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll(), QByteArray("out\nerr\n"));
}

void TestGuestRun::logNeedsContainerName()
{
    QTemporaryDir dir;
    const GuestResult result = runGuest(
        {QStringLiteral("run"), QStringLiteral("--log-dir"), dir.path(), QStringLiteral("true")},
        {QStringLiteral("PATH=/usr/bin:/bin")});
    QCOMPARE(result.err, QByteArray("Container name was not defined\n"));
    QCOMPARE(result.exitCode, 1);
}

void TestGuestRun::commandKeepsItsOptions()
{
    // Options after the command are the command's, with or without "--".
    const GuestResult result = runGuest({QStringLiteral("run"), QStringLiteral("echo"),
                                         QStringLiteral("--log-dir"), QStringLiteral("x")},
                                        shellEnvironment());
    QCOMPARE(result.out, QByteArray("--log-dir x\n"));
    QCOMPARE(result.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestGuestRun)
#include "tst_guestrun.moc"
