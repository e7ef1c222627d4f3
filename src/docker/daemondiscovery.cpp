// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/daemondiscovery.h"

#include "docker/tr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

namespace {

// Ship names are YAML keys the user will type: lower case letters, digits, `-` and `_`.
QString shipNameFrom(const QString &text)
{
    QString name = text.toLower();
    static const QRegularExpression other(u"[^a-z0-9_-]+"_s);
    name.replace(other, u"-"_s);
    while (name.startsWith(u'-'))
        name.remove(0, 1);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.isEmpty() ? u"local"_s : name;
}

// The TLS material `docker context create --docker "ca=...,cert=...,key=..."` stored.
void useTlsDirectory(const QString &directory, bool verify, ConnectionSettings &settings)
{
    const QDir dir(directory);
    const QString ca = dir.filePath(u"ca.pem"_s);
    const QString cert = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    if (QFileInfo::exists(cert) && QFileInfo::exists(key)) {
        settings.tls = true;
        settings.tlsCert = cert;
        settings.tlsKey = key;
    }
    if (verify && QFileInfo::exists(ca)) {
        settings.tlsVerify = true;
        settings.tlsCaCert = ca;
    }
}

std::optional<DiscoveredDaemon> readContext(const QString &metaDir, const QString &tlsRoot,
                                            QStringList &problems)
{
    const QString metaFile = QDir(metaDir).filePath(u"meta.json"_s);
    QFile file(metaFile);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << Tr::tr("%1: cannot be read: %2").arg(metaFile, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        problems << Tr::tr("%1: not a Docker context: %2").arg(metaFile, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject meta = json.object();
    const QString name = meta.value("Name"_L1).toString();
    const QJsonObject endpoint
        = meta.value("Endpoints"_L1).toObject().value("docker"_L1).toObject();
    const QString host = endpoint.value("Host"_L1).toString();
    if (name.isEmpty() || host.isEmpty()) {
        problems
            << Tr::tr("%1: a Docker context needs a Name and a docker endpoint Host").arg(metaFile);
        return std::nullopt;
    }
    DiscoveredDaemon daemon;
    daemon.source = DiscoveredDaemon::Source::DockerContext;
    daemon.contextName = name;
    daemon.suggestedShip = shipNameFrom(name);
    daemon.dockerHost = host;
    daemon.settings.shipName = daemon.suggestedShip;
    QString error;
    if (!settingsFromDockerHost(host, daemon.settings, &error)) {
        problems << Tr::tr("%1: context %2: %3").arg(metaFile, name, error);
        return std::nullopt;
    }
    // The TLS folder has the meta folder's name (the digest of the context's name).
    const QString tlsDir = QDir(tlsRoot).filePath(QFileInfo(metaDir).fileName() + u"/docker"_s);
    if (daemon.settings.transport() != ConnectionSettings::Transport::UnixSocket
        && !daemon.settings.sshTunnel)
        useTlsDirectory(tlsDir, !endpoint.value("SkipTLSVerify"_L1).toBool(), daemon.settings);
    return daemon;
}

} // namespace

bool settingsFromDockerHost(const QString &host, ConnectionSettings &settings, QString *error)
{
    const QUrl url(host);
    const QString scheme = url.scheme();
    if (scheme == "unix"_L1) {
        settings.socketPath = url.path();
        settings.endpoint = u"127.0.0.1"_s;
        return !settings.socketPath.isEmpty();
    }
    if (scheme == "tcp"_L1 || scheme == "http"_L1 || scheme == "https"_L1) {
        if (url.host().isEmpty()) {
            *error = Tr::tr("%1 names no host").arg(host);
            return false;
        }
        settings.endpoint = url.host();
        settings.dockerPort = url.port(scheme == "https"_L1 ? 2376 : 2375);
        settings.tlsVerify = scheme == "https"_L1;
        return true;
    }
    if (scheme == "ssh"_L1) {
        if (url.host().isEmpty() || url.userName().isEmpty()) {
            *error = Tr::tr("%1 needs a user and a host (ssh://user@host)").arg(host);
            return false;
        }
        settings.endpoint = url.host();
        SshTunnelSettings tunnel;
        tunnel.user = url.userName();
        tunnel.port = url.port(22);
        // `docker` over SSH talks to the remote daemon's default socket.
        tunnel.socketPath = u"/var/run/docker.sock"_s;
        settings.sshTunnel = tunnel;
        return true;
    }
    *error = Tr::tr("%1: the %2 transport is not supported").arg(host, scheme);
    return false;
}

DiscoveryInputs DiscoveryInputs::fromProcess()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    DiscoveryInputs inputs;
    inputs.dockerConfigDir = env.value(u"DOCKER_CONFIG"_s, QDir::home().filePath(u".docker"_s));
    inputs.dockerHost = env.value(u"DOCKER_HOST"_s);
    inputs.dockerTlsVerify = !env.value(u"DOCKER_TLS_VERIFY"_s).isEmpty();
    inputs.dockerCertPath = env.value(u"DOCKER_CERT_PATH"_s, inputs.dockerConfigDir);
    inputs.localSockets = {u"/var/run/docker.sock"_s, u"/run/docker.sock"_s};
    return inputs;
}

DiscoveryResult discoverDaemons(const DiscoveryInputs &inputs)
{
    DiscoveryResult result;
    for (const QString &socket : inputs.localSockets) {
        if (!QFileInfo(socket).exists())
            continue;
        DiscoveredDaemon daemon;
        daemon.suggestedShip = u"local"_s;
        daemon.dockerHost = u"unix://"_s + socket;
        daemon.settings.shipName = daemon.suggestedShip;
        daemon.settings.socketPath = socket;
        daemon.settings.endpoint = u"127.0.0.1"_s;
        result.daemons << daemon;
        break; // /run and /var/run are usually the same folder
    }
    if (!inputs.dockerHost.isEmpty()) {
        DiscoveredDaemon daemon;
        daemon.source = DiscoveredDaemon::Source::DockerHost;
        daemon.dockerHost = inputs.dockerHost;
        QString error;
        if (settingsFromDockerHost(inputs.dockerHost, daemon.settings, &error)) {
            daemon.suggestedShip = daemon.settings.socketPath.isEmpty()
                                       ? shipNameFrom(daemon.settings.endpoint)
                                       : u"local"_s;
            daemon.settings.shipName = daemon.suggestedShip;
            if (inputs.dockerTlsVerify
                && daemon.settings.transport() != ConnectionSettings::Transport::UnixSocket)
                useTlsDirectory(inputs.dockerCertPath, true, daemon.settings);
            result.daemons << daemon;
        } else {
            result.problems << Tr::tr("DOCKER_HOST: %1").arg(error);
        }
    }
    const QDir contexts(QDir(inputs.dockerConfigDir).filePath(u"contexts"_s));
    const QString tlsRoot = contexts.filePath(u"tls"_s);
    QList<DiscoveredDaemon> found;
    const QDir meta(contexts.filePath(u"meta"_s));
    for (const QString &id : meta.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (auto daemon = readContext(meta.filePath(id), tlsRoot, result.problems))
            found << *daemon;
    }
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.contextName < b.contextName; });
    result.daemons << found;
    return result;
}

} // namespace Maestro::Docker
