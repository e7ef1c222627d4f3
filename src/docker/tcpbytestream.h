// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/bytestream.h"

#include <QSslConfiguration>

#include <optional>

class QSslSocket;

namespace Maestro::Docker {

// A ByteStream over TCP to host:port, plain or, with an SSL configuration, TLS (the peer
// name checked against the certificate is `host`, as for QNetworkAccessManager). No proxy,
// Nagle off. opened() comes once connected (TLS: once the handshake succeeded); a failed
// handshake gives failed() naming the certificate problems. I/O thread only.
class TcpByteStream final : public ByteStream
{
    Q_OBJECT
public:
    TcpByteStream(QString host, quint16 port, std::optional<QSslConfiguration> ssl,
                  QObject *parent = nullptr);
    ~TcpByteStream() override;

    void open() override;
    void write(const QByteArray &data) override;
    QByteArray read() override;
    void close() override;

private:
    void fail(const QString &reason);
    QString openErrorText(bool handshake) const;

    QString m_host;
    quint16 m_port;
    std::optional<QSslConfiguration> m_ssl;
    QSslSocket *m_socket;
    bool m_ready = false; // connected, and encrypted when TLS
    bool m_done = false;
    bool m_closed = false; // by the owner: no signals any more
};

} // namespace Maestro::Docker
