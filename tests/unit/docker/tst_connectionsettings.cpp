// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/connectionsettings.h"
#include "docker/tlsconfiguration.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;

class TestConnectionSettings : public QObject
{
    Q_OBJECT
private slots:
    void transportAndEndpoint_data()
    {
        QTest::addColumn<int>("kind"); // 0 unix, 1 tcp, 2 tls-only-verify, 3 tls, 4 ssh, 5 ssh+unix
        QTest::addColumn<int>("transport");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("unix") << 0 << int(ConnectionSettings::Transport::UnixSocket)
                              << u"unix:///run/d.sock"_s;
        QTest::newRow("tcp default port")
            << 1 << int(ConnectionSettings::Transport::Tcp) << u"http://h1:2375"_s;
        QTest::newRow("tls_verify only")
            << 2 << int(ConnectionSettings::Transport::Tls) << u"https://h1:2375"_s;
        QTest::newRow("tls") << 3 << int(ConnectionSettings::Transport::Tls)
                             << u"https://h1:2376"_s;
        QTest::newRow("ssh to port")
            << 4 << int(ConnectionSettings::Transport::Ssh) << u"ssh://u@h1:22 -> 127.0.0.1:2375"_s;
        QTest::newRow("ssh to socket") << 5 << int(ConnectionSettings::Transport::Ssh)
                                       << u"ssh://u@h1:2222 -> /var/run/docker.sock"_s;
    }
    void transportAndEndpoint()
    {
        QFETCH(int, kind);
        QFETCH(int, transport);
        QFETCH(QString, endpoint);
        ConnectionSettings s;
        s.shipName = u"ship"_s;
        s.endpoint = u"h1"_s;
        if (kind == 0)
            s.socketPath = u"/run/d.sock"_s;
        if (kind == 2)
            s.tlsVerify = true;
        if (kind == 3)
            s.tls = true;
        if (kind >= 4) {
            s.socketPath = u"/ignored/when/tunnelled"_s; // spec 5.3: the tunnel wins
            s.sshTunnel = SshTunnelSettings();
            s.sshTunnel->user = u"u"_s;
            s.sshTunnel->keyPath = u"/k"_s;
            if (kind == 5) {
                s.sshTunnel->port = 2222;
                s.sshTunnel->socketPath = u"/var/run/docker.sock"_s;
            }
        }
        QCOMPARE(int(s.transport()), transport);
        QCOMPARE(s.endpointDescription(), endpoint);
    }

    void certificatePaths()
    {
        QTemporaryDir base;
        QTemporaryDir cwd;
        QDir().mkpath(base.path() + u"/certs"_s);
        QFile(base.path() + u"/certs/ca.pem"_s).open(QIODevice::WriteOnly);
        const QString oldCwd = QDir::currentPath();
        QDir::setCurrent(cwd.path());
        // Not in the current directory: falls back to the environment file's directory (KW-29).
        QCOMPARE(TlsConfiguration::resolvePath(u"certs/ca.pem"_s, base.path()),
                 base.path() + u"/certs/ca.pem"_s);
        // Present in the current directory: that one wins, as in MaestroNG.
        QDir().mkpath(cwd.path() + u"/certs"_s);
        QFile(cwd.path() + u"/certs/ca.pem"_s).open(QIODevice::WriteOnly);
        QCOMPARE(TlsConfiguration::resolvePath(u"certs/ca.pem"_s, base.path()),
                 QDir(cwd.path()).canonicalPath() + u"/certs/ca.pem"_s);
        QCOMPARE(TlsConfiguration::resolvePath(u"~/x.pem"_s, {}), QDir::homePath() + u"/x.pem"_s);
        QCOMPARE(TlsConfiguration::resolvePath(u"/abs/./x.pem"_s, base.path()), u"/abs/x.pem"_s);
        QDir::setCurrent(oldCwd);
    }

    void protocols_data()
    {
        QTest::addColumn<int>("sslVersion"); // -1: absent
        QTest::addColumn<int>("protocol");
        QTest::newRow("default") << -1 << int(QSsl::TlsV1_2OrLater);
        QTest::newRow("TLSv1_2") << 5 << int(QSsl::TlsV1_2);
        QTest::newRow("SSLv23") << 2 << int(QSsl::SecureProtocols);
        QTest::newRow("unknown") << 99 << -1;
    }
    void protocols()
    {
        QFETCH(int, sslVersion);
        QFETCH(int, protocol);
        const auto p = TlsConfiguration::protocolFor(
            sslVersion < 0 ? std::nullopt : std::optional<int>(sslVersion));
        if (protocol < 0) {
            QVERIFY(!p.ok());
            return;
        }
        QVERIFY(p.ok());
        QCOMPARE(int(*p), protocol);
    }

    void tlsErrorsNameShipAndFile()
    {
        ConnectionSettings s;
        s.shipName = u"tlsship"_s;
        s.endpoint = u"127.0.0.1"_s;
        s.tls = true;
        s.tlsVerify = true;
        s.tlsCert = u"/nonexistent/cert.pem"_s;
        s.tlsKey = u"/nonexistent/key.pem"_s;
        auto built = TlsConfiguration::build(s);
        QVERIFY(!built.ok());
        QVERIFY(built.error().message.contains(u"tlsship"_s));
        QVERIFY(built.error().message.contains(u"/nonexistent/cert.pem"_s));
        s.tlsCert.clear();
        built = TlsConfiguration::build(s);
        QVERIFY(!built.ok());
        QVERIFY(built.error().message.contains(u"tls_cert"_s));
        // tls_verify alone: no client certificate needed, peer verified with the system store.
        s.tls = false;
        built = TlsConfiguration::build(s);
        QVERIFY(built.ok());
        QCOMPARE(built->peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(built->protocol(), QSsl::TlsV1_2OrLater);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
