// SPDX-License-Identifier: GPL-3.0-or-later
// The SSH session dies under the client (the sshd process serving it is killed, or sshd is
// restarted): the next request opens a new session; a request in flight fails clearly.
#include "shipsenv.h"

#include "docker/engineclient.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;

namespace {
// The processes sshd forked for its connections (its direct children).
QList<pid_t> sshdChildren(pid_t master)
{
    QFile file(u"/proc/%1/task/%1/children"_s.arg(master));
    QList<pid_t> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &pid : file.readAll().simplified().split(' ')) {
        if (!pid.isEmpty())
            out.append(pid_t(pid.toInt()));
    }
    return out;
}

bool waitGone(pid_t pid)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (::kill(pid, 0) != 0)
            return true;
        QTest::qWait(10);
    }
    return false;
}
} // namespace

class TestDockerSshReconnect : public QObject
{
    Q_OBJECT
private:
    ShipsEnv m_env;

    pid_t sshdMaster() const
    {
        QFile file(m_env.value(u"MDT_SSH_PID_FILE"_s));
        return file.open(QIODevice::ReadOnly) ? pid_t(file.readAll().trimmed().toInt()) : 0;
    }

    // Kills the sshd processes that serve connections (never the listening one), by PID.
    int killSessions()
    {
        int killed = 0;
        for (pid_t child : sshdChildren(sshdMaster())) {
            if (::kill(child, SIGKILL) == 0 && waitGone(child))
                ++killed;
        }
        return killed;
    }

    QString errorOf(const Maestro::Core::VoidResult &r) const
    {
        return r.ok() ? u"(no error)"_s : r.error().message;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.load(&error), qPrintable(error));
        QVERIFY(sshdMaster() > 0);
    }

    void idleSessionKilled_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("ssh-unix") << u"ssh-unix"_s;
        QTest::newRow("ssh-tcp") << u"ssh-tcp"_s;
    }
    // Between two requests: the next one succeeds on a new session, transparently.
    void idleSessionKilled()
    {
        QFETCH(QString, transport);
        ConnectionSettings s = m_env.settingsFor(transport);
        s.timeoutSeconds = 5;
        EngineClient client(s);
        QVERIFY(awaitResult(client.ping()).ok());
        QVERIFY(awaitResult(client.listContainers()).ok());
        QVERIFY(killSessions() >= 1);
        for (int i = 0; i < 3; ++i) {
            const auto r = awaitResult(client.ping());
            QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        }
        QVERIFY(awaitResult(client.listContainers()).ok());
        const auto stats = awaitResult(client.connectionStats());
        QVERIFY(stats.ok());
        QVERIFY2(stats->connectionsOpened >= 2, "a new channel must have been opened");
    }

    // sshd restarted: the old server's session process would outlive the listener, so it
    // is stopped too (by the PID it had); the next request reaches the new sshd.
    void sshdRestarted()
    {
        EngineClient client(m_env.settingsFor(u"ssh-unix"_s));
        QVERIFY(awaitResult(client.ping()).ok());
        const pid_t oldMaster = sshdMaster();
        const QList<pid_t> oldSessions = sshdChildren(oldMaster);
        QVERIFY(!oldSessions.isEmpty());
        QVERIFY(m_env.runScript(u"sshd-restart"_s));
        QVERIFY(sshdMaster() != oldMaster);
        for (pid_t pid : oldSessions) {
            ::kill(pid, SIGKILL);
            QVERIFY(waitGone(pid));
        }
        const auto r = awaitResult(client.ping());
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QCOMPARE(sshdChildren(sshdMaster()).size(), 1);
    }

    // A request waiting for the daemon when the session dies fails with a message naming
    // the ship and the lost connection; the next request succeeds.
    void inFlightRequestFailsClearly()
    {
        ConnectionSettings s = m_env.settingsFor(u"ssh-unix"_s);
        EngineClient client(s);
        const QString name = u"mdt-reconnect-wait"_s;
        (void)awaitResult(client.removeContainer(name, {true, true}));
        const QJsonObject body{
            {u"Image"_s, m_env.value(u"MDT_IMAGE"_s)},
            {u"Cmd"_s, QJsonArray{u"sleep"_s, u"30"_s}},
            {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}, {u"Init"_s, true}}}};
        const auto created = awaitResult(client.createContainer(name, body));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QVERIFY(awaitResult(client.startContainer(name)).ok());
        // ship1 logs each request it receives: the sessions are killed once the wait request
        // has reached the daemon, so that it is in flight, not still in the client.
        DaemonLog daemonLog(m_env.value(u"MDT_SHIP1_LOG"_s));
        QVERIFY(daemonLog.isOpen());
        auto waiting = client.waitContainer(name);
        QTRY_VERIFY_WITH_TIMEOUT(daemonLog.received("/containers/" + name.toUtf8() + "/wait"),
                                 20000);
        QVERIFY(!waiting.isFinished());
        QVERIFY(killSessions() >= 1);
        const auto failed = awaitResult(waiting, 15000);
        QVERIFY(!failed.ok());
        const QString m = failed.error().message;
        QVERIFY2(m.contains(u"ship-ssh-unix"_s) && m.contains(u"/wait"_s)
                     && m.contains(u"SSH connection to [127.0.0.1]:%1 lost"_s.arg(
                         m_env.port(u"MDT_SSH_PORT"_s))),
                 qPrintable(m));
        QVERIFY2(!m.contains(u"HANG"_s), qPrintable(m));
        const auto r = awaitResult(client.ping());
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QVERIFY(awaitResult(client.removeContainer(name, {true, true})).ok());
    }
};

QTEST_GUILESS_MAIN(TestDockerSshReconnect)
#include "tst_dockersshreconnect.moc"
