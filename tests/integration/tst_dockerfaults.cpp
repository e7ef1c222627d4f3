// SPDX-License-Identifier: GPL-3.0-or-later
// Failures against real daemons and sshd: each gives a clear error, no hang past the
// timeout. (Faults a real daemon cannot produce are in tests/unit/docker/tst_fakedaemon.)
#include "shipsenv.h"

#include "docker/engineclient.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;
using Maestro::Core::Result;

namespace {
template<typename T>
Result<T> await(const QFuture<Result<T>> &future, int ms = 30000)
{
    return awaitResult(future, ms);
}

QString errorOf(const Result<Maestro::Core::Success> &r)
{
    return r.ok() ? u"(no error)"_s : r.error().message;
}
} // namespace

class TestDockerFaults : public QObject
{
    Q_OBJECT
private:
    ShipsEnv m_env;
    QTemporaryDir m_tmp;

    ConnectionSettings tls() const
    {
        ConnectionSettings s;
        s.shipName = u"tls-ship"_s;
        s.endpoint = m_env.value(u"MDT_SHIP3_TLS_HOST"_s);
        s.dockerPort = m_env.port(u"MDT_SHIP3_TLS_PORT"_s);
        s.timeoutSeconds = 3;
        s.tls = true;
        s.tlsVerify = true;
        const QString dir = m_env.value(u"MDT_TLS_DIR"_s) + u'/';
        s.tlsCaCert = dir + u"ca.pem"_s;
        s.tlsCert = dir + u"cert.pem"_s;
        s.tlsKey = dir + u"key.pem"_s;
        return s;
    }

    ConnectionSettings ssh() const
    {
        ConnectionSettings s;
        s.shipName = u"ssh-ship"_s;
        s.endpoint = u"127.0.0.1"_s;
        s.timeoutSeconds = 3;
        SshTunnelSettings t;
        t.user = m_env.value(u"MDT_SSH_USER"_s);
        t.keyPath = m_env.value(u"MDT_SSH_KEY"_s);
        t.port = m_env.port(u"MDT_SSH_PORT"_s);
        t.knownHostsPath = m_env.value(u"MDT_SSH_KNOWN_HOSTS"_s);
        t.socketPath = m_env.value(u"MDT_SHIP1_SOCKET"_s);
        s.sshTunnel = t;
        return s;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.load(&error), qPrintable(error));
    }

    void tlsWorks()
    {
        EngineClient client(tls());
        QVERIFY2(await(client.ping()).ok(), qPrintable(errorOf(await(client.ping()))));
    }

    // The endpoint name is checked against the certificate (issued for `localhost` only).
    void tlsNameMismatch()
    {
        ConnectionSettings s = tls();
        s.endpoint = u"127.0.0.1"_s;
        {
            EngineClient client(s);
            const QString m = errorOf(await(client.ping()));
            QVERIFY2(m.contains(u"host name did not match"_s), qPrintable(m));
        }
        // Without tls_verify there is no check (MaestroNG's semantics), and the client
        // certificate is still presented.
        s.tlsVerify = false;
        EngineClient client(s);
        const auto r = await(client.ping());
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    }

    void tlsWrongCa()
    {
        ConnectionSettings s = tls();
        s.tlsCaCert = m_env.value(u"MDT_TLS_DIR"_s) + u"/wrong-ca.pem"_s;
        EngineClient client(s);
        const QString m = errorOf(await(client.ping()));
        QVERIFY2(m.contains(u"tls-ship"_s) && m.contains(u"https://localhost:"_s), qPrintable(m));
        QVERIFY2(m.contains(u"certificate"_s, Qt::CaseInsensitive) || m.contains(u"SSL"_s),
                 qPrintable(m));
    }

    void tlsClientCertificateRejected()
    {
        ConnectionSettings s = tls();
        const QString dir = m_env.value(u"MDT_TLS_DIR"_s) + u'/';
        s.tlsCert = dir + u"rogue-cert.pem"_s;
        s.tlsKey = dir + u"rogue-key.pem"_s;
        EngineClient client(s);
        const QString m = errorOf(await(client.ping()));
        QVERIFY2(m.contains(u"tls-ship"_s), qPrintable(m));
        QVERIFY2(!m.contains(u"(no error)"_s) && !m.contains(u"HANG"_s), qPrintable(m));
        QVERIFY2(!m.contains(u"PRIVATE KEY"_s), qPrintable(m));
    }

    void tlsWithoutClientCertificate()
    {
        ConnectionSettings s = tls();
        s.tls = false; // tls_verify only: no client certificate is presented
        EngineClient client(s);
        const QString m = errorOf(await(client.ping()));
        QVERIFY2(!m.contains(u"(no error)"_s) && !m.contains(u"HANG"_s), qPrintable(m));
    }

    void tlsMissingFile()
    {
        ConnectionSettings s = tls();
        s.tlsCaCert = u"no-such-ca.pem"_s;
        s.baseDirectory = m_tmp.path();
        EngineClient client(s);
        const QString m = errorOf(await(client.ping()));
        QVERIFY2(m.contains(m_tmp.path() + u"/no-such-ca.pem"_s), qPrintable(m));
    }

    void deadPort()
    {
        QString busy;
        const int dead = m_env.deadPort(&busy);
        QVERIFY2(dead > 0, qPrintable(busy));
        ConnectionSettings s;
        s.shipName = u"dead"_s;
        s.endpoint = u"127.0.0.1"_s;
        s.dockerPort = dead;
        s.timeoutSeconds = 2;
        EngineClient client(s);
        const QString m = errorOf(await(client.ping(), 10000));
        QVERIFY2(m.contains(u"ship 'dead'"_s) && m.contains(u"http://127.0.0.1:"_s), qPrintable(m));
        QVERIFY2(m.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(m));
        // An SSH tunnel to a dead port: the SSH server refuses to forward.
        ConnectionSettings t = ssh();
        t.sshTunnel->socketPath.clear();
        t.dockerPort = dead;
        EngineClient tunnel(t);
        const QString tm = errorOf(await(tunnel.ping(), 10000));
        QVERIFY2(tm.contains(u"ssh-ship"_s) && !tm.contains(u"HANG"_s)
                     && !tm.contains(u"(no error)"_s),
                 qPrintable(tm));
    }

    void sshWorksWithKeyFormats_data()
    {
        QTest::addColumn<QString>("keyVar");
        QTest::addColumn<bool>("withPassphrase");
        QTest::newRow("openssh ed25519") << u"MDT_SSH_KEY"_s << false;
        QTest::newRow("pem rsa") << u"MDT_SSH_KEY_PEM"_s << false;
        QTest::newRow("protected") << u"MDT_SSH_KEY_PROTECTED"_s << true;
    }
    void sshWorksWithKeyFormats()
    {
        QFETCH(QString, keyVar);
        QFETCH(bool, withPassphrase);
        ConnectionSettings s = ssh();
        s.sshTunnel->keyPath = m_env.value(keyVar);
        int asked = 0;
        if (withPassphrase) {
            const QString phrase = m_env.value(u"MDT_SSH_KEY_PASSPHRASE"_s);
            s.passphraseProvider
                = [phrase, &asked](const QString &prompt) -> std::optional<QString> {
                ++asked;
                if (!prompt.contains(u"client_protected"_s))
                    return std::nullopt;
                return phrase;
            };
        }
        EngineClient client(s);
        const auto r = await(client.ping());
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QCOMPARE(asked > 0, withPassphrase);
    }

    void sshAgentWhenNoKeyIsGiven()
    {
        const QString socket = m_tmp.path() + u"/agent.sock"_s;
        QProcess agent;
        agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY(QFile::exists(socket));
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SSH_AUTH_SOCK"_s, socket);
        add.setProcessEnvironment(env);
        add.start(u"ssh-add"_s, {m_env.value(u"MDT_SSH_KEY"_s)});
        QVERIFY(add.waitForFinished() && add.exitCode() == 0);
        const QByteArray old = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
        {
            ConnectionSettings s = ssh();
            s.sshTunnel->keyPath.clear();
            EngineClient client(s);
            const auto r = await(client.ping());
            QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        }
        qputenv("SSH_AUTH_SOCK", old);
        agent.kill();
        agent.waitForFinished();
    }

    void sshProtectedKeyWithoutPassphrase()
    {
        ConnectionSettings s = ssh();
        s.sshTunnel->keyPath = m_env.value(u"MDT_SSH_KEY_PROTECTED"_s);
        s.passphraseProvider
            = [](const QString &) { return std::optional<QString>(); }; // cancelled
        EngineClient client(s);
        const QString m = errorOf(await(client.ping()));
        QVERIFY2(m.contains(u"passphrase"_s), qPrintable(m));
        QVERIFY(!m.contains(m_env.value(u"MDT_SSH_KEY_PASSPHRASE"_s)));
    }

    void sshUnknownHostKey()
    {
        const QString knownHosts = m_tmp.path() + u"/known_hosts_unknown"_s;
        QFile::remove(knownHosts);
        QVERIFY(QFile::copy(m_env.value(u"MDT_SSH_KNOWN_HOSTS_EMPTY"_s), knownHosts));
        ConnectionSettings s = ssh();
        s.sshTunnel->knownHostsPath = knownHosts;
        {
            EngineClient client(s);
            const QString m = errorOf(await(client.ping()));
            const QString host = u"[127.0.0.1]:%1"_s.arg(m_env.port(u"MDT_SSH_PORT"_s));
            QVERIFY2(m.contains(host) && m.contains(u"unknown"_s) && m.contains(u"SHA256:"_s),
                     qPrintable(m));
        }
        // Trusting it (the CLI's --trust-new-host-keys, the GUI's "trust") records the key.
        s.sshTunnel->trustUnknownHostKey = true;
        {
            EngineClient client(s);
            const auto r = await(client.ping());
            QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        }
        QFile recorded(knownHosts);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        QVERIFY(recorded.readAll().contains("ssh-ed25519"));
        // Now known: works without the trust flag.
        s.sshTunnel->trustUnknownHostKey = false;
        EngineClient client(s);
        QVERIFY(await(client.ping()).ok());
    }

    void sshChangedHostKeyIsRefusedEvenWhenTrusting()
    {
        ConnectionSettings s = ssh();
        s.sshTunnel->knownHostsPath = m_env.value(u"MDT_SSH_KNOWN_HOSTS_CHANGED"_s);
        s.sshTunnel->trustUnknownHostKey = true;
        EngineClient client(s);
        const QString m = errorOf(await(client.ping()));
        QVERIFY2(m.contains(u"CHANGED"_s) && m.contains(u"SHA256:"_s), qPrintable(m));
        QVERIFY(m.contains(u"[127.0.0.1]:"_s));
    }

    void sshWrongKeyIsRefused()
    {
        ConnectionSettings s = ssh();
        s.sshTunnel->keyPath = m_env.value(u"MDT_DIR"_s) + u"/ssh/host_ed25519"_s; // not authorized
        EngineClient client(s);
        const QString m = errorOf(await(client.ping()));
        QVERIFY2(m.contains(u"refused"_s) && m.contains(u"ssh-ship"_s), qPrintable(m));
    }

    void daemonStoppedInTheMiddleOfAStream()
    {
        QVERIFY(m_env.runScript(u"spare-start"_s));
        ConnectionSettings s;
        s.shipName = u"spare"_s;
        s.socketPath = m_env.value(u"MDT_DIR"_s) + u"/spare.sock"_s;
        s.timeoutSeconds = 3;
        EngineClient client(s);
        QVERIFY(await(client.ping()).ok());
        // Stopped once the daemon has the events request: the stream is open at both ends.
        DaemonLog daemonLog(m_env.value(u"MDT_DIR"_s) + u"/spare.log"_s);
        QVERIFY(daemonLog.isOpen());
        auto events = client.streamEvents({}, {});
        QTRY_VERIFY_WITH_TIMEOUT(daemonLog.received("/events"), 20000);
        QVERIFY(!events.isFinished());
        QVERIFY(m_env.runScript(u"spare-stop"_s));
        const auto r = await(events, 20000);
        QVERIFY(!r.ok());
        QVERIFY2(!r.error().message.contains(u"HANG"_s), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"ship 'spare'"_s), qPrintable(r.error().message));
        // And the next call fails cleanly too.
        const QString m = errorOf(await(client.ping(), 10000));
        QVERIFY2(m.contains(u"spare.sock"_s), qPrintable(m));
    }
};

QTEST_GUILESS_MAIN(TestDockerFaults)
#include "tst_dockerfaults.moc"
