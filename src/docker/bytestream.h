// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Maestro::Docker {

// A bidirectional byte stream to a daemon that the HTTP codec runs over: a unix socket
// (LocalByteStream) or an SSH channel (SshChannelStream). I/O thread only.
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

signals:
    void opened();
    void readyRead();
    void closed();
    void failed(const QString &reason);
};

} // namespace Maestro::Docker
