// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/connectionsettings.h"
#include "docker/hostkeyproblem.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

struct ssh_session_struct;
struct ssh_key_struct;
class QSocketNotifier;
class QTimer;

namespace Maestro::Docker {

class SshChannelStream;

// One SSH session to a ship (libssh, in-process, non-blocking, driven by socket notifiers on
// the I/O thread). Opened on the first channel request (KW-30) with SSH_OPTIONS_NODELAY;
// checks the host key against known_hosts (OpenSSH format) and refuses unknown or changed
// keys with a message naming the host and the key's SHA256 fingerprint, unless the settings
// trust unknown keys (never changed ones); authenticates with a key file (OpenSSH or PEM,
// passphrase through the settings' callback) or ssh-agent. If the session fails, the next
// channel request starts a new one. I/O thread only.
class SshSession final : public QObject
{
    Q_OBJECT
public:
    explicit SshSession(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~SshSession() override;

    void openChannel(SshChannelStream *stream);
    void writeChannel(SshChannelStream *stream, const QByteArray &data);
    void releaseChannel(SshChannelStream *stream);

    // "[127.0.0.1]:2222" or "host": how known_hosts and messages name the server.
    QString hostLabel() const;
    // The key of the last attempt that failed because known_hosts did not vouch for it
    // (unknown or changed); reset by the next host key check.
    std::optional<HostKeyProblem> hostKeyProblem() const { return m_hostKeyProblem; }

private:
    enum class State { Idle, Connecting, Authenticating, Ready, Failed };

    void startSession();
    void step();
    bool verifyHost();
    bool loadKey();
    void tryAuthenticate();
    void pumpChannels();
    void openPending();
    void failAll(const QString &reason);
    void detachChannel(SshChannelStream *stream);
    void teardown();
    QString libsshError() const;

    ConnectionSettings m_settings;
    State m_state = State::Idle;
    ssh_session_struct *m_session = nullptr;
    ssh_key_struct *m_key = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_handshakeTick = nullptr;
    QTimer *m_deadline = nullptr;
    QList<SshChannelStream *> m_opening;
    QList<SshChannelStream *> m_open;
    QList<SshChannelStream *> m_attached; // hold a channel of m_session (open or not yet released)
    bool m_pumping = false;
    std::optional<HostKeyProblem> m_hostKeyProblem;
};

} // namespace Maestro::Docker
