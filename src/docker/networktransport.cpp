// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/networktransport.h"

#include "docker/logging.h"
#include "docker/tr.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

namespace {
// QNetworkReply does not surface the raw head; rebuild what the client reads from it.
HttpResponseHead headOf(QNetworkReply *reply)
{
    HttpResponseHead head;
    head.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    head.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    for (const auto &pair : reply->rawHeaderPairs())
        head.headers.append(pair);
    return head;
}
} // namespace

NetworkTransport::NetworkTransport(QUrl baseUrl, std::optional<QSslConfiguration> ssl,
                                   QObject *parent)
    : Transport(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_ssl(std::move(ssl))
    , m_manager(new QNetworkAccessManager(this))
{
    // Daemons are reached directly; an http_proxy in the environment must not capture them.
    m_manager->setProxy(QNetworkProxy::NoProxy);
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager->setAutoDeleteReplies(false);
}

NetworkTransport::~NetworkTransport()
{
    for (QNetworkReply *reply : std::as_const(m_replies)) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

quint64 NetworkTransport::send(const HttpRequest &request, const QByteArray &pathPrefix,
                               ExchangeHandler handler)
{
    const quint64 id = m_nextId++;
    QUrl url = m_baseUrl;
    const QByteArray target = pathPrefix + request.target;
    const qsizetype q = target.indexOf('?');
    url.setPath(QString::fromLatin1(q < 0 ? target : target.left(q)), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(QString::fromLatin1(target.mid(q + 1)), QUrl::TolerantMode);
    QNetworkRequest nr(url);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setHeader(QNetworkRequest::UserAgentHeader, "maestro-desktop"_ba);
    for (const auto &[name, value] : request.headers)
        nr.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        nr.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (m_ssl)
        nr.setSslConfiguration(*m_ssl);
    QNetworkReply *reply = m_manager->sendCustomRequest(nr, request.method, request.body);
    m_replies.insert(id, reply);
    m_exchanges.insert(reply, Exchange{std::move(handler)});
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    connect(reply, &QNetworkReply::encrypted, this, [this] { ++m_encrypted; });
    connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCDebug(lcDocker) << "TLS error:" << e.errorString();
    });
    return id;
}

void NetworkTransport::onReadyRead(QNetworkReply *reply)
{
    auto it = m_exchanges.find(reply);
    if (it == m_exchanges.end())
        return;
    if (!it->headReported) {
        it->headReported = true;
        ExchangeHandler handler = it->handler;
        if (handler.onHead)
            handler.onHead(headOf(reply));
        it = m_exchanges.find(reply); // the callback may have aborted
        if (it == m_exchanges.end())
            return;
    }
    const QByteArray data = reply->readAll();
    if (!data.isEmpty() && it->handler.onBody) {
        ExchangeHandler handler = it->handler;
        handler.onBody(data);
    }
}

void NetworkTransport::onFinished(QNetworkReply *reply)
{
    if (!m_exchanges.contains(reply))
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int error = reply->error();
    // HTTP error statuses are not transport failures (the client reads the daemon's
    // message from the body); network-layer errors (1-99) and protocol failures are, also
    // after the head arrived (a daemon that died in the middle of a stream).
    const bool failed = status == 0 || (error >= 1 && error <= 99)
                        || error == QNetworkReply::ProtocolFailure
                        || error == QNetworkReply::ProtocolInvalidOperationError
                        || error == QNetworkReply::ProtocolUnknownError;
    if (!failed)
        onReadyRead(reply);
    if (!m_exchanges.contains(reply))
        return;
    const Exchange exchange = m_exchanges.take(reply);
    m_replies.remove(m_replies.key(reply));
    reply->deleteLater();
    if (failed) {
        if (exchange.handler.onFailed)
            exchange.handler.onFailed(reply->errorString());
    } else if (exchange.handler.onFinished) {
        exchange.handler.onFinished();
    }
}

void NetworkTransport::abort(quint64 exchangeId)
{
    QNetworkReply *reply = m_replies.take(exchangeId);
    if (!reply)
        return;
    m_exchanges.remove(reply);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

int NetworkTransport::openConnectionCount() const
{
    return int(m_replies.size());
}

} // namespace Maestro::Docker
