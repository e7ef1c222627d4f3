// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/localbytestream.h"

#include "docker/tr.h"

#include <QCoreApplication>
#include <QLocalSocket>

namespace Maestro::Docker {

QString LocalByteStream::describe(int error) const
{
    // QLocalSocket's own texts ("connectToServer: Invalid name") do not say what to check.
    switch (QLocalSocket::LocalSocketError(error)) {
    case QLocalSocket::ServerNotFoundError:
        return Tr::tr("cannot connect: no socket at %1 (is the daemon running?)").arg(m_path);
    case QLocalSocket::ConnectionRefusedError:
        return Tr::tr("cannot connect: connection refused at %1").arg(m_path);
    case QLocalSocket::SocketAccessError:
        return Tr::tr("cannot connect: permission denied on %1 (docker group?)").arg(m_path);
    case QLocalSocket::SocketTimeoutError:
        return Tr::tr("socket operation timed out");
    default:
        return m_socket->errorString();
    }
}

LocalByteStream::LocalByteStream(const QString &socketPath, QObject *parent)
    : ByteStream(parent)
    , m_path(socketPath)
    , m_socket(new QLocalSocket(this))
{
    connect(m_socket, &QLocalSocket::connected, this, &ByteStream::opened);
    connect(m_socket, &QLocalSocket::readyRead, this, &ByteStream::readyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        if (m_done)
            return;
        m_done = true;
        // Data may still sit in the buffer when the peer closes: hand it out first.
        if (m_socket->bytesAvailable() > 0)
            emit readyRead();
        emit closed();
    });
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError e) {
        if (m_done)
            return;
        // The peer closing is reported as an error too; disconnected() handles it.
        if (e == QLocalSocket::PeerClosedError)
            return;
        m_done = true;
        emit failed(describe(e));
    });
}

LocalByteStream::~LocalByteStream()
{
    close();
}

void LocalByteStream::open()
{
    m_socket->connectToServer(m_path, QIODevice::ReadWrite);
}

void LocalByteStream::write(const QByteArray &data)
{
    m_socket->write(data);
}

QByteArray LocalByteStream::read()
{
    return m_socket->readAll();
}

void LocalByteStream::close()
{
    m_done = true;
    m_socket->disconnect(this);
    m_socket->abort();
}

} // namespace Maestro::Docker
