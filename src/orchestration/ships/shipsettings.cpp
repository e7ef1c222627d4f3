// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipsettings.h"

namespace Maestro::Orchestration {

Docker::ConnectionSettings connectionSettingsFor(const Core::Ship &ship, const QString &baseDir)
{
    Docker::ConnectionSettings s;
    s.shipName = ship.name;
    s.endpoint = ship.endpoint.isEmpty() ? ship.ip : ship.endpoint;
    s.dockerPort = ship.dockerPort;
    s.socketPath = ship.socketPath;
    s.tls = ship.tls;
    s.tlsVerify = ship.tlsVerify;
    s.tlsCaCert = ship.tlsCaCert;
    s.tlsCert = ship.tlsCert;
    s.tlsKey = ship.tlsKey;
    s.sslVersion = ship.sslVersion;
    if (ship.sshTunnel) {
        Docker::SshTunnelSettings t;
        t.user = ship.sshTunnel->user;
        t.keyPath = ship.sshTunnel->key;
        t.port = ship.sshTunnel->port;
        t.socketPath = ship.sshTunnel->socketPath;
        s.sshTunnel = t;
    }
    s.apiVersion = ship.apiVersion;
    // Spec 5.1: 0 (or less) means the default of 5 seconds.
    s.timeoutSeconds = ship.timeout > 0 ? ship.timeout : 5;
    s.baseDirectory = baseDir;
    return s;
}

} // namespace Maestro::Orchestration
