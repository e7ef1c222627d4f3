// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/httprequest.h"

namespace Maestro::Docker {

HttpRequest HttpRequest::get(QByteArray target)
{
    HttpRequest r;
    r.target = std::move(target);
    return r;
}

HttpRequest HttpRequest::post(QByteArray target)
{
    HttpRequest r;
    r.method = "POST";
    r.target = std::move(target);
    return r;
}

HttpRequest HttpRequest::postJson(QByteArray target, QByteArray json)
{
    HttpRequest r = post(std::move(target));
    r.body = std::move(json);
    r.contentType = "application/json";
    return r;
}

HttpRequest HttpRequest::del(QByteArray target)
{
    HttpRequest r;
    r.method = "DELETE";
    r.target = std::move(target);
    return r;
}

QByteArray HttpRequest::serialize(const QByteArray &pathPrefix, const QByteArray &host) const
{
    QByteArray out;
    out.reserve(128 + target.size() + body.size());
    out += method;
    out += ' ';
    out += pathPrefix;
    out += target;
    out += " HTTP/1.1\r\nHost: ";
    out += host;
    out += "\r\nUser-Agent: maestro-desktop\r\n";
    for (const auto &[name, value] : headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    // POST without a body still needs a length, or the daemon waits for one.
    if (!body.isEmpty() || method != "GET") {
        if (!body.isEmpty() && !contentType.isEmpty()) {
            out += "Content-Type: ";
            out += contentType;
            out += "\r\n";
        }
        out += "Content-Length: ";
        out += QByteArray::number(body.size());
        out += "\r\n";
    }
    out += "\r\n";
    out += body;
    return out;
}

QByteArray HttpRequest::summary() const
{
    const qsizetype query = target.indexOf('?');
    return method + ' ' + (query < 0 ? target : target.left(query));
}

} // namespace Maestro::Docker
