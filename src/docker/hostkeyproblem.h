// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Maestro::Docker {

// An SSH server key that known_hosts does not vouch for: unknown, or different from the
// key recorded for that host. Carries what the user needs to decide (type, fingerprint as
// OpenSSH prints it) and what trustHostKey() needs to record it. Plain data.
struct HostKeyProblem
{
    QString host; // as known_hosts names it (the ship's endpoint)
    int port = 22;
    QString keyType;            // "ssh-ed25519", "ecdsa-sha2-nistp256", ...
    QString fingerprintSha256;  // "SHA256:..." as `ssh-keygen -lf` prints it
    QByteArray publicKeyBase64; // the key field of a known_hosts line
    bool changed = false;       // known_hosts lists another key for this host

    // "[host]:port" (or "host" on port 22): the host field of a known_hosts line.
    QString knownHostsLabel() const;
};

} // namespace Maestro::Docker
