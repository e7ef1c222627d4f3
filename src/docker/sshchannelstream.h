// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/bytestream.h"

#include <QPointer>

struct ssh_channel_struct;

namespace Maestro::Docker {

class SshSession;

// A ByteStream over one SSH channel to the remote daemon (its TCP port, or its unix socket
// through direct-streamlocal). The SshSession opens the channel and pumps its data; one
// HTTP connection of the pool runs over each channel, so requests reuse open channels.
// I/O thread only.
class SshChannelStream final : public ByteStream
{
    Q_OBJECT
public:
    explicit SshChannelStream(SshSession *session, QObject *parent = nullptr);
    ~SshChannelStream() override;

    void open() override;
    void write(const QByteArray &data) override;
    QByteArray read() override;
    void close() override;

    // Called by the session.
    ssh_channel_struct *channel() const { return m_channel; }
    void setChannel(ssh_channel_struct *channel) { m_channel = channel; }
    void channelOpened();
    void deliver(const QByteArray &data);
    void remoteClosed();
    void fail(const QString &reason);
    bool isDone() const { return m_done; }

private:
    QPointer<SshSession> m_session;
    ssh_channel_struct *m_channel = nullptr;
    QByteArray m_buffer;
    bool m_done = false;
};

} // namespace Maestro::Docker
