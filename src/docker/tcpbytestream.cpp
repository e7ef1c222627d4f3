// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/tcpbytestream.h"

#include "docker/tlsconfiguration.h"
#include "docker/tr.h"

#include <QNetworkProxy>
#include <QSslSocket>

namespace Maestro::Docker {

TcpByteStream::TcpByteStream(QString host, quint16 port, std::optional<QSslConfiguration> ssl,
                             QObject *parent)
    : ByteStream(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_ssl(std::move(ssl))
    , m_socket(new QSslSocket(this))
{
    m_socket->setProxy(QNetworkProxy::NoProxy);
    const auto ready = [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_ready = true;
        emit opened();
    };
    if (m_ssl)
        connect(m_socket, &QSslSocket::encrypted, this, ready);
    else
        connect(m_socket, &QSslSocket::connected, this, ready);
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        if (!m_done)
            emit readyRead();
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_done)
            return;
        if (!m_ready) {
            fail(openErrorText(bool(m_ssl)));
            return;
        }
        m_done = true;
        // Data may still sit in the buffer when the peer closes: hand it out first.
        if (m_socket->bytesAvailable() > 0)
            emit readyRead();
        emit closed();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (m_done || (m_ready && e == QAbstractSocket::RemoteHostClosedError))
            return; // an orderly end: disconnected() reports it
        const bool inHandshake = m_ssl && !m_ready
                                 && (e == QAbstractSocket::SslHandshakeFailedError
                                     || e == QAbstractSocket::RemoteHostClosedError
                                     || !m_socket->sslHandshakeErrors().isEmpty());
        fail(openErrorText(inHandshake));
    });
}

QString TcpByteStream::openErrorText(bool handshake) const
{
    if (!handshake)
        return m_socket->errorString();
    return Tr::tr("TLS handshake with %1 failed: %2")
        .arg(m_host, TlsConfiguration::handshakeErrors(*m_socket));
}

TcpByteStream::~TcpByteStream()
{
    close();
}

void TcpByteStream::open()
{
    if (m_ssl) {
        m_socket->setSslConfiguration(*m_ssl);
        m_socket->connectToHostEncrypted(m_host, m_port);
    } else {
        m_socket->connectToHost(m_host, m_port);
    }
}

void TcpByteStream::write(const QByteArray &data)
{
    if (m_ready && !m_done)
        m_socket->write(data);
}

QByteArray TcpByteStream::read()
{
    return m_socket->readAll();
}

void TcpByteStream::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    emitFailedLater(reason, &m_closed);
}

void TcpByteStream::close()
{
    m_done = true;
    m_closed = true;
    m_socket->disconnect(this);
    m_socket->abort();
}

} // namespace Maestro::Docker
