// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/bytestream.h"

class QLocalSocket;

namespace Maestro::Docker {

// A ByteStream over a unix socket (QLocalSocket). I/O thread only.
class LocalByteStream final : public ByteStream
{
    Q_OBJECT
public:
    LocalByteStream(const QString &socketPath, QObject *parent = nullptr);
    ~LocalByteStream() override;

    void open() override;
    void write(const QByteArray &data) override;
    QByteArray read() override;
    void close() override;

private:
    QString describe(int error) const;

    QString m_path;
    QLocalSocket *m_socket = nullptr;
    bool m_done = false;
};

} // namespace Maestro::Docker
