// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/connectionchecker.h"

#include "docker/engineclient.h"
#include "docker/sshchannelstream.h"
#include "docker/sshsession.h"
#include "docker/tlsbytestream.h"
#include "docker/tlsconfiguration.h"
#include "docker/tr.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHostInfo>
#include <QLocalSocket>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;
using Kind = ConnectionCheckStep::Kind;

namespace {
// Runs a local event loop until `quit` is called or `timeoutMs` passed; true if quit in time.
class BoundedLoop
{
public:
    explicit BoundedLoop(int timeoutMs)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_loop, [this] { m_loop.exit(1); });
        m_timer.start(timeoutMs);
    }
    bool exec() { return m_finished || m_loop.exec() == 0; }
    void quit()
    {
        m_finished = true;
        m_loop.exit(0);
    }
    QObject *context() { return &m_loop; }

private:
    QEventLoop m_loop;
    QTimer m_timer;
    bool m_finished = false;
};
} // namespace

ConnectionChecker::ConnectionChecker(ConnectionSettings settings, StepCallback onStep)
    : m_settings(std::move(settings))
    , m_onStep(std::move(onStep))
    , m_timeoutMs((m_settings.timeoutSeconds > 0 ? m_settings.timeoutSeconds : 5) * 1000)
{}

ConnectionChecker::~ConnectionChecker() = default;

QList<Kind> ConnectionChecker::stepsFor(const ConnectionSettings &settings)
{
    switch (settings.transport()) {
    case ConnectionSettings::Transport::UnixSocket:
        return {Kind::Connect, Kind::ApiVersion};
    case ConnectionSettings::Transport::Tcp:
        return {Kind::Resolve, Kind::Connect, Kind::ApiVersion};
    case ConnectionSettings::Transport::Tls:
        return {Kind::Resolve, Kind::Connect, Kind::TlsHandshake, Kind::ApiVersion};
    case ConnectionSettings::Transport::Ssh:
        if (settings.tunnelUsesTls())
            return {Kind::Resolve, Kind::Connect, Kind::SshAuth, Kind::TlsHandshake,
                    Kind::ApiVersion};
        return {Kind::Resolve, Kind::Connect, Kind::SshAuth, Kind::ApiVersion};
    }
    return {};
}

QList<ConnectionCheckStep> ConnectionChecker::run()
{
    QList<ConnectionCheckStep> steps;
    bool failed = false;
    for (Kind kind : stepsFor(m_settings)) {
        ConnectionCheckStep step;
        step.kind = kind;
        if (failed) {
            step.outcome = ConnectionCheckStep::Outcome::Skipped;
            step.detail = Tr::tr("skipped: an earlier step failed");
        } else {
            QElapsedTimer clock;
            clock.start();
            Outcome outcome = runStep(kind);
            step.elapsedMs = clock.elapsed();
            step.outcome = outcome.passed ? ConnectionCheckStep::Outcome::Passed
                                          : ConnectionCheckStep::Outcome::Failed;
            step.detail = outcome.detail;
            step.hostKey = outcome.hostKey;
            failed = !outcome.passed;
        }
        if (m_onStep)
            m_onStep(step);
        steps.append(step);
    }
    // The steps' local event loops leave objects behind with deleteLater() (the name
    // lookup's result, the client's watchers); a pool thread runs no event loop after this,
    // so they would outlive the check for good.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return steps;
}

ConnectionChecker::Outcome ConnectionChecker::runStep(Kind kind)
{
    switch (kind) {
    case Kind::Resolve:
        return resolve();
    case Kind::Connect:
        return connect();
    case Kind::TlsHandshake:
        return tlsHandshake();
    case Kind::SshAuth:
        return sshAuth();
    case Kind::ApiVersion:
        return apiVersion();
    }
    return {};
}

int ConnectionChecker::tcpPort() const
{
    if (m_settings.transport() == ConnectionSettings::Transport::Ssh)
        return m_settings.sshTunnel->port > 0 ? m_settings.sshTunnel->port : 22;
    return m_settings.effectiveDockerPort();
}

ConnectionChecker::Outcome ConnectionChecker::resolve()
{
    if (host().isEmpty())
        return {false, Tr::tr("the ship has no endpoint (host name or address)"), {}};
    if (m_address.setAddress(host()))
        return {true, m_address.toString(), {}};
    BoundedLoop loop(m_timeoutMs);
    QHostInfo info;
    QHostInfo::lookupHost(host(), loop.context(), [&](const QHostInfo &result) {
        info = result;
        loop.quit();
    });
    if (!loop.exec())
        return {false,
                Tr::tr("looking up %1 timed out after %2 s").arg(host()).arg(m_timeoutMs / 1000),
                {}};
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        return {false, Tr::tr("cannot resolve %1: %2").arg(host(), info.errorString()), {}};
    // Prefer IPv4 like the transports' own lookups do on a dual-stack "localhost".
    m_address = info.addresses().constFirst();
    for (const QHostAddress &a : info.addresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            m_address = a;
            break;
        }
    }
    return {true, m_address.toString(), {}};
}

ConnectionChecker::Outcome ConnectionChecker::connect()
{
    if (m_settings.transport() == ConnectionSettings::Transport::UnixSocket) {
        QLocalSocket socket;
        socket.connectToServer(m_settings.socketPath);
        if (!socket.waitForConnected(m_timeoutMs))
            return {
                false,
                Tr::tr("cannot connect to %1: %2").arg(m_settings.socketPath, socket.errorString()),
                {}};
        return {true, m_settings.socketPath, {}};
    }
    const QString target = u"%1:%2"_s.arg(m_address.toString()).arg(tcpPort());
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(m_address, quint16(tcpPort()));
    if (!socket.waitForConnected(m_timeoutMs)) {
        const QString why = socket.error() == QAbstractSocket::SocketTimeoutError
                                ? Tr::tr("no answer within %1 s").arg(m_timeoutMs / 1000)
                                : socket.errorString();
        return {false, Tr::tr("cannot connect to %1: %2").arg(target, why), {}};
    }
    return {true, target, {}};
}

ConnectionChecker::Outcome ConnectionChecker::tlsHandshake()
{
    if (m_ssh)
        return tlsThroughTunnel();
    auto config = TlsConfiguration::build(m_settings);
    if (!config)
        return {false, config.error().message, {}};
    QSslSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.setSslConfiguration(*config);
    // The certificate must name the endpoint, also when the bytes go through a tunnel.
    socket.connectToHostEncrypted(m_address.toString(), quint16(m_settings.effectiveDockerPort()),
                                  host());
    if (!socket.waitForEncrypted(m_timeoutMs)) {
        return {false,
                Tr::tr("TLS handshake with %1 failed: %2")
                    .arg(host(), TlsConfiguration::handshakeErrors(socket)),
                {}};
    }
    const QSslCertificate peer = socket.peerCertificate();
    return {true,
            Tr::tr("%1, certificate of %2 issued by %3")
                .arg(socket.sessionCipher().protocolString(),
                     peer.subjectInfo(QSslCertificate::CommonName).join(u", "_s),
                     peer.issuerInfo(QSslCertificate::CommonName).join(u", "_s)),
            {}};
}

std::optional<QString> ConnectionChecker::openStream(ByteStream *stream, const QString &timeoutText)
{
    BoundedLoop loop(m_timeoutMs);
    std::optional<QString> failure;
    QObject::connect(stream, &ByteStream::opened, loop.context(), [&] { loop.quit(); });
    QObject::connect(stream, &ByteStream::failed, loop.context(), [&](const QString &reason) {
        failure = reason;
        loop.quit();
    });
    stream->open();
    if (!loop.exec())
        return timeoutText;
    return failure;
}

ConnectionChecker::Outcome ConnectionChecker::sshAuth()
{
    m_ssh = std::make_unique<SshSession>(m_settings);
    SshChannelStream stream(m_ssh.get());
    const std::optional<QString> failure
        = openStream(&stream, Tr::tr("SSH login to %1 did not finish within %2 s")
                                  .arg(m_ssh->hostLabel())
                                  .arg(m_timeoutMs / 1000));
    if (failure)
        return {false, *failure, m_ssh->hostKeyProblem()};
    const QString remote = m_settings.sshTunnel->socketPath.isEmpty()
                               ? u"127.0.0.1:%1"_s.arg(m_settings.effectiveDockerPort())
                               : m_settings.sshTunnel->socketPath;
    return {true,
            Tr::tr("logged in as %1 on %2; forwarding to %3 works")
                .arg(m_settings.sshTunnel->user, m_ssh->hostLabel(), remote),
            {}};
}

ConnectionChecker::Outcome ConnectionChecker::tlsThroughTunnel()
{
    auto config = TlsConfiguration::build(m_settings);
    if (!config)
        return {false, config.error().message, {}};
    TlsByteStream tls(new SshChannelStream(m_ssh.get()), *config, host());
    const std::optional<QString> failure = openStream(
        &tls, Tr::tr("the TLS handshake with %1 through the SSH tunnel did not finish within %2 s")
                  .arg(host())
                  .arg(m_timeoutMs / 1000));
    if (failure)
        return {false, *failure, {}};
    return {true, tls.sessionDescription(), {}};
}

ConnectionChecker::Outcome ConnectionChecker::apiVersion()
{
    EngineClient client(m_settings);
    QFutureWatcher<Core::Result<VersionInfo>> watcher;
    BoundedLoop loop(m_timeoutMs);
    QObject::connect(&watcher, &QFutureWatcherBase::finished, loop.context(), [&] { loop.quit(); });
    watcher.setFuture(client.version());
    if (!loop.exec())
        return {false,
                Tr::tr("ship '%1' (%2): the daemon did not answer GET /version within %3 s")
                    .arg(m_settings.shipName, m_settings.endpointDescription())
                    .arg(m_timeoutMs / 1000),
                {}};
    const Core::Result<VersionInfo> version = watcher.result();
    if (!version)
        return {false, version.error().message, {}};
    return {true,
            Tr::tr("Docker %1, API %2 (oldest supported %3)")
                .arg(version->version, version->apiVersion, version->minApiVersion),
            {}};
}

} // namespace Maestro::Docker
