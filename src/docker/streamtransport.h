// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/transport.h"

#include <QHash>
#include <QList>

#include <deque>
#include <functional>

namespace Maestro::Docker {

class ByteStream;
class HttpConnection;

// Transport over byte streams (unix socket, SSH channels) with the project's own HTTP/1.1
// codec and a small pool of persistent connections: an idle connection is reused before a
// new one is opened; at most MaxConnections carry requests at once (streams, which can
// last forever, do not count) and at most MaxIdle wait for the next request.
// I/O thread only.
class StreamTransport final : public Transport
{
    Q_OBJECT
public:
    static constexpr int MaxConnections = 6;
    static constexpr int MaxIdle = MaxConnections;

    using StreamFactory = std::function<ByteStream *()>;

    StreamTransport(StreamFactory factory, QByteArray host, QObject *parent = nullptr);
    ~StreamTransport() override;

    quint64 send(const HttpRequest &request, const QByteArray &pathPrefix,
                 ExchangeHandler handler) override;
    void abort(quint64 exchangeId) override;
    int openConnectionCount() const override { return int(m_connections.size()); }
    int connectionsOpened() const override { return m_opened; }

    // Marks an exchange as a long-lived stream (outside the connection limit).
    void setStreaming(quint64 exchangeId);

private:
    struct Pending
    {
        quint64 id;
        HttpRequest request;
        QByteArray pathPrefix;
        ExchangeHandler handler;
    };
    void dispatch();
    void run(Pending pending);
    HttpConnection *takeIdle();
    void release(HttpConnection *connection);
    int busyCount() const;

    StreamFactory m_factory;
    QByteArray m_host;
    QList<HttpConnection *> m_connections;
    QHash<quint64, HttpConnection *> m_running; // exchange -> connection
    QHash<HttpConnection *, quint64> m_owner;   // connection -> exchange
    QList<quint64> m_streaming;
    std::deque<Pending> m_queue;
    quint64 m_nextId = 1;
    int m_opened = 0;
    bool m_dispatchQueued = false;
};

} // namespace Maestro::Docker
