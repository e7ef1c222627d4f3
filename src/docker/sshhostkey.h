// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/hostkeyproblem.h"

#include <QString>

#include <optional>

struct ssh_session_struct;

namespace Maestro::Docker::SshHostKey {

// The key the server of a connected session presented, as a HostKeyProblem for `host`:`port`
// (`changed` false); nullopt when libssh has no key for the session.
std::optional<HostKeyProblem> fromSession(ssh_session_struct *session, const QString &host,
                                          int port);

// "ssh-ed25519 SHA256:..." for messages.
QString describe(const std::optional<HostKeyProblem> &key);

// The known_hosts file a tunnel uses: the given path, or ~/.ssh/known_hosts.
QString knownHostsPath(const QString &configured);

} // namespace Maestro::Docker::SshHostKey
