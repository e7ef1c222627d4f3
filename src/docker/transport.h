// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/httprequest.h"
#include "docker/httpresponseparser.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Maestro::Docker {

// What a transport reports about one exchange, always on the I/O thread and never from
// inside send(). Exactly one of onFinished/onFailed ends an exchange, unless it was
// aborted, after which nothing is called.
struct ExchangeHandler
{
    std::function<void(const HttpResponseHead &)> onHead;
    std::function<void(const QByteArray &)> onBody; // decoded body bytes, as they arrive
    std::function<void()> onFinished;
    std::function<void(const QString &reason)> onFailed; // transport-level, no secrets
};

// Moves HTTP exchanges to one daemon. Lives on the client's I/O thread and is used only
// there. The implementation is StreamTransport (the project's HTTP/1.1 codec over unix
// sockets, TCP, TLS and SSH channels); the interface keeps EngineConnection independent of it.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `pathPrefix` is the API version prefix ("/v1.41") or empty.
    virtual quint64 send(const HttpRequest &request, const QByteArray &pathPrefix,
                         ExchangeHandler handler)
        = 0;
    // Stops an exchange; its connection is closed (a half-read response cannot be reused).
    virtual void abort(quint64 exchangeId) = 0;
    // Number of open connections (pooled or busy): lets tests prove reuse.
    virtual int openConnectionCount() const = 0;
    // Connections opened since the transport was created.
    virtual int connectionsOpened() const = 0;
    // Lets at least `limit` ordinary requests run at once (never lowers the limit).
    virtual void raiseRequestLimit(int limit) = 0;
    // Marks an exchange as a long-lived stream: it does not count against the limit.
    virtual void setStreaming(quint64 exchangeId) = 0;
};

} // namespace Maestro::Docker
