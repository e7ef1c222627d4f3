// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Maestro::Docker {

// A bidirectional byte stream to a daemon that the HTTP codec runs over: a unix socket
// (LocalByteStream), TCP (TcpByteStream), TLS through a tunnel (TlsByteStream) or an SSH
// channel (SshChannelStream). I/O thread only.
// Signals: opened() once connected; readyRead() when read() has data; closed() when the
// peer closed (after the last readyRead); failed() on an error (then no more signals).
class ByteStream : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void open() = 0;
    virtual void write(const QByteArray &data) = 0;
    virtual QByteArray read() = 0;
    virtual void close() = 0; // no signals after this

protected:
    // Emits failed(reason) from the event loop, never from inside write() (the HTTP layer
    // may be on the stack), and not at all once `*closed` is set (by close()).
    void emitFailedLater(const QString &reason, const bool *closed)
    {
        QMetaObject::invokeMethod(
            this,
            [this, reason, closed] {
                if (!*closed)
                    emit failed(reason);
            },
            Qt::QueuedConnection);
    }

signals:
    void opened();
    void readyRead();
    void closed();
    void failed(const QString &reason);
};

} // namespace Maestro::Docker
