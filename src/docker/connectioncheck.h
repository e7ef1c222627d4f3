// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "docker/connectionsettings.h"
#include "docker/hostkeyproblem.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Maestro::Docker {

// One step of a connection test (the ships panel's "Test connection").
struct ConnectionCheckStep
{
    enum class Kind { Resolve, Connect, TlsHandshake, SshAuth, ApiVersion };
    enum class Outcome { Passed, Failed, Skipped };
    Kind kind = Kind::Resolve;
    Outcome outcome = Outcome::Skipped;
    QString detail; // what passed ("127.0.0.1", "Docker 20.10.24, API 1.41") or why it failed
    qint64 elapsedMs = 0;
    std::optional<HostKeyProblem> hostKey; // set on a failed SshAuth caused by the host key
};

// Tests how a ship is reached, one step at a time. The list holds the steps that apply to
// the ship's transport, in this order:
//   unix socket:  Connect, ApiVersion
//   TCP:          Resolve, Connect, ApiVersion
//   TLS:          Resolve, Connect, TlsHandshake, ApiVersion
//   SSH tunnel:   Resolve, Connect (to the SSH port), SshAuth (host key, login, and the
//                 channel to the daemon), ApiVersion; with `tls` (to the docker port):
//                 Resolve, Connect, SshAuth, TlsHandshake (through the tunnel), ApiVersion
// It stops at the first failure; the later steps are in the list as Skipped. No step takes
// longer than the settings' timeout. Runs on a thread of QThreadPool::globalInstance(); onStep is
// called on that thread for each step as it ends (Skipped ones included). The settings are used as
// given (a known_hosts entry is recorded only with trustUnknownHostKey).
QFuture<QList<ConnectionCheckStep>>
checkConnection(const ConnectionSettings &settings,
                std::function<void(const ConnectionCheckStep &)> onStep = {});

// Records `key` in known_hosts (knownHostsPath, or ~/.ssh/known_hosts when empty)
// atomically (QSaveFile), keeping every other line. With key.changed, the host's old entries
// are replaced (also hashed ones; on a line naming several hosts only this host's name is
// removed). Creates the file and its directory when missing. Call it only after the user
// agreed. Errors name the file.
Core::VoidResult trustHostKey(const HostKeyProblem &key, const QString &knownHostsPath = {});

} // namespace Maestro::Docker
