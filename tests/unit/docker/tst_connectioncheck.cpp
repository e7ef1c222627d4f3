// SPDX-License-Identifier: GPL-3.0-or-later
// checkConnection() against peers that accept and then never answer (faults a real daemon
// or sshd does not produce): each step ends at the settings' timeout with a failure at the
// right step instead of hanging. The passing paths run against real daemons in
// tests/integration/tst_dockerconnectioncheck.
#include "docker/connectioncheck.h"

#include <QTcpServer>
#include <QTest>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;
using Kind = ConnectionCheckStep::Kind;
using Outcome = ConnectionCheckStep::Outcome;

class TestConnectionCheck : public QObject
{
    Q_OBJECT
private:
    static QList<ConnectionCheckStep> run(const ConnectionSettings &settings)
    {
        QFuture<QList<ConnectionCheckStep>> future = checkConnection(settings);
        QDeadlineTimer deadline(60000); // far beyond 1 s per step: only a hang trips it
        while (!future.isFinished() && !deadline.hasExpired())
            QTest::qWait(5);
        return future.isFinished() ? future.result() : QList<ConnectionCheckStep>{};
    }

    static QList<Outcome> outcomes(const QList<ConnectionCheckStep> &steps)
    {
        QList<Outcome> out;
        for (const ConnectionCheckStep &s : steps)
            out.append(s.outcome);
        return out;
    }

private slots:
    // The kernel completes the TCP handshake; nobody ever reads or writes.
    void silentDaemonFailsAtApiVersion()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionSettings s;
        s.shipName = u"silent"_s;
        s.endpoint = u"127.0.0.1"_s;
        s.dockerPort = silent.serverPort();
        s.timeoutSeconds = 1;
        const QList<ConnectionCheckStep> steps = run(s);
        QCOMPARE(outcomes(steps),
                 (QList<Outcome>{Outcome::Passed, Outcome::Passed, Outcome::Failed}));
        QCOMPARE(steps.at(2).kind, Kind::ApiVersion);
        QVERIFY2(steps.at(2).detail.contains(u"silent"_s), qPrintable(steps.at(2).detail));
    }

    void silentSshServerFailsAtSshAuth()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionSettings s;
        s.shipName = u"silent-ssh"_s;
        s.endpoint = u"127.0.0.1"_s;
        s.timeoutSeconds = 1;
        SshTunnelSettings t;
        t.user = u"nobody"_s;
        t.port = silent.serverPort();
        t.knownHostsPath = u"/nonexistent/known_hosts"_s;
        s.sshTunnel = t;
        const QList<ConnectionCheckStep> steps = run(s);
        QCOMPARE(outcomes(steps), (QList<Outcome>{Outcome::Passed, Outcome::Passed, Outcome::Failed,
                                                  Outcome::Skipped}));
        QCOMPARE(steps.at(2).kind, Kind::SshAuth);
        QVERIFY2(steps.at(2).detail.contains(u"timed out"_s)
                     || steps.at(2).detail.contains(u"within"_s),
                 qPrintable(steps.at(2).detail));
        QVERIFY(!steps.at(2).hostKey);
    }

    void silentTlsPeerFailsAtTlsHandshake()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionSettings s;
        s.shipName = u"silent-tls"_s;
        s.endpoint = u"127.0.0.1"_s;
        s.dockerPort = silent.serverPort();
        s.timeoutSeconds = 1;
        s.tls = true; // no certificates needed to reach the handshake
        const QList<ConnectionCheckStep> steps = run(s);
        QCOMPARE(outcomes(steps), (QList<Outcome>{Outcome::Passed, Outcome::Passed, Outcome::Failed,
                                                  Outcome::Skipped}));
        QCOMPARE(steps.at(2).kind, Kind::TlsHandshake);
    }
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
