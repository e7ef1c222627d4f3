// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/engineconnection.h"

#include "docker/apiversion.h"
#include "docker/localbytestream.h"
#include "docker/logging.h"
#include "docker/sshchannelstream.h"
#include "docker/sshsession.h"
#include "docker/streamtransport.h"
#include "docker/tcpbytestream.h"
#include "docker/tlsbytestream.h"
#include "docker/tlsconfiguration.h"
#include "docker/tr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

EngineConnection::EngineConnection(ConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    if (m_settings.timeoutSeconds <= 0)
        m_settings.timeoutSeconds = 5; // spec 5.1: 0/null mean the default
    if (!ApiVersion::isAuto(m_settings.apiVersion)) {
        QString v = m_settings.apiVersion.trimmed();
        if (v.startsWith(u'v'))
            v.remove(0, 1);
        m_apiVersion = v;
    }
}

EngineConnection::~EngineConnection()
{
    const QList<quint64> ids = m_calls.keys();
    for (quint64 id : ids) {
        auto it = m_calls.find(id);
        if (it == m_calls.end())
            continue;
        if (m_transport && it->exchange)
            m_transport->abort(it->exchange);
        const HttpRequest request = it->request;
        finish(id, makeError(request, Tr::tr("cancelled: the client was shut down")));
    }
    delete m_transport; // before the SSH session its channels belong to
    m_transport = nullptr;
    delete m_ssh;
    m_ssh = nullptr;
}

int EngineConnection::openConnectionCount() const
{
    return m_transport ? m_transport->openConnectionCount() : 0;
}

int EngineConnection::connectionsOpened() const
{
    return m_transport ? m_transport->connectionsOpened() : 0;
}

std::optional<HostKeyProblem> EngineConnection::hostKeyProblem() const
{
    return m_ssh ? m_ssh->hostKeyProblem() : std::nullopt;
}

Core::Error EngineConnection::makeError(const HttpRequest &request, const QString &what) const
{
    return Core::Error{Tr::tr("ship '%1' (%2): %3: %4")
                           .arg(m_settings.shipName, m_settings.endpointDescription(),
                                QString::fromLatin1(request.summary()), what),
                       {},
                       {}};
}

QString EngineConnection::daemonMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QString message = doc.object().value(u"message"_s).toString();
        if (!message.isEmpty())
            return message;
    }
    QString text = QString::fromUtf8(body.left(300)).simplified();
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'?';
    }
    return text;
}

Core::Result<Transport *> EngineConnection::transport()
{
    if (m_transport)
        return m_transport;
    if (m_transportFailed)
        return m_transportError;
    switch (m_settings.transport()) {
    case ConnectionSettings::Transport::UnixSocket: {
        const QString path = m_settings.socketPath;
        m_transport
            = new StreamTransport([path] { return new LocalByteStream(path); }, "docker", this);
        break;
    }
    case ConnectionSettings::Transport::Tcp:
    case ConnectionSettings::Transport::Tls: {
        std::optional<QSslConfiguration> ssl;
        if (m_settings.usesTls()) {
            auto built = TlsConfiguration::build(m_settings);
            if (!built) {
                // Not cached: the user may fix the file and retry with the same client.
                return built.error();
            }
            ssl = *built;
        }
        const QString host = m_settings.endpoint;
        const auto port = quint16(m_settings.effectiveDockerPort());
        m_transport
            = new StreamTransport([host, port, ssl] { return new TcpByteStream(host, port, ssl); },
                                  host.toUtf8() + ':' + QByteArray::number(port), this);
        break;
    }
    case ConnectionSettings::Transport::Ssh: {
        if (m_settings.sshTunnel->user.isEmpty())
            return Core::Error{Tr::tr("Missing SSH user for ship %1 tunnel configuration")
                                   .arg(m_settings.shipName),
                               {},
                               {}};
        if (m_settings.tunnelUsesTls()) {
            // TLS to the daemon's TLS port, carried by the channels (spec 5: tunnel + tls).
            auto built = TlsConfiguration::build(m_settings);
            if (!built)
                return built.error(); // not cached, as for the TLS transport
            m_ssh = new SshSession(m_settings, this);
            SshSession *session = m_ssh;
            m_transport = new StreamTransport(
                [session, ssl = *built, peer = m_settings.endpoint] {
                    return new TlsByteStream(new SshChannelStream(session), ssl, peer);
                },
                "docker", this);
            break;
        }
        m_ssh = new SshSession(m_settings, this);
        SshSession *session = m_ssh;
        m_transport = new StreamTransport([session] { return new SshChannelStream(session); },
                                          "docker", this);
        break;
    }
    }
    m_transport->raiseRequestLimit(m_requestLimit);
    return m_transport;
}

void EngineConnection::raiseRequestLimit(int limit)
{
    m_requestLimit = std::max(m_requestLimit, limit);
    if (m_transport)
        m_transport->raiseRequestLimit(m_requestLimit);
}

quint64 EngineConnection::request(const HttpRequest &request, const RequestOptions &options,
                                  Done done)
{
    Call call;
    call.request = request;
    call.options = options;
    call.done = std::move(done);
    return enqueue(std::move(call));
}

quint64 EngineConnection::stream(const HttpRequest &request, const RequestOptions &options,
                                 HeadCallback onHead, DataCallback onData, Done done)
{
    Call call;
    call.request = request;
    call.options = options;
    call.onHead = std::move(onHead);
    call.onData = std::move(onData);
    call.done = std::move(done);
    call.streaming = true;
    return enqueue(std::move(call));
}

quint64 EngineConnection::enqueue(Call call)
{
    const quint64 id = m_nextId++;
    call.id = id;
    const bool needsVersion = call.request.versioned && m_apiVersion.isEmpty();
    m_calls.insert(id, std::move(call));
    if (needsVersion) {
        m_waitingForVersion.append(id);
        negotiate();
    } else {
        startCall(id);
    }
    return id;
}

void EngineConnection::negotiate()
{
    if (m_negotiating)
        return;
    m_negotiating = true;
    qCDebug(lcDocker) << "negotiating the API version with ship" << m_settings.shipName;
    HttpRequest version = HttpRequest::get("/version");
    version.versioned = false;
    request(version, {}, [this](Core::Result<HttpReply> reply) {
        m_negotiating = false;
        const QList<quint64> waiting = std::exchange(m_waitingForVersion, {});
        if (reply) {
            const QJsonObject object = QJsonDocument::fromJson(reply->body).object();
            const QString daemon = object.value(u"ApiVersion"_s).toString();
            if (ApiVersion::isValid(daemon)) {
                m_apiVersion = ApiVersion::negotiate(daemon);
                qCDebug(lcDocker) << "ship" << m_settings.shipName << "speaks API" << daemon
                                  << "- using" << m_apiVersion;
            } else {
                reply = makeError(HttpRequest::get("/version"),
                                  Tr::tr("the daemon reported no usable ApiVersion"));
            }
        }
        for (quint64 id : waiting) {
            if (!m_calls.contains(id))
                continue;
            if (reply) {
                startCall(id);
            } else {
                // Not cached: the next call negotiates again (the ship may come back).
                const Core::Error e{
                    Tr::tr("%1 (while negotiating the API version)").arg(reply.error().message),
                    {},
                    {}};
                finish(id, e);
            }
        }
    });
}

bool EngineConnection::isAccepted(const Call &call, int status) const
{
    return (status >= 200 && status < 300) || call.options.acceptedStatuses.contains(status);
}

void EngineConnection::startCall(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    auto t = transport();
    if (!t) {
        const Core::Error error = t.error();
        QTimer::singleShot(0, this, [this, id, error] { finish(id, error); });
        return;
    }
    Call &call = *it;
    if (call.options.timeout != RequestOptions::Timeout::None) {
        call.timer = new QTimer(this);
        call.timer->setSingleShot(true);
        const int seconds = m_settings.timeoutSeconds + call.options.extraTimeoutSeconds;
        connect(call.timer, &QTimer::timeout, this, [this, id, seconds] {
            auto it = m_calls.find(id);
            if (it == m_calls.end())
                return;
            if (m_transport && it->exchange)
                m_transport->abort(it->exchange);
            const HttpRequest request = it->request;
            finish(id, makeError(request, Tr::tr("timed out after %1 s").arg(seconds)));
        });
        call.timer->start(seconds * 1000);
    }
    ExchangeHandler handler;
    handler.onHead = [this, id](const HttpResponseHead &head) {
        auto it = m_calls.find(id);
        if (it == m_calls.end())
            return;
        it->reply.head = head;
        it->failedStatus = !isAccepted(*it, head.status);
        if (it->options.timeout == RequestOptions::Timeout::Head && it->timer && !it->failedStatus)
            it->timer->stop();
        if (it->streaming && !it->failedStatus && it->onHead)
            it->onHead(head);
    };
    handler.onBody = [this, id](const QByteArray &data) {
        auto it = m_calls.find(id);
        if (it == m_calls.end())
            return;
        if (it->streaming && !it->failedStatus) {
            if (it->onData) {
                DataCallback onData = it->onData; // the callback may cancel this call
                onData(data);
            }
            return;
        }
        if (it->reply.body.size() < 256 * 1024 * 1024)
            it->reply.body.append(data);
    };
    handler.onFinished = [this, id] {
        auto it = m_calls.find(id);
        if (it == m_calls.end())
            return;
        if (it->failedStatus) {
            const QString message = daemonMessage(it->reply.body);
            const int status = it->reply.head.status;
            const HttpRequest request = it->request;
            finish(id, makeError(request, message.isEmpty()
                                              ? Tr::tr("HTTP %1").arg(status)
                                              : Tr::tr("HTTP %1: %2").arg(status).arg(message)));
            return;
        }
        HttpReply reply = std::move(it->reply);
        finish(id, reply);
    };
    handler.onFailed = [this, id](const QString &reason) {
        auto it = m_calls.find(id);
        if (it == m_calls.end())
            return;
        const HttpRequest request = it->request;
        finish(id, makeError(request, reason));
    };
    const QByteArray prefix
        = call.request.versioned ? "/v" + m_apiVersion.toLatin1() : QByteArray();
    call.exchange = (*t)->send(call.request, prefix, std::move(handler));
    if (call.streaming && call.options.timeout != RequestOptions::Timeout::Request)
        (*t)->setStreaming(call.exchange);
}

void EngineConnection::finish(quint64 id, Core::Result<HttpReply> result)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call call = std::move(*it);
    m_calls.erase(it);
    delete call.timer;
    if (!result)
        qCDebug(lcDocker).noquote() << result.error().message;
    if (call.done)
        call.done(std::move(result));
}

void EngineConnection::cancel(quint64 callId)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    Call call = std::move(*it);
    m_calls.erase(it);
    m_waitingForVersion.removeAll(callId);
    delete call.timer;
    if (m_transport && call.exchange)
        m_transport->abort(call.exchange);
}

} // namespace Maestro::Docker
