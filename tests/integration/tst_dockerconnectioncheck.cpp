// SPDX-License-Identifier: GPL-3.0-or-later
// checkConnection() and trustHostKey() against the real daemons and sshd of ships.sh.
#include "shipsenv.h"

#include "docker/connectioncheck.h"
#include "docker/engineclient.h"

#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;
using Kind = ConnectionCheckStep::Kind;
using Outcome = ConnectionCheckStep::Outcome;

namespace {
QList<ConnectionCheckStep> runCheck(const ConnectionSettings &settings,
                                    QList<ConnectionCheckStep> *reported = nullptr)
{
    auto mutex = std::make_shared<QMutex>();
    auto seen = std::make_shared<QList<ConnectionCheckStep>>();
    QFuture<QList<ConnectionCheckStep>> future
        = checkConnection(settings, [mutex, seen](const ConnectionCheckStep &step) {
              QMutexLocker lock(mutex.get());
              seen->append(step);
          });
    // Every step is bounded by the timeout; five steps can never take a minute.
    QDeadlineTimer deadline(60000);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!future.isFinished())
        return {};
    if (reported) {
        QMutexLocker lock(mutex.get());
        *reported = *seen;
    }
    return future.result();
}

QString describe(const QList<ConnectionCheckStep> &steps)
{
    QStringList out;
    for (const ConnectionCheckStep &s : steps)
        out.append(u"[kind %1 outcome %2] %3"_s.arg(int(s.kind)).arg(int(s.outcome)).arg(s.detail));
    return steps.isEmpty() ? u"(no steps: the check hung)"_s : out.join(u'\n');
}

QList<Kind> kinds(const QList<ConnectionCheckStep> &steps)
{
    QList<Kind> out;
    for (const ConnectionCheckStep &s : steps)
        out.append(s.kind);
    return out;
}

QList<Outcome> outcomes(const QList<ConnectionCheckStep> &steps)
{
    QList<Outcome> out;
    for (const ConnectionCheckStep &s : steps)
        out.append(s.outcome);
    return out;
}

// "SHA256:..." as `ssh-keygen -lf` prints it for a public key file.
QString opensshFingerprint(const QString &publicKeyFile)
{
    QProcess p;
    p.start(u"ssh-keygen"_s, {u"-E"_s, u"sha256"_s, u"-lf"_s, publicKeyFile});
    if (!p.waitForFinished(10000))
        return u"(ssh-keygen did not run)"_s;
    return QString::fromLatin1(p.readAllStandardOutput()).split(u' ').value(1);
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}
} // namespace

class TestDockerConnectionCheck : public QObject
{
    Q_OBJECT
private:
    ShipsEnv m_env;
    QTemporaryDir m_tmp;

    ConnectionSettings withKnownHosts(const QString &sourceFile, const QString &name)
    {
        ConnectionSettings s = m_env.settingsFor(u"ssh-unix"_s);
        s.timeoutSeconds = 5;
        const QString path = m_tmp.filePath(name);
        if (!copyFile(sourceFile, path))
            qWarning("cannot copy %s", qPrintable(sourceFile));
        s.sshTunnel->knownHostsPath = path;
        return s;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.load(&error), qPrintable(error));
        QVERIFY(m_tmp.isValid());
    }

    void everyTransportPasses_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QList<Kind>>("expected");
        const QList<Kind> ssh{Kind::Resolve, Kind::Connect, Kind::SshAuth, Kind::ApiVersion};
        QTest::newRow("unix") << u"unix"_s << QList<Kind>{Kind::Connect, Kind::ApiVersion};
        QTest::newRow("tcp") << u"tcp"_s
                             << QList<Kind>{Kind::Resolve, Kind::Connect, Kind::ApiVersion};
        QTest::newRow("tls") << u"tls"_s
                             << QList<Kind>{Kind::Resolve, Kind::Connect, Kind::TlsHandshake,
                                            Kind::ApiVersion};
        QTest::newRow("ssh-unix") << u"ssh-unix"_s << ssh;
        QTest::newRow("ssh-tcp") << u"ssh-tcp"_s << ssh;
        QTest::newRow("ssh-tls") << u"ssh-tls"_s
                                 << QList<Kind>{Kind::Resolve, Kind::Connect, Kind::SshAuth,
                                                Kind::TlsHandshake, Kind::ApiVersion};
    }
    void everyTransportPasses()
    {
        QFETCH(QString, transport);
        QFETCH(QList<Kind>, expected);
        QList<ConnectionCheckStep> reported;
        const QList<ConnectionCheckStep> steps = runCheck(m_env.settingsFor(transport), &reported);
        QCOMPARE(kinds(steps), expected);
        QVERIFY2(outcomes(steps) == QList<Outcome>(expected.size(), Outcome::Passed),
                 qPrintable(describe(steps)));
        // onStep saw the same steps, in order.
        QCOMPARE(kinds(reported), expected);
        QVERIFY2(steps.constLast().detail.contains(u"API 1."_s), qPrintable(describe(steps)));
        for (const ConnectionCheckStep &s : steps)
            QVERIFY(!s.hostKey);
    }

    // Unknown key: SshAuth fails with the key's data (fingerprint as OpenSSH prints it); after
    // trustHostKey the same check passes, and so does a client.
    void unknownHostKeyThenTrust()
    {
        ConnectionSettings s
            = withKnownHosts(m_env.value(u"MDT_SSH_KNOWN_HOSTS_EMPTY"_s), u"unknown_known_hosts"_s);
        const QList<ConnectionCheckStep> steps = runCheck(s);
        QCOMPARE(outcomes(steps), (QList<Outcome>{Outcome::Passed, Outcome::Passed, Outcome::Failed,
                                                  Outcome::Skipped}));
        const ConnectionCheckStep &auth = steps.at(2);
        QCOMPARE(auth.kind, Kind::SshAuth);
        QVERIFY2(auth.detail.contains(u"unknown"_s), qPrintable(auth.detail));
        QVERIFY(auth.hostKey);
        QCOMPARE(auth.hostKey->fingerprintSha256,
                 opensshFingerprint(m_env.value(u"MDT_SSH_HOST_KEY_PUB"_s)));
        QCOMPARE(auth.hostKey->keyType, u"ssh-ed25519"_s);
        QCOMPARE(auth.hostKey->host, u"127.0.0.1"_s);
        QCOMPARE(auth.hostKey->port, m_env.port(u"MDT_SSH_PORT"_s));
        QVERIFY(!auth.hostKey->changed);
        QVERIFY(auth.detail.contains(auth.hostKey->fingerprintSha256));

        // A client's failed request carries the same key.
        {
            EngineClient client(s);
            QVERIFY(!awaitResult(client.ping()).ok());
            const auto key = awaitResult(client.hostKeyProblem());
            QVERIFY(key.ok() && key->has_value());
            QCOMPARE((*key)->fingerprintSha256, auth.hostKey->fingerprintSha256);
            QCOMPARE((*key)->publicKeyBase64, auth.hostKey->publicKeyBase64);
        }

        const auto trusted = trustHostKey(*auth.hostKey, s.sshTunnel->knownHostsPath);
        QVERIFY2(trusted.ok(), qPrintable(trusted.ok() ? QString() : trusted.error().message));
        const QList<ConnectionCheckStep> again = runCheck(s);
        QVERIFY2(outcomes(again) == QList<Outcome>(4, Outcome::Passed),
                 qPrintable(describe(again)));
        EngineClient client(s);
        QVERIFY(awaitResult(client.ping()).ok());
        const auto key = awaitResult(client.hostKeyProblem());
        QVERIFY(key.ok() && !key->has_value());
    }

    void changedHostKeyThenTrust()
    {
        ConnectionSettings s = withKnownHosts(m_env.value(u"MDT_SSH_KNOWN_HOSTS_CHANGED"_s),
                                              u"changed_known_hosts"_s);
        QFile file(s.sshTunnel->knownHostsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray oldLine = file.readAll().trimmed();
        file.close();
        QVERIFY(file.open(QIODevice::Append));
        file.write("other.example ssh-ed25519 "
                   "AAAAC3NzaC1lZDI1NTE5AAAAIOTHEROTHEROTHEROTHEROTHEROTHEROTHER\n");
        file.close();

        const QList<ConnectionCheckStep> steps = runCheck(s);
        QCOMPARE(outcomes(steps), (QList<Outcome>{Outcome::Passed, Outcome::Passed, Outcome::Failed,
                                                  Outcome::Skipped}));
        const ConnectionCheckStep &auth = steps.at(2);
        QVERIFY2(auth.detail.contains(u"CHANGED"_s), qPrintable(auth.detail));
        QVERIFY(auth.hostKey && auth.hostKey->changed);
        QCOMPARE(auth.hostKey->fingerprintSha256,
                 opensshFingerprint(m_env.value(u"MDT_SSH_HOST_KEY_PUB"_s)));

        QVERIFY(trustHostKey(*auth.hostKey, s.sshTunnel->knownHostsPath).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray now = file.readAll();
        file.close();
        QVERIFY2(!now.contains(oldLine), now.constData());
        QVERIFY2(now.contains("other.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOTHER"),
                 now.constData());
        const QList<ConnectionCheckStep> again = runCheck(s);
        QVERIFY2(outcomes(again) == QList<Outcome>(4, Outcome::Passed),
                 qPrintable(describe(again)));
    }

    void deadPortFailsAtConnect_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("tcp") << u"tcp"_s;
        QTest::newRow("tls") << u"tls"_s;
        QTest::newRow("ssh") << u"ssh-unix"_s;
    }
    void deadPortFailsAtConnect()
    {
        QFETCH(QString, transport);
        QString busy;
        const int dead = m_env.deadPort(&busy);
        QVERIFY2(dead > 0, qPrintable(busy));
        ConnectionSettings s = m_env.settingsFor(transport);
        if (s.sshTunnel)
            s.sshTunnel->port = dead;
        else
            s.dockerPort = dead;
        const QList<ConnectionCheckStep> steps = runCheck(s);
        QVERIFY2(steps.size() >= 3, qPrintable(describe(steps)));
        QCOMPARE(steps.at(0).outcome, Outcome::Passed);
        QCOMPARE(steps.at(1).kind, Kind::Connect);
        QCOMPARE(steps.at(1).outcome, Outcome::Failed);
        QVERIFY2(steps.at(1).detail.contains(m_env.value(u"MDT_DEAD_PORT"_s)),
                 qPrintable(steps.at(1).detail));
        for (qsizetype i = 2; i < steps.size(); ++i)
            QCOMPARE(steps.at(i).outcome, Outcome::Skipped);
    }

    void missingSocketFailsAtConnect()
    {
        ConnectionSettings s = m_env.settingsFor(u"unix"_s);
        s.socketPath = m_tmp.filePath(u"no-daemon.sock"_s);
        const QList<ConnectionCheckStep> steps = runCheck(s);
        QCOMPARE(outcomes(steps), (QList<Outcome>{Outcome::Failed, Outcome::Skipped}));
        QVERIFY2(steps.at(0).detail.contains(s.socketPath), qPrintable(steps.at(0).detail));
    }

    void wrongCaFailsAtTlsHandshake()
    {
        ConnectionSettings s = m_env.settingsFor(u"tls"_s);
        s.tlsCaCert = u"wrong-ca.pem"_s;
        const QList<ConnectionCheckStep> steps = runCheck(s);
        QCOMPARE(outcomes(steps), (QList<Outcome>{Outcome::Passed, Outcome::Passed, Outcome::Failed,
                                                  Outcome::Skipped}));
        QCOMPARE(steps.at(2).kind, Kind::TlsHandshake);
        QVERIFY2(steps.at(2).detail.contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(steps.at(2).detail));
    }

    // TLS through the tunnel checks certificates like the TLS transport: a wrong CA, and a
    // peer name (the endpoint) the certificate does not carry, fail at TlsHandshake after
    // a successful SSH login.
    void tlsThroughTunnelFailures_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong CA") << u"localhost"_s << u"wrong-ca.pem"_s << u"certificate"_s;
        QTest::newRow("name mismatch")
            << u"127.0.0.1"_s << u"ca.pem"_s << u"host name did not match"_s;
    }
    void tlsThroughTunnelFailures()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, ca);
        QFETCH(QString, expected);
        ConnectionSettings s = m_env.settingsFor(u"ssh-tls"_s);
        s.endpoint = endpoint;
        s.tlsCaCert = ca;
        const QList<ConnectionCheckStep> steps = runCheck(s);
        QCOMPARE(outcomes(steps), (QList<Outcome>{Outcome::Passed, Outcome::Passed, Outcome::Passed,
                                                  Outcome::Failed, Outcome::Skipped}));
        QVERIFY2(steps.at(3).detail.contains(expected, Qt::CaseInsensitive),
                 qPrintable(steps.at(3).detail));
        QVERIFY2(steps.at(3).detail.contains(u"SSH tunnel"_s), qPrintable(steps.at(3).detail));
        // The client fails the same way, naming the ship and the tunnel.
        EngineClient client(s);
        const auto r = awaitResult(client.ping());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected, Qt::CaseInsensitive)
                     && r.error().message.contains(u"https://127.0.0.1:"_s),
                 qPrintable(r.error().message));
    }

    void unresolvableNameFailsAtResolve()
    {
        // A label longer than DNS allows (63 bytes) fails before any query is sent: tests
        // keep their traffic on the machine, and even `.invalid` names reach the resolver.
        const QString name = QString(64, u'x') + u".invalid"_s;
        ConnectionSettings s = m_env.settingsFor(u"tcp"_s);
        s.endpoint = name;
        const QList<ConnectionCheckStep> steps = runCheck(s);
        QCOMPARE(outcomes(steps),
                 (QList<Outcome>{Outcome::Failed, Outcome::Skipped, Outcome::Skipped}));
        QVERIFY2(steps.at(0).detail.contains(name), qPrintable(steps.at(0).detail));
    }
};

QTEST_GUILESS_MAIN(TestDockerConnectionCheck)
#include "tst_dockerconnectioncheck.moc"
