// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/streamtransport.h"

#include "docker/bytestream.h"
#include "docker/httpconnection.h"
#include "docker/logging.h"

#include <QTimer>

#include <algorithm>

namespace Maestro::Docker {

StreamTransport::StreamTransport(StreamFactory factory, QByteArray host, QObject *parent)
    : Transport(parent)
    , m_factory(std::move(factory))
    , m_host(std::move(host))
    , m_idleTimer(new QTimer(this))
{
    m_clock.start();
    m_idleTimer->setInterval(m_idleTimeoutMs / 3);
    connect(m_idleTimer, &QTimer::timeout, this, &StreamTransport::closeIdle);
}

StreamTransport::~StreamTransport()
{
    // Connections are children; drop their handlers so nothing calls back into a dying owner.
    for (HttpConnection *c : std::as_const(m_connections)) {
        c->disconnect(this);
        c->abort();
    }
}

void StreamTransport::raiseRequestLimit(int limit)
{
    if (limit <= m_limit)
        return;
    m_limit = limit;
    scheduleDispatch();
}

void StreamTransport::setIdleTimeout(int ms)
{
    m_idleTimeoutMs = std::max(1, ms);
    m_idleTimer->setInterval(std::max(1, m_idleTimeoutMs / 3));
}

quint64 StreamTransport::send(const HttpRequest &request, const QByteArray &pathPrefix,
                              ExchangeHandler handler)
{
    const quint64 id = m_nextId++;
    // Fast path: an idle connection and a free slot. Writing to an open stream never calls
    // back synchronously (failures are queued), so this keeps send() free of callbacks.
    if (m_queue.empty() && busyCount() < effectiveLimit()) {
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
    scheduleDispatch();
    return id;
}

void StreamTransport::scheduleDispatch()
{
    if (m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_dispatchQueued = false;
        dispatch();
    });
}

void StreamTransport::setStreaming(quint64 exchangeId)
{
    m_streaming.append(exchangeId);
    // A stream already running frees its slot for the queue.
    if (m_running.contains(exchangeId))
        scheduleDispatch();
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

int StreamTransport::effectiveLimit() const
{
    return m_acceptedByDaemon > 0 ? std::min(m_limit, m_acceptedByDaemon) : m_limit;
}

void StreamTransport::dispatch()
{
    while (!m_queue.empty()) {
        const bool streaming = m_streaming.contains(m_queue.front().id);
        if (!streaming && busyCount() >= effectiveLimit())
            return;
        Pending pending = std::move(m_queue.front());
        m_queue.pop_front();
        run(std::move(pending));
    }
}

HttpConnection *StreamTransport::takeIdle()
{
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->state() == HttpConnection::State::Idle && !m_owner.contains(c)) {
            m_idleSince.remove(c);
            return c;
        }
    }
    return nullptr;
}

HttpConnection *StreamTransport::openConnection()
{
    auto *connection = new HttpConnection(m_factory(), m_host, this);
    ++m_opened;
    m_connections.append(connection);
    connect(connection, &HttpConnection::becameIdle, this,
            [this, connection] { release(connection); });
    connect(connection, &HttpConnection::becameClosed, this,
            [this, connection] { forget(connection); });
    connect(connection, &HttpConnection::openFailed, this,
            [this, connection](const HttpRequest &request, const QByteArray &prefix,
                               const ExchangeHandler &handler, const QString &reason) {
                const quint64 id = m_owner.take(connection);
                m_running.remove(id);
                onRefused(connection, {id, request, prefix, handler}, reason);
            });
    connect(connection, &HttpConnection::staleConnection, this,
            [this, connection](const HttpRequest &request, const QByteArray &prefix,
                               const ExchangeHandler &handler) {
                // The daemon had closed the pooled connection: once on a fresh one,
                // under the same exchange id so abort() still finds it.
                qCDebug(lcDocker) << "retrying" << request.summary() << "on a new connection";
                const quint64 id = m_owner.take(connection);
                m_running.remove(id);
                m_queue.push_front({id, request, prefix, handler});
                scheduleDispatch();
            });
    return connection;
}

void StreamTransport::run(Pending pending)
{
    HttpConnection *connection = takeIdle();
    if (!connection)
        connection = openConnection();
    m_running.insert(pending.id, connection);
    m_owner.insert(connection, pending.id);
    connection->start(pending.request, pending.pathPrefix, std::move(pending.handler));
}

void StreamTransport::onRefused(HttpConnection *connection, Pending pending, const QString &reason)
{
    int open = 0;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c != connection
            && (c->state() == HttpConnection::State::Busy
                || c->state() == HttpConnection::State::Idle))
            ++open;
    }
    if (open == 0) {
        m_streaming.removeAll(pending.id);
        if (pending.handler.onFailed)
            pending.handler.onFailed(reason);
        return;
    }
    // The daemon takes no more connections (a connection limit, a full backlog): wait for
    // one of the open ones, and keep the pool at the size it accepted.
    qCDebug(lcDocker) << "the daemon refused connection" << open + 1 << "(" << reason
                      << "); queueing" << pending.request.summary();
    m_acceptedByDaemon = open;
    m_queue.push_front(std::move(pending));
    scheduleDispatch();
}

void StreamTransport::forget(HttpConnection *connection)
{
    const quint64 id = m_owner.take(connection);
    m_running.remove(id);
    m_streaming.removeAll(id);
    m_idleSince.remove(connection);
    m_connections.removeAll(connection);
    connection->deleteLater();
    if (m_connections.isEmpty())
        m_acceptedByDaemon = 0; // a later burst may try again
    dispatch();
}

void StreamTransport::release(HttpConnection *connection)
{
    const quint64 id = m_owner.take(connection);
    m_running.remove(id);
    m_streaming.removeAll(id);
    m_idleSince.insert(connection, m_clock.elapsed());
    if (!m_idleTimer->isActive())
        m_idleTimer->start();
    dispatch();
}

void StreamTransport::closeIdle()
{
    const qint64 now = m_clock.elapsed();
    const QList<HttpConnection *> idle = m_idleSince.keys();
    for (HttpConnection *c : idle) {
        if (m_idleSince.contains(c) && now - m_idleSince.value(c) >= m_idleTimeoutMs)
            c->abort(); // becameClosed() forgets it
    }
    if (m_idleSince.isEmpty())
        m_idleTimer->stop();
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
