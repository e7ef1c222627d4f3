// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/sshchannelstream.h"

#include "docker/sshsession.h"

namespace Maestro::Docker {

SshChannelStream::SshChannelStream(SshSession *session, QObject *parent)
    : ByteStream(parent)
    , m_session(session)
{}

SshChannelStream::~SshChannelStream()
{
    close();
}

void SshChannelStream::open()
{
    if (m_session)
        m_session->openChannel(this);
}

void SshChannelStream::write(const QByteArray &data)
{
    if (m_session && m_channel && !m_done)
        m_session->writeChannel(this, data);
}

QByteArray SshChannelStream::read()
{
    QByteArray out;
    out.swap(m_buffer);
    return out;
}

void SshChannelStream::close()
{
    m_done = true;
    if (m_session)
        m_session->releaseChannel(this);
    m_channel = nullptr;
}

void SshChannelStream::channelOpened()
{
    if (!m_done)
        emit opened();
}

void SshChannelStream::deliver(const QByteArray &data)
{
    if (m_done)
        return;
    m_buffer.append(data);
    emit readyRead();
}

void SshChannelStream::remoteClosed()
{
    if (m_done)
        return;
    m_done = true;
    emit closed();
}

void SshChannelStream::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    // Queued: a failed write must not call back into the HTTP layer from inside write().
    QMetaObject::invokeMethod(
        this, [this, reason] { emit failed(reason); }, Qt::QueuedConnection);
}

} // namespace Maestro::Docker
