// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sourcelocation.h"

#include <QString>

#include <optional>

namespace Maestro::Core {

// `ssh_tunnel` of a ship (spec 5.3). `socketPath` is our extension: forward to a remote
// unix socket instead of the remote daemon's TCP port.
struct SshTunnel
{
    QString user;
    QString key; // empty: use ssh-agent
    int port = 22;
    QString socketPath;

    friend bool operator==(const SshTunnel &, const SshTunnel &) = default;
};

// A Docker host (spec 5). Values are final: ship_defaults already applied.
struct Ship
{
    QString name;
    QString ip;       // advertised to containers and used by checks
    QString endpoint; // how the daemon is reached (defaults to ip)
    int dockerPort = 2375;
    QString socketPath; // absolute, or empty
    QString apiVersion; // as written ("" when absent: negotiate, KW-29)
    int timeout = 5;    // seconds
    std::optional<SshTunnel> sshTunnel;
    bool tls = false;
    bool tlsVerify = false;
    QString tlsCaCert;
    QString tlsCert;
    QString tlsKey;
    std::optional<int> sslVersion;
    SourceLocation location;

    // The ship column of the status table (spec 5.5).
    QString displayName(bool showHosts = false) const { return showHosts ? ip : name; }
};

} // namespace Maestro::Core
