// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/bytestream.h"

#include <QSslConfiguration>

class QLocalSocket;
class QSslSocket;

namespace Maestro::Docker {

// TLS over another ByteStream: used for `ssh_tunnel` + `tls` ships (spec 5), where the
// daemon's TLS port is reached through an SSH channel. The ciphertext runs over an internal
// socket pair: QSslSocket owns one end (so certificate checks are exactly those of the TLS
// transport, with the peer name given here, the ship's endpoint), the other end is relayed
// to and from the inner stream. opened() comes once the handshake succeeded; a failed
// handshake gives failed() naming the certificate problem. I/O thread only.
class TlsByteStream final : public ByteStream
{
    Q_OBJECT
public:
    TlsByteStream(ByteStream *inner, QSslConfiguration configuration, QString peerName,
                  QObject *parent = nullptr);
    ~TlsByteStream() override;

    void open() override;
    void write(const QByteArray &data) override;
    QByteArray read() override;
    void close() override;

    // The negotiated protocol and the peer certificate's names, after opened().
    QString sessionDescription() const;

private:
    void startHandshake();
    void fail(const QString &reason);
    QString handshakeErrorText() const;

    ByteStream *m_inner;
    QSslConfiguration m_configuration;
    QString m_peerName;
    QSslSocket *m_tls = nullptr;
    QLocalSocket *m_relay = nullptr;
    bool m_encrypted = false;
    bool m_done = false;
    bool m_closed = false; // by the owner: no signals any more
};

} // namespace Maestro::Docker
