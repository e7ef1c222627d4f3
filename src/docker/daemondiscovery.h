// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/connectionsettings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Maestro::Docker {

// A Docker daemon the user already reaches with the `docker` command, offered as the first
// ship of a new environment file.
struct DiscoveredDaemon
{
    enum class Source { LocalSocket, DockerHost, DockerContext };
    Source source = Source::LocalSocket;
    QString contextName;   // DockerContext only
    QString suggestedShip; // a ship name made from where it was found
    QString dockerHost;    // the daemon address as Docker writes it (unix://, tcp://, ssh://)
    ConnectionSettings settings;
};

// Where to look; fromProcess() reads the environment and the file system as the `docker`
// command does ($DOCKER_CONFIG or ~/.docker, $DOCKER_HOST, $DOCKER_TLS_VERIFY,
// $DOCKER_CERT_PATH), tests give their own.
struct DiscoveryInputs
{
    QString dockerConfigDir;
    QString dockerHost;
    bool dockerTlsVerify = false;
    QString dockerCertPath;
    QStringList localSockets; // candidates that exist are offered

    static DiscoveryInputs fromProcess();
};

struct DiscoveryResult
{
    QList<DiscoveredDaemon> daemons; // local socket, DOCKER_HOST, then contexts by name
    QStringList problems;            // contexts that could not be read, with the file named
};

// Reads `docker context` metadata (contexts/meta/<id>/meta.json with the endpoint `docker`
// and its TLS material in contexts/tls/<id>/docker/{ca,cert,key}.pem). Never connects.
DiscoveryResult discoverDaemons(const DiscoveryInputs &inputs);

// A daemon address as Docker writes it; false (and `error` set) when it is not one we reach.
bool settingsFromDockerHost(const QString &host, ConnectionSettings &settings, QString *error);

} // namespace Maestro::Docker
