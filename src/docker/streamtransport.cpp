// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/streamtransport.h"

#include "docker/bytestream.h"
#include "docker/httpconnection.h"
#include "docker/logging.h"

#include <QTimer>

namespace Maestro::Docker {

StreamTransport::StreamTransport(StreamFactory factory, QByteArray host, QObject *parent)
    : Transport(parent)
    , m_factory(std::move(factory))
    , m_host(std::move(host))
{}

StreamTransport::~StreamTransport()
{
    // Connections are children; drop their handlers so nothing calls back into a dying owner.
    for (HttpConnection *c : std::as_const(m_connections)) {
        c->disconnect(this);
        c->abort();
    }
}

quint64 StreamTransport::send(const HttpRequest &request, const QByteArray &pathPrefix,
                              ExchangeHandler handler)
{
    const quint64 id = m_nextId++;
    // Fast path: an idle connection and a free slot. Writing to an open stream never calls
    // back synchronously (failures are queued), so this keeps send() free of callbacks.
    if (m_queue.empty() && busyCount() < MaxConnections) {
        if (HttpConnection *idle = takeIdle()) {
            m_running.insert(id, idle);
            m_owner.insert(idle, id);
            idle->start(request, pathPrefix, std::move(handler));
            return id;
        }
    }
    m_queue.push_back({id, request, pathPrefix, std::move(handler)});
    // Never call back from inside send(): opening a stream may fail at once, so new
    // connections are dispatched from the event loop.
    if (!m_dispatchQueued) {
        m_dispatchQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_dispatchQueued = false;
            dispatch();
        });
    }
    return id;
}

void StreamTransport::setStreaming(quint64 exchangeId)
{
    m_streaming.append(exchangeId);
}

int StreamTransport::busyCount() const
{
    int busy = 0;
    for (auto it = m_owner.cbegin(); it != m_owner.cend(); ++it) {
        if (!m_streaming.contains(it.value()))
            ++busy;
    }
    return busy;
}

void StreamTransport::dispatch()
{
    while (!m_queue.empty()) {
        const bool streaming = m_streaming.contains(m_queue.front().id);
        if (!streaming && busyCount() >= MaxConnections)
            return;
        Pending pending = std::move(m_queue.front());
        m_queue.pop_front();
        run(std::move(pending));
    }
}

HttpConnection *StreamTransport::takeIdle()
{
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->state() == HttpConnection::State::Idle && !m_owner.contains(c))
            return c;
    }
    return nullptr;
}

void StreamTransport::run(Pending pending)
{
    HttpConnection *connection = takeIdle();
    if (!connection) {
        connection = new HttpConnection(m_factory(), m_host, this);
        ++m_opened;
        m_connections.append(connection);
        connect(connection, &HttpConnection::becameIdle, this,
                [this, connection] { release(connection); });
        connect(connection, &HttpConnection::becameClosed, this, [this, connection] {
            const quint64 id = m_owner.take(connection);
            m_running.remove(id);
            m_streaming.removeAll(id);
            m_connections.removeAll(connection);
            connection->deleteLater();
            dispatch();
        });
        connect(connection, &HttpConnection::staleConnection, this,
                [this, connection](const HttpRequest &request, const QByteArray &prefix,
                                   const ExchangeHandler &handler) {
                    // The daemon had closed the pooled connection: once on a fresh one,
                    // under the same exchange id so abort() still finds it.
                    qCDebug(lcDocker) << "retrying" << request.summary() << "on a new connection";
                    const quint64 id = m_owner.take(connection);
                    m_running.remove(id);
                    Pending retry{id, request, prefix, handler};
                    m_queue.push_front(std::move(retry));
                    QTimer::singleShot(0, this, &StreamTransport::dispatch);
                });
    }
    m_running.insert(pending.id, connection);
    m_owner.insert(connection, pending.id);
    connection->start(pending.request, pending.pathPrefix, std::move(pending.handler));
}

void StreamTransport::release(HttpConnection *connection)
{
    const quint64 id = m_owner.take(connection);
    m_running.remove(id);
    m_streaming.removeAll(id);
    int idle = 0;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->state() == HttpConnection::State::Idle && !m_owner.contains(c))
            ++idle;
    }
    if (idle > MaxIdle)
        connection->abort(); // becameClosed() removes it
    dispatch();
}

void StreamTransport::abort(quint64 exchangeId)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->id == exchangeId) {
            m_queue.erase(it);
            m_streaming.removeAll(exchangeId);
            return;
        }
    }
    if (HttpConnection *connection = m_running.value(exchangeId))
        connection->abort();
}

} // namespace Maestro::Docker
