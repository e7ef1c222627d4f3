// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/httpconnection.h"

#include "docker/logging.h"
#include "docker/tr.h"

#include <QCoreApplication>
#include <QPointer>

namespace Maestro::Docker {

HttpConnection::HttpConnection(ByteStream *stream, QByteArray host, QObject *parent)
    : QObject(parent)
    , m_stream(stream)
    , m_host(std::move(host))
{
    m_stream->setParent(this);
    connect(m_stream, &ByteStream::opened, this, &HttpConnection::onOpened);
    connect(m_stream, &ByteStream::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_stream, &ByteStream::closed, this, &HttpConnection::onClosed);
    connect(m_stream, &ByteStream::failed, this, &HttpConnection::onFailed);
}

HttpConnection::~HttpConnection()
{
    m_stream->close();
}

void HttpConnection::start(const HttpRequest &request, const QByteArray &pathPrefix,
                           ExchangeHandler handler)
{
    m_request = request;
    m_pathPrefix = pathPrefix;
    m_handler = std::move(handler);
    m_headReported = false;
    m_gotBytes = false;
    m_extraBytes = false;
    m_parser.reset(request.method == "HEAD");
    if (m_state == State::Unopened) {
        m_state = State::Opening;
        m_stream->open();
        return;
    }
    m_state = State::Busy;
    ++m_exchanges;
    m_stream->write(m_request.serialize(m_pathPrefix, m_host));
}

void HttpConnection::onOpened()
{
    if (m_state != State::Opening)
        return;
    m_state = State::Busy;
    ++m_exchanges;
    m_stream->write(m_request.serialize(m_pathPrefix, m_host));
}

void HttpConnection::onReadyRead()
{
    const QByteArray data = m_stream->read();
    if (data.isEmpty())
        return;
    if (m_state != State::Busy) {
        // Bytes nobody asked for: the connection is out of sync, never reuse it.
        qCDebug(lcDocker) << "unexpected bytes on an idle connection; closing it";
        closeConnection();
        return;
    }
    m_gotBytes = true;
    const qsizetype used = m_parser.feed(data);
    if (used < data.size()) {
        // Docker never pipelines; extra bytes mean the connection cannot be trusted.
        m_extraBytes = true;
    }
    deliver();
}

// Hands out what the parser has, then ends the exchange if the response is complete.
// Callbacks may abort this connection, so its state is checked after each of them.
void HttpConnection::deliver()
{
    QPointer<HttpConnection> self(this);
    if (m_parser.headComplete() && !m_headReported) {
        m_headReported = true;
        if (m_handler.onHead)
            m_handler.onHead(m_parser.head());
        if (!self || m_state != State::Busy)
            return;
    }
    if (m_parser.hasBody()) {
        const QByteArray body = m_parser.takeBody();
        if (m_handler.onBody)
            m_handler.onBody(body);
        if (!self || m_state != State::Busy)
            return;
    }
    if (m_parser.hasFailed())
        finishExchange(false, m_parser.errorString());
    else if (m_parser.isComplete())
        finishExchange(true, {});
}

void HttpConnection::finishExchange(bool ok, const QString &reason)
{
    ExchangeHandler handler = std::move(m_handler);
    m_handler = {};
    const bool reusable = ok && m_parser.keepAlive() && !m_extraBytes;
    if (reusable) {
        m_state = State::Idle;
    } else {
        m_state = State::Closed;
        m_stream->close();
    }
    if (ok) {
        if (handler.onFinished)
            handler.onFinished();
    } else if (handler.onFailed) {
        handler.onFailed(reason);
    }
    if (reusable)
        emit becameIdle();
    else
        emit becameClosed();
}

void HttpConnection::onClosed()
{
    if (m_state == State::Busy) {
        if (retryIfStale())
            return;
        m_parser.finishInput();
        deliver();
        if (m_state == State::Busy)
            finishExchange(false, m_parser.errorString());
        return;
    }
    if (m_state == State::Opening) {
        onFailed(Tr::tr("connection closed while opening"));
        return;
    }
    closeConnection();
}

bool HttpConnection::retryIfStale()
{
    // A reused connection that ends before the first response byte was most likely dead
    // before the request went out (the daemon closed it, or the SSH session under it died
    // while it sat in the pool): the transport retries once on a fresh one.
    if (m_gotBytes || m_exchanges <= 1)
        return false;
    const HttpRequest request = m_request;
    const QByteArray prefix = m_pathPrefix;
    const ExchangeHandler handler = std::move(m_handler);
    m_handler = {};
    emit staleConnection(request, prefix, handler);
    closeConnection();
    return true;
}

void HttpConnection::onFailed(const QString &reason)
{
    if (m_state == State::Busy && retryIfStale())
        return;
    if (m_state == State::Opening) {
        const ExchangeHandler handler = std::move(m_handler);
        m_handler = {};
        m_state = State::Closed;
        m_stream->close();
        emit openFailed(m_request, m_pathPrefix, handler, reason);
        emit becameClosed();
        return;
    }
    if (m_state == State::Busy) {
        m_parser.finishInput(); // a close-delimited body may be complete
        if (m_state == State::Busy && m_parser.isComplete()) {
            deliver();
            return;
        }
        finishExchange(false, reason);
        return;
    }
    closeConnection();
}

void HttpConnection::abort()
{
    m_handler = {};
    closeConnection();
}

void HttpConnection::closeConnection()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_stream->close();
    emit becameClosed();
}

} // namespace Maestro::Docker
