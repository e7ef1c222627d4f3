// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace Maestro::Docker {

// How to reach a ship's SSH server and, through it, the daemon (`ssh_tunnel`).
struct SshTunnelSettings
{
    QString user;
    QString keyPath; // empty: authenticate through ssh-agent ($SSH_AUTH_SOCK)
    int port = 22;
    QString socketPath;     // our extension: remote unix socket; empty: remote docker_port
    QString knownHostsPath; // empty: ~/.ssh/known_hosts
    // Accept and record a host key that known_hosts does not list yet (never a changed
    // one). The CLI sets it from --trust-new-host-keys, the GUI after asking the user.
    bool trustUnknownHostKey = false;
};

// Asked for a key's passphrase; called on the client's I/O thread (the GUI must marshal to
// its own thread). Returns nullopt when the user cancels. The prompt names the key file.
using PassphraseProvider = std::function<std::optional<QString>(const QString &prompt)>;

// Everything one EngineClient needs to reach one ship's daemon: the ship's fields of spec
// section 5, already resolved from ship_defaults. Plain data, copied into the client.
struct ConnectionSettings
{
    QString shipName;
    QString endpoint;   // host name or address (ship `endpoint`, defaulting to `ip`)
    int dockerPort = 0; // 0: 2376 with tls/tls_verify, else 2375
    QString socketPath; // local unix socket; wins over TCP when set
    bool tls = false;
    bool tlsVerify = false;
    QString tlsCaCert;
    QString tlsCert;
    QString tlsKey;
    std::optional<int> sslVersion; // Python ssl module constant; absent: TLS 1.2 or newer
    std::optional<SshTunnelSettings> sshTunnel;
    QString apiVersion;     // "" or "auto": negotiate with GET /version; else used as given
    int timeoutSeconds = 5; // connecting, and each request that is not a stream
    QString baseDirectory;  // the environment file's directory, for certificate paths
    PassphraseProvider passphraseProvider;

    enum class Transport { UnixSocket, Tcp, Tls, Ssh };
    Transport transport() const;
    int effectiveDockerPort() const;
    bool usesTls() const { return tls || tlsVerify; }
    // An SSH tunnel to the daemon's TCP port with `tls`: TLS runs through the tunnel. (Not
    // with our `socket_path` extension: a unix socket does not speak TLS.)
    bool tunnelUsesTls() const { return sshTunnel && sshTunnel->socketPath.isEmpty() && usesTls(); }

    // "unix:///run/docker.sock", "https://host:2376", "ssh://user@host:22 -> /run/docker.sock":
    // names the endpoint in every error (never any secret).
    QString endpointDescription() const;
};

} // namespace Maestro::Docker
