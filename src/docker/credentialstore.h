// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "docker/registryauth.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Maestro::Docker {

class ImageReference;

// An entry of the environment file's `registries:` (spec 4), already read from the model.
struct RegistryEntry
{
    QString name;     // the key under `registries:`
    QString registry; // URL, e.g. "https://quay.io/v1/"
    QString username;
    QString password;
    QString email; // optional (KW-17)
};

// Finds the credentials for an image's registry (spec 4 and 12.4): first the environment
// file's `registries` (matched by name, then by the network location or host of each
// entry's URL — the FQDN fallback), then the Docker client configuration
// ($DOCKER_CONFIG/config.json or ~/.docker/config.json: `auths`, `credHelpers`,
// `credsStore` through the docker-credential-* programs) and the legacy ~/.dockercfg.
// Reads files and may run a helper program: call it from a worker thread, not the GUI's.
// Thread-safe (no mutable state). Never logs or reports secrets.
class CredentialStore
{
public:
    // Runs `docker-credential-<helper> get` with `serverUrl` on stdin; returns its stdout.
    using HelperRunner
        = std::function<Core::Result<QByteArray>(const QString &helper, const QString &serverUrl)>;

    explicit CredentialStore(QList<RegistryEntry> registries = {});

    // Overrides for tests: the Docker config directory and the home directory.
    void setDockerConfigDir(const QString &dir) { m_configDir = dir; }
    void setHomeDir(const QString &dir) { m_homeDir = dir; }
    void setHelperRunner(HelperRunner runner) { m_runner = std::move(runner); }

    // Credentials for pulling `image`, or nullopt for an anonymous pull. An error only when
    // a configuration file or helper is broken (it names the file or helper, no secrets).
    Core::Result<std::optional<RegistryAuth>> lookup(const ImageReference &image) const;

    // Spec 4 steps 1-5 on the environment file's entries alone.
    std::optional<RegistryEntry> entryFor(const QString &registryPart) const;

    static Core::Result<QByteArray> runHelper(const QString &helper, const QString &serverUrl);

private:
    Core::Result<std::optional<RegistryAuth>> fromDockerConfig(const QString &host) const;
    QString configPath() const;

    QList<RegistryEntry> m_registries;
    QString m_configDir;
    QString m_homeDir;
    HelperRunner m_runner;
};

} // namespace Maestro::Docker
