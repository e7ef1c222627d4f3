// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/sshsession.h"

#include "docker/logging.h"
#include "docker/sshchannelstream.h"
#include "docker/sshhostkey.h"
#include "docker/tlsconfiguration.h"
#include "docker/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <libssh/libssh.h>

#include <cstring>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

namespace {
struct PassphraseRequest
{
    const ConnectionSettings *settings;
    QString keyPath;
    bool asked = false;
    bool cancelled = false;
};

// libssh asks for a key's passphrase through this; the answer is copied into its buffer
// and never kept or logged.
int passphraseCallback(const char *, char *buf, size_t len, int, int, void *userdata)
{
    auto *request = static_cast<PassphraseRequest *>(userdata);
    request->asked = true;
    if (!request->settings->passphraseProvider) {
        request->cancelled = true;
        return -1;
    }
    std::optional<QString> answer = request->settings->passphraseProvider(
        Tr::tr("Passphrase for the SSH key %1:").arg(request->keyPath));
    if (!answer) {
        request->cancelled = true;
        return -1;
    }
    QByteArray bytes = answer->toUtf8();
    answer->fill(u'\0');
    if (size_t(bytes.size()) + 1 > len) {
        bytes.fill('\0');
        return -1;
    }
    std::memcpy(buf, bytes.constData(), size_t(bytes.size()) + 1);
    bytes.fill('\0');
    return 0;
}

} // namespace

SshSession::SshSession(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

SshSession::~SshSession()
{
    teardown(); // also forgets the channels the streams hold: ssh_free() frees them
}

QString SshSession::hostLabel() const
{
    const int port = m_settings.sshTunnel->port;
    return port == 22 ? m_settings.endpoint : u"[%1]:%2"_s.arg(m_settings.endpoint).arg(port);
}

QString SshSession::libsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

void SshSession::openChannel(SshChannelStream *stream)
{
    m_opening.append(stream);
    if (m_state == State::Ready && m_session && !ssh_is_connected(m_session)) {
        qCDebug(lcDocker) << "SSH session to" << hostLabel() << "was lost; reconnecting";
        const QList<SshChannelStream *> open = std::exchange(m_open, {});
        teardown();
        for (SshChannelStream *s : open)
            s->fail(Tr::tr("SSH connection to %1 lost").arg(hostLabel()));
    }
    if (m_state == State::Idle || m_state == State::Failed) {
        startSession();
        return;
    }
    if (m_state == State::Ready) {
        if (m_readNotifier)
            m_readNotifier->setEnabled(true);
        QTimer::singleShot(0, this, &SshSession::openPending);
    }
}

void SshSession::startSession()
{
    teardown();
    m_state = State::Connecting;
    m_session = ssh_new();
    if (!m_session) {
        failAll(Tr::tr("cannot create an SSH session"));
        return;
    }
    const SshTunnelSettings &tunnel = *m_settings.sshTunnel;
    const QByteArray host = m_settings.endpoint.toUtf8();
    const QByteArray user = tunnel.user.toUtf8();
    const QString knownHosts = SshHostKey::knownHostsPath(tunnel.knownHostsPath);
    const QByteArray knownHostsBytes = QFile::encodeName(knownHosts);
    unsigned int port = unsigned(tunnel.port > 0 ? tunnel.port : 22);
    int one = 1;
    long timeout = m_settings.timeoutSeconds;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    // ~/.ssh/config is read now, not inside ssh_connect(): there it would override what
    // the ship says (port, user) and the choices below (ciphers, no compression).
    ssh_options_parse_config(m_session, nullptr);
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHostsBytes.constData());
    // Only the given known_hosts decides; /etc/ssh/ssh_known_hosts must not widen it.
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &one);
    // AES-GCM runs on AES-NI where present: cheaper per request than chacha20-poly1305.
    static const char ciphers[] = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,"
                                  "chacha20-poly1305@openssh.com,aes128-ctr,aes256-ctr";
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, ciphers);
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, ciphers);
    // Docker API responses are small and the link is usually fast: compressing costs more
    // latency than it saves (and `Compression yes` in a user's config must not switch it on).
    ssh_options_set(m_session, SSH_OPTIONS_COMPRESSION, "no");
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    ssh_set_blocking(m_session, 0);

    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting || m_state == State::Authenticating)
            failAll(Tr::tr("SSH connection to %1 timed out after %2 s")
                        .arg(hostLabel())
                        .arg(m_settings.timeoutSeconds));
    });
    m_deadline->start(m_settings.timeoutSeconds * 1000);
    // libssh keeps its own output buffer during the handshake; a slow tick makes sure it is
    // flushed even when no read event comes (it is stopped once the session is ready).
    m_handshakeTick = new QTimer(this);
    connect(m_handshakeTick, &QTimer::timeout, this, &SshSession::step);
    m_handshakeTick->start(50);
    qCDebug(lcDocker) << "opening SSH session to" << hostLabel();
    step();
}

void SshSession::step()
{
    if (!m_session)
        return;
    if (m_state == State::Connecting) {
        const int rc = ssh_connect(m_session);
        if (!m_readNotifier && ssh_get_fd(m_session) != SSH_INVALID_SOCKET) {
            const qintptr fd = ssh_get_fd(m_session);
            m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
            connect(m_readNotifier, &QSocketNotifier::activated, this, [this] {
                if (m_state == State::Ready)
                    pumpChannels();
                else
                    step();
            });
            m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
            connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
                // Only the TCP connect needs a writable event.
                m_writeNotifier->setEnabled(false);
                step();
            });
        }
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK) {
            failAll(Tr::tr("cannot connect to SSH server %1: %2").arg(hostLabel(), libsshError()));
            return;
        }
        if (!verifyHost() || !loadKey())
            return;
        m_state = State::Authenticating;
    }
    if (m_state == State::Authenticating)
        tryAuthenticate();
}

bool SshSession::verifyHost()
{
    const ssh_known_hosts_e known = ssh_session_is_known_server(m_session);
    const int port = m_settings.sshTunnel->port > 0 ? m_settings.sshTunnel->port : 22;
    std::optional<HostKeyProblem> key
        = SshHostKey::fromSession(m_session, m_settings.endpoint, port);
    m_hostKeyProblem.reset();
    switch (known) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (m_settings.sshTunnel->trustUnknownHostKey) {
            const QString knownHosts
                = SshHostKey::knownHostsPath(m_settings.sshTunnel->knownHostsPath);
            QDir().mkpath(QFileInfo(knownHosts).absolutePath());
            if (ssh_session_update_known_hosts(m_session) != SSH_OK) {
                failAll(
                    Tr::tr("cannot record the host key of %1: %2").arg(hostLabel(), libsshError()));
                return false;
            }
            qCInfo(lcDocker).noquote()
                << "trusted new host key of" << hostLabel() << SshHostKey::describe(key);
            return true;
        }
        m_hostKeyProblem = key;
        failAll(Tr::tr("the SSH host key of %1 is unknown (%2); not trusted. Trust it to connect.")
                    .arg(hostLabel(), SshHostKey::describe(key)));
        return false;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        if (key)
            key->changed = true;
        m_hostKeyProblem = key;
        failAll(Tr::tr("the SSH host key of %1 has CHANGED (now %2); refusing to connect: "
                       "someone may be intercepting the connection, or the host was "
                       "reinstalled. Remove the old key from known_hosts if you trust the new one.")
                    .arg(hostLabel(), SshHostKey::describe(key)));
        return false;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    failAll(Tr::tr("cannot check the SSH host key of %1: %2").arg(hostLabel(), libsshError()));
    return false;
}

bool SshSession::loadKey()
{
    const QString keyPath = m_settings.sshTunnel->keyPath;
    if (keyPath.isEmpty())
        return true; // ssh-agent
    const QString resolved = TlsConfiguration::resolvePath(keyPath, m_settings.baseDirectory);
    const QByteArray path = QFile::encodeName(resolved);
    PassphraseRequest request{&m_settings, resolved};
    ssh_key key = nullptr;
    const int rc = ssh_pki_import_privkey_file(path.constData(), nullptr, passphraseCallback,
                                               &request, &key);
    if (rc != SSH_OK || !key) {
        QString why;
        if (!QFileInfo::exists(resolved))
            why = Tr::tr("file not found");
        else if (request.cancelled)
            why = Tr::tr("the key is protected by a passphrase and none was given");
        else if (request.asked)
            why = Tr::tr("wrong passphrase, or not a private key");
        else
            why = Tr::tr("not a readable OpenSSH or PEM private key");
        failAll(Tr::tr("cannot load the SSH key %1: %2").arg(resolved, why));
        return false;
    }
    m_key = key;
    return true;
}

void SshSession::tryAuthenticate()
{
    const int rc = m_key ? ssh_userauth_publickey(m_session, nullptr, m_key)
                         : ssh_userauth_agent(m_session, nullptr);
    if (rc == SSH_AUTH_AGAIN)
        return;
    if (rc != SSH_AUTH_SUCCESS) {
        failAll(
            m_key ? Tr::tr("SSH authentication as %1 on %2 with the key %3 was refused")
                        .arg(m_settings.sshTunnel->user, hostLabel(), m_settings.sshTunnel->keyPath)
                  : Tr::tr("SSH authentication as %1 on %2 through ssh-agent failed: %3")
                        .arg(m_settings.sshTunnel->user, hostLabel(), libsshError()));
        return;
    }
    qCDebug(lcDocker) << "SSH session to" << hostLabel() << "ready; cipher"
                      << ssh_get_cipher_out(m_session) << "/" << ssh_get_cipher_in(m_session);
    m_state = State::Ready;
    m_handshakeTick->stop();
    m_deadline->stop();
    openPending();
}

void SshSession::openPending()
{
    if (m_state != State::Ready)
        return;
    const QList<SshChannelStream *> opening = m_opening;
    for (SshChannelStream *stream : opening) {
        if (!m_opening.contains(stream))
            continue; // released by a callback
        if (!stream->channel()) {
            ssh_channel channel = ssh_channel_new(m_session);
            if (!channel) {
                m_opening.removeAll(stream);
                stream->fail(Tr::tr("cannot create an SSH channel: %1").arg(libsshError()));
                continue;
            }
            stream->setChannel(channel);
            m_attached.append(stream);
        }
        const SshTunnelSettings &tunnel = *m_settings.sshTunnel;
        int rc;
        if (!tunnel.socketPath.isEmpty()) {
            const QByteArray path = QFile::encodeName(tunnel.socketPath);
            rc = ssh_channel_open_forward_unix(stream->channel(), path.constData(), "127.0.0.1", 0);
        } else {
            rc = ssh_channel_open_forward(stream->channel(), "127.0.0.1",
                                          m_settings.effectiveDockerPort(), "127.0.0.1", 0);
        }
        if (rc == SSH_AGAIN)
            continue;
        m_opening.removeAll(stream);
        if (rc != SSH_OK) {
            if (!ssh_is_connected(m_session)) {
                // The session died while idle: fail everything; the next request reconnects.
                m_opening.append(stream);
                failAll(Tr::tr("SSH connection to %1 lost: %2").arg(hostLabel(), libsshError()));
                return;
            }
            ssh_channel_free(stream->channel());
            detachChannel(stream);
            stream->fail(Tr::tr("the SSH server %1 refused to forward to the daemon: %2")
                             .arg(hostLabel(), libsshError()));
            continue;
        }
        m_open.append(stream);
        stream->channelOpened();
    }
}

void SshSession::writeChannel(SshChannelStream *stream, const QByteArray &data)
{
    qsizetype offset = 0;
    while (offset < data.size()) {
        const int n = ssh_channel_write(stream->channel(), data.constData() + offset,
                                        uint32_t(data.size() - offset));
        if (n < 0) {
            stream->fail(Tr::tr("SSH channel write failed: %1").arg(libsshError()));
            return;
        }
        if (n == 0) {
            // Remote window full: libssh handles packets meanwhile; try again shortly.
            const QByteArray rest = data.mid(offset);
            QPointer<SshChannelStream> guard(stream);
            QTimer::singleShot(5, this, [this, guard, rest] {
                if (guard && guard->channel() && m_open.contains(guard.data()))
                    writeChannel(guard, rest);
            });
            return;
        }
        offset += n;
    }
}

void SshSession::pumpChannels()
{
    if (m_pumping || !m_session)
        return;
    m_pumping = true;
    char buffer[64 * 1024];
    bool progress = true;
    // Reading one channel may buffer packets of another: loop until a pass finds nothing.
    while (progress) {
        progress = false;
        openPending();
        const QList<SshChannelStream *> open = m_open;
        for (SshChannelStream *stream : open) {
            if (!m_open.contains(stream) || !stream->channel())
                continue;
            const int n = ssh_channel_read_nonblocking(stream->channel(), buffer, sizeof buffer, 0);
            if (n > 0) {
                progress = true;
                stream->deliver(QByteArray(buffer, n));
            } else if (n == SSH_ERROR) {
                m_open.removeAll(stream);
                stream->fail(
                    ssh_is_connected(m_session)
                        ? Tr::tr("SSH channel error: %1").arg(libsshError())
                        : Tr::tr("SSH connection to %1 lost: %2").arg(hostLabel(), libsshError()));
            } else if (ssh_channel_is_eof(stream->channel())
                       || ssh_channel_is_closed(stream->channel())) {
                m_open.removeAll(stream);
                stream->remoteClosed();
            }
        }
    }
    m_pumping = false;
    if (m_session && !ssh_is_connected(m_session)) {
        const QString reason
            = Tr::tr("SSH connection to %1 lost: %2").arg(hostLabel(), libsshError());
        failAll(reason);
        return;
    }
    // With no channel to read, nothing would consume the socket and a level-triggered
    // notifier would fire forever: pause it until the next channel is opened.
    if (m_open.isEmpty() && m_opening.isEmpty() && m_readNotifier)
        m_readNotifier->setEnabled(false);
}

void SshSession::releaseChannel(SshChannelStream *stream)
{
    m_opening.removeAll(stream);
    m_open.removeAll(stream);
    if (ssh_channel channel = stream->channel()) {
        detachChannel(stream);
        if (m_session && ssh_is_connected(m_session))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
    }
}

void SshSession::failAll(const QString &reason)
{
    qCDebug(lcDocker).noquote() << reason;
    const QList<SshChannelStream *> streams = m_opening + m_open;
    m_opening.clear();
    m_open.clear();
    teardown();
    m_state = State::Failed;
    for (SshChannelStream *s : streams)
        s->fail(reason);
}

void SshSession::detachChannel(SshChannelStream *stream)
{
    stream->setChannel(nullptr);
    m_attached.removeAll(stream);
}

void SshSession::teardown()
{
    // Every channel handed out belongs to the session: ssh_free() below frees them all, so
    // no stream may keep a pointer to one (also those already failed or at EOF, which
    // release theirs only later).
    for (SshChannelStream *s : std::exchange(m_attached, {}))
        s->setChannel(nullptr);
    // May run inside a notifier's or timer's own signal: never delete them directly.
    for (QObject *o :
         {static_cast<QObject *>(m_readNotifier), static_cast<QObject *>(m_writeNotifier),
          static_cast<QObject *>(m_handshakeTick), static_cast<QObject *>(m_deadline)}) {
        if (o) {
            o->disconnect(this);
            if (auto *n = qobject_cast<QSocketNotifier *>(o))
                n->setEnabled(false);
            if (auto *t = qobject_cast<QTimer *>(o))
                t->stop();
            o->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_handshakeTick = nullptr;
    m_deadline = nullptr;
    if (m_key) {
        ssh_key_free(m_key);
        m_key = nullptr;
    }
    if (m_session) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
    m_state = State::Idle;
}

} // namespace Maestro::Docker
