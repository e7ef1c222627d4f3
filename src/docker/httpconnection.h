// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/bytestream.h"
#include "docker/httpresponseparser.h"
#include "docker/transport.h"

#include <QObject>

namespace Maestro::Docker {

// One persistent HTTP/1.1 connection over a ByteStream: sends one request at a time, parses
// the response with HttpResponseParser and reports it through an ExchangeHandler. After a
// response that allows it, the connection becomes idle and can carry the next request.
// I/O thread only.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    enum class State { Unopened, Opening, Idle, Busy, Closed };

    HttpConnection(ByteStream *stream, QByteArray host, QObject *parent = nullptr);
    ~HttpConnection() override;

    State state() const { return m_state; }
    bool wasUsed() const { return m_exchanges > 0; }

    // Sends `request` (opening the stream first if needed). Only when Unopened or Idle.
    void start(const HttpRequest &request, const QByteArray &pathPrefix, ExchangeHandler handler);
    // Drops the current exchange without further callbacks and closes the connection.
    void abort();

signals:
    // The exchange is over and the connection can be reused.
    void becameIdle();
    // The connection is gone (closed by either side, failed, or aborted).
    void becameClosed();
    // A request on a reused connection met a connection the peer had already closed,
    // before any response byte: the caller may retry it on a fresh connection.
    void staleConnection(const HttpRequest &request, const QByteArray &pathPrefix,
                         const ExchangeHandler &handler);
    // The stream could not be opened (refused, unreachable, handshake failed): the exchange
    // is handed back, not failed, so the caller may wait for another connection instead.
    void openFailed(const HttpRequest &request, const QByteArray &pathPrefix,
                    const ExchangeHandler &handler, const QString &reason);

private:
    void onOpened();
    void onReadyRead();
    void onClosed();
    bool retryIfStale();
    void onFailed(const QString &reason);
    void deliver();
    void finishExchange(bool ok, const QString &reason);
    void closeConnection();

    ByteStream *m_stream;
    QByteArray m_host;
    HttpResponseParser m_parser;
    State m_state = State::Unopened;
    HttpRequest m_request;
    QByteArray m_pathPrefix;
    ExchangeHandler m_handler;
    bool m_headReported = false;
    bool m_gotBytes = false;
    bool m_extraBytes = false;
    int m_exchanges = 0;
};

} // namespace Maestro::Docker
