// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/run/taskcontext.h"
#include "orchestration/ships/shipapi.h"

#include "core/model/environment.h"
#include "docker/credentialstore.h"

#include <QMutex>
#include <QSet>

#include <optional>

namespace Maestro::Orchestration {

// Spec 4 and 12.4 for one run: before a pull, the credentials of the image's registry
// (the environment's `registries` by name, then by URL host; the Docker client
// configuration, credential helpers and ~/.dockercfg through Docker::CredentialStore) and,
// for a registry of the environment file with a password, one `POST /auth` per ship and
// registry (KW-17: MaestroNG logs in again for every container), retried on the entry's
// `retry.when` statuses up to `retry.attempts` (failing after the last one, KW-17).
// Thread-safe: tasks of several ships call it at once. No secret reaches a message.
class RegistryLogins
{
public:
    explicit RegistryLogins(Core::EnvironmentPtr environment);

    // The credentials to send with the pull of `image` on `ship` (X-Registry-Auth), nullopt
    // for an anonymous pull; logs in first when the spec says so. Errors:
    // `Login to {url} as {user} failed: {error}`, or a broken Docker configuration.
    Core::Result<std::optional<Docker::RegistryAuth>>
    prepare(ShipApi &api, const QString &ship, const QString &image, TaskContext &context);

    // The entry's retry statuses for `error` (HTTP status in the client's message) and its
    // attempts; used for pulls too (spec 12.4 pull step 4).
    const Core::Registry *registryFor(const QString &image) const;
    static std::optional<int> httpStatusOf(const Core::Error &error);

private:
    Core::EnvironmentPtr m_environment;
    Docker::CredentialStore m_store;
    QMutex m_mutex;
    QSet<QString> m_loggedIn; // "ship\nregistry url\nuser"
};

} // namespace Maestro::Orchestration
