// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/transport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>

#include <deque>
#include <functional>

class QTimer;

namespace Maestro::Docker {

class ByteStream;
class HttpConnection;

// Transport over byte streams (unix socket, TCP, TLS, SSH channels) with the project's own
// HTTP/1.1 codec and a pool of persistent connections: an idle connection is reused before
// a new one is opened; at most requestLimit() carry ordinary requests at once (long-lived
// streams — events, followed logs, waits — do not count, so they never take a slot a
// request needs). Idle connections are closed after IdleTimeoutMs. When the daemon refuses
// a new connection while others are open, the request waits for one of those instead of
// failing, and the pool stays at the size the daemon accepted. I/O thread only.
class StreamTransport final : public Transport
{
    Q_OBJECT
public:
    static constexpr int DefaultRequestLimit = 6;
    static constexpr int IdleTimeoutMs = 30000;

    using StreamFactory = std::function<ByteStream *()>;

    StreamTransport(StreamFactory factory, QByteArray host, QObject *parent = nullptr);
    ~StreamTransport() override;

    quint64 send(const HttpRequest &request, const QByteArray &pathPrefix,
                 ExchangeHandler handler) override;
    void abort(quint64 exchangeId) override;
    int openConnectionCount() const override { return int(m_connections.size()); }
    int connectionsOpened() const override { return m_opened; }
    void raiseRequestLimit(int limit) override;
    void setStreaming(quint64 exchangeId) override;

    int requestLimit() const { return m_limit; }
    // Tests: how long an idle connection is kept.
    void setIdleTimeout(int ms);

private:
    struct Pending
    {
        quint64 id;
        HttpRequest request;
        QByteArray pathPrefix;
        ExchangeHandler handler;
    };
    void dispatch();
    void scheduleDispatch();
    void run(Pending pending);
    HttpConnection *openConnection();
    HttpConnection *takeIdle();
    void release(HttpConnection *connection);
    void forget(HttpConnection *connection);
    void onRefused(HttpConnection *connection, Pending pending, const QString &reason);
    void closeIdle();
    int busyCount() const;
    int effectiveLimit() const;

    StreamFactory m_factory;
    QByteArray m_host;
    QList<HttpConnection *> m_connections;
    QHash<quint64, HttpConnection *> m_running;  // exchange -> connection
    QHash<HttpConnection *, quint64> m_owner;    // connection -> exchange
    QHash<HttpConnection *, qint64> m_idleSince; // m_clock's ms
    QList<quint64> m_streaming;
    std::deque<Pending> m_queue;
    QTimer *m_idleTimer;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    int m_opened = 0;
    int m_limit = DefaultRequestLimit;
    int m_acceptedByDaemon = 0; // 0: no refusal seen
    int m_idleTimeoutMs = IdleTimeoutMs;
    bool m_dispatchQueued = false;
};

} // namespace Maestro::Docker
