// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ship.h"

#include <QString>

namespace Maestro::Orchestration {

// A command line a user can paste into a POSIX shell to get a shell in `container` on `ship`,
// reaching the daemon the way the ship is configured:
//   unix socket  DOCKER_HOST=unix:///run/docker.sock docker exec -it web-1 sh
//   TCP          DOCKER_HOST=tcp://10.0.0.5:2375 docker exec -it web-1 sh
//   TLS          DOCKER_HOST=tcp://host:2376 docker --tlsverify --tlscacert=/c/ca.pem
//                --tlscert=/c/cert.pem --tlskey=/c/key.pem exec -it web-1 sh
//                (`--tls` instead of `--tlsverify` when only `tls` is set)
//   SSH tunnel   DOCKER_HOST=ssh://deploy@host:22 docker exec -it web-1 sh
// Relative certificate paths are resolved against `baseDir` (the environment file's
// directory); words a shell would split or expand are single-quoted. The SSH form uses the
// user's ssh configuration and the remote daemon's default socket (the docker CLI has no
// key or socket option for it). Pure function.
QString dockerShellCommand(const Core::Ship &ship, const QString &baseDir,
                           const QString &container);

// `word` as one word of a POSIX shell: as is when it is safe, else single-quoted.
QString shellQuoted(const QString &word);

} // namespace Maestro::Orchestration
