// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/tlsbytestream.h"

#include "docker/tlsconfiguration.h"
#include "docker/tr.h"

#include <QLocalSocket>
#include <QSslCipher>
#include <QSslSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

TlsByteStream::TlsByteStream(ByteStream *inner, QSslConfiguration configuration, QString peerName,
                             QObject *parent)
    : ByteStream(parent)
    , m_inner(inner)
    , m_configuration(std::move(configuration))
    , m_peerName(std::move(peerName))
{
    m_inner->setParent(this);
}

TlsByteStream::~TlsByteStream()
{
    close();
}

void TlsByteStream::open()
{
    connect(m_inner, &ByteStream::opened, this, &TlsByteStream::startHandshake);
    connect(m_inner, &ByteStream::readyRead, this, [this] {
        if (m_relay)
            m_relay->write(m_inner->read());
    });
    connect(m_inner, &ByteStream::closed, this, [this] {
        // The daemon's side is gone: end the ciphertext stream so QSslSocket sees EOF after
        // whatever is still in flight.
        if (m_relay)
            m_relay->disconnectFromServer();
        else
            fail(Tr::tr("the tunnel closed before the TLS handshake"));
    });
    connect(m_inner, &ByteStream::failed, this, &TlsByteStream::fail);
    m_inner->open();
}

void TlsByteStream::startHandshake()
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        fail(Tr::tr("cannot create a socket pair for TLS: %1")
                 .arg(QString::fromLocal8Bit(strerror(errno))));
        return;
    }
    m_relay = new QLocalSocket(this);
    m_tls = new QSslSocket(this);
    if (!m_relay->setSocketDescriptor(fds[1]) || !m_tls->setSocketDescriptor(fds[0])) {
        ::close(fds[0]);
        ::close(fds[1]);
        fail(Tr::tr("cannot set up the TLS socket pair"));
        return;
    }
    connect(m_relay, &QLocalSocket::readyRead, this,
            [this] { m_inner->write(m_relay->readAll()); });
    connect(m_tls, &QSslSocket::encrypted, this, [this] {
        m_encrypted = true;
        emit opened();
    });
    connect(m_tls, &QSslSocket::readyRead, this, [this] {
        if (!m_done)
            emit readyRead();
    });
    connect(m_tls, &QSslSocket::disconnected, this, [this] {
        if (m_done)
            return;
        if (!m_encrypted) {
            fail(handshakeErrorText());
            return;
        }
        m_done = true;
        emit closed();
    });
    connect(m_tls, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_done || (m_encrypted && error == QAbstractSocket::RemoteHostClosedError))
            return; // an orderly end: disconnected() reports it
        fail(m_encrypted ? Tr::tr("TLS error: %1").arg(m_tls->errorString())
                         : handshakeErrorText());
    });
    m_tls->setSslConfiguration(m_configuration);
    m_tls->setPeerVerifyName(m_peerName);
    m_tls->startClientEncryption();
}

QString TlsByteStream::handshakeErrorText() const
{
    return Tr::tr("TLS handshake with %1 through the SSH tunnel failed: %2")
        .arg(m_peerName, m_tls ? TlsConfiguration::handshakeErrors(*m_tls) : QString());
}

QString TlsByteStream::sessionDescription() const
{
    if (!m_tls || !m_encrypted)
        return {};
    const QSslCertificate peer = m_tls->peerCertificate();
    return Tr::tr("%1, certificate of %2 issued by %3")
        .arg(m_tls->sessionCipher().protocolString(),
             peer.subjectInfo(QSslCertificate::CommonName).join(u", "_s),
             peer.issuerInfo(QSslCertificate::CommonName).join(u", "_s));
}

void TlsByteStream::write(const QByteArray &data)
{
    if (m_tls && m_encrypted && !m_done)
        m_tls->write(data);
}

QByteArray TlsByteStream::read()
{
    return m_tls ? m_tls->readAll() : QByteArray();
}

void TlsByteStream::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    emitFailedLater(reason, &m_closed);
}

void TlsByteStream::close()
{
    m_done = true;
    m_closed = true;
    if (m_tls)
        m_tls->disconnect(this);
    if (m_relay)
        m_relay->disconnect(this);
    m_inner->disconnect(this);
    m_inner->close();
    if (m_tls)
        m_tls->abort();
    if (m_relay)
        m_relay->abort();
}

} // namespace Maestro::Docker
