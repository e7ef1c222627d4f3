// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttp.h"

#include <QLocalSocket>
#include <QTcpSocket>

#include <memory>

namespace RawHttp {

namespace {
constexpr int kTimeoutMs = 120000;

std::unique_ptr<QIODevice> connectTo(const Maestro::Core::Ship &ship)
{
    if (!ship.socketPath.isEmpty()) {
        auto socket = std::make_unique<QLocalSocket>();
        socket->connectToServer(ship.socketPath);
        if (!socket->waitForConnected(kTimeoutMs))
            return {};
        return socket;
    }
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(ship.endpoint.isEmpty() ? ship.ip : ship.endpoint,
                          quint16(ship.dockerPort));
    if (!socket->waitForConnected(kTimeoutMs))
        return {};
    return socket;
}

bool waitForBytes(QIODevice *device)
{
    if (auto *local = qobject_cast<QLocalSocket *>(device))
        return local->waitForReadyRead(kTimeoutMs);
    return static_cast<QTcpSocket *>(device)->waitForReadyRead(kTimeoutMs);
}
} // namespace

Reply send(const Maestro::Core::Ship &ship, const QByteArray &method, const QByteArray &target,
           const QByteArray &jsonBody)
{
    const std::unique_ptr<QIODevice> device = connectTo(ship);
    if (!device)
        return {};
    QByteArray request = method + ' ' + target + " HTTP/1.0\r\nHost: docker\r\n";
    if (!jsonBody.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(jsonBody.size()) + "\r\n\r\n" + jsonBody;
    device->write(request);
    QByteArray response;
    // HTTP/1.0: the daemon closes the connection after the body.
    while (waitForBytes(device.get()))
        response += device->readAll();
    response += device->readAll();
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return {};
    const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
    return {statusLine.value(1).toInt(), response.mid(headEnd + 4)};
}

} // namespace RawHttp
