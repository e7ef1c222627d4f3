// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeregistry.h"

#include <QTcpSocket>

FakeRegistry::FakeRegistry(QByteArray user, QByteArray password, QObject *parent)
    : QObject(parent)
    , m_expectedAuthorization("Basic " + (user + ':' + password).toBase64())
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeRegistry::~FakeRegistry()
{
    // The sockets are the server's children: without their signals, before the members go.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FakeRegistry::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeRegistry::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort());
}

void FakeRegistry::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // The daemon tries HTTPS first: a TLS ClientHello is not HTTP, so hang up on it.
    if (!buffer.isEmpty() && !std::isalpha(static_cast<unsigned char>(buffer.at(0)))) {
        socket->abort();
        return;
    }
    qsizetype end;
    while ((end = buffer.indexOf("\r\n\r\n")) >= 0) { // GETs only: no bodies to skip
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        answer(socket, head);
    }
}

void FakeRegistry::answer(QTcpSocket *socket, const QByteArray &head)
{
    QByteArray authorization;
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "authorization")
            authorization = line.mid(colon + 1).trimmed();
    }
    const bool pathKnown = lines.value(0).startsWith("GET /v2/ ");
    QByteArray response;
    if (pathKnown && authorization == m_expectedAuthorization) {
        ++m_authorized;
        response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                   "Docker-Distribution-Api-Version: registry/2.0\r\nContent-Length: 2\r\n\r\n{}";
    } else {
        if (!authorization.isEmpty())
            ++m_rejected;
        const QByteArray body
            = R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})";
        response = "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                   "Docker-Distribution-Api-Version: registry/2.0\r\n"
                   "WWW-Authenticate: Basic realm=\"mdt-fake-registry\"\r\n"
                   "Content-Length: "
                   + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    socket->write(response);
}
