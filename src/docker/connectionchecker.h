// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/connectioncheck.h"

#include <QHostAddress>

#include <memory>

namespace Maestro::Docker {

class ByteStream;
class SshSession;

// The work behind checkConnection(): runs the steps for one ship, in order, on the calling
// thread (which must have an event dispatcher: SSH and name lookups wait in local event
// loops, each bounded by the settings' timeout). One instance per check.
class ConnectionChecker final
{
public:
    using StepCallback = std::function<void(const ConnectionCheckStep &)>;

    ConnectionChecker(ConnectionSettings settings, StepCallback onStep);
    ~ConnectionChecker();

    QList<ConnectionCheckStep> run();

    // The steps that apply to a ship's transport, in the order they run.
    static QList<ConnectionCheckStep::Kind> stepsFor(const ConnectionSettings &settings);

private:
    struct Outcome
    {
        bool passed = false;
        QString detail;
        std::optional<HostKeyProblem> hostKey;
    };

    Outcome runStep(ConnectionCheckStep::Kind kind);
    Outcome resolve();
    Outcome connect();
    Outcome tlsHandshake();
    Outcome tlsThroughTunnel();
    // Opens `stream` and waits for opened() or failed(); nullopt when it opened in time.
    std::optional<QString> openStream(ByteStream *stream, const QString &timeoutText);
    Outcome sshAuth();
    Outcome apiVersion();
    QString host() const { return m_settings.endpoint; }
    int tcpPort() const;

    ConnectionSettings m_settings;
    StepCallback m_onStep;
    int m_timeoutMs;
    QHostAddress m_address;
    std::unique_ptr<SshSession> m_ssh; // from SshAuth, reused for TLS through the tunnel
};

} // namespace Maestro::Docker
