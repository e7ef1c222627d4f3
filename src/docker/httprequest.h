// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Maestro::Docker {

// One HTTP/1.1 request to the Docker daemon, independent of the transport. `target` is the
// path and query without the API version prefix (`/containers/json?all=1`); the connection
// adds `/v1.41` unless `versioned` is false. Plain data; safe to copy between threads.
struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType; // sent as Content-Type when the body is not empty
    bool versioned = true;

    static HttpRequest get(QByteArray target);
    static HttpRequest post(QByteArray target);
    static HttpRequest postJson(QByteArray target, QByteArray json);
    static HttpRequest del(QByteArray target);

    // The request line and headers for a stream transport (unix socket, SSH channel), with
    // `Host`, `Content-Length` and `Content-Type` added; `pathPrefix` is the version prefix.
    QByteArray serialize(const QByteArray &pathPrefix, const QByteArray &host) const;

    // "GET /containers/json": for error texts and logs (never headers or the body, which may
    // hold credentials).
    QByteArray summary() const;
};

} // namespace Maestro::Docker
