// SPDX-License-Identifier: GPL-3.0-or-later
#include "containercreatebody.h"

#include "containerenvironment.h"

#include <QJsonArray>
#include <QVersionNumber>

namespace Maestro::Core {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject emptyObjectsFor(const QStringList &keys)
{
    QJsonObject object;
    for (const QString &key : keys)
        object.insert(key, QJsonObject());
    return object;
}

void addPorts(QJsonObject &body, QJsonObject &host, const Instance &instance)
{
    if (instance.ports.isEmpty())
        return;
    QStringList exposed;
    QJsonObject bindings;
    for (const NamedPort &port : instance.ports) {
        for (const PortBindingEntry &entry : dockerPortBindings(port.spec)) {
            if (!exposed.contains(entry.exposedKey))
                exposed << entry.exposedKey;
            QJsonArray list = bindings.value(entry.exposedKey).toArray();
            list.append(QJsonObject{{QStringLiteral("HostIp"), entry.hostIp},
                                    {QStringLiteral("HostPort"), entry.hostPort}});
            bindings.insert(entry.exposedKey, list);
        }
    }
    body.insert(QStringLiteral("ExposedPorts"), emptyObjectsFor(exposed));
    host.insert(QStringLiteral("PortBindings"), bindings);
}

QJsonValue optionalInteger(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject hostConfig(const Instance &instance, bool modernApi)
{
    QJsonObject host;
    QStringList binds;
    for (const VolumeBind &bind : instance.volumes)
        binds << bind.bindString();
    host.insert(QStringLiteral("Binds"), strings(binds));
    host.insert(QStringLiteral("Links"), strings(instance.links));
    host.insert(QStringLiteral("VolumesFrom"), strings(instance.volumesFrom));
    if (!instance.lxcConf.isEmpty()) {
        QJsonArray lxc;
        for (const auto &[key, value] : instance.lxcConf)
            lxc.append(QJsonObject{{QStringLiteral("Key"), key}, {QStringLiteral("Value"), value}});
        host.insert(QStringLiteral("LxcConf"), lxc);
    }
    host.insert(
        QStringLiteral("RestartPolicy"),
        QJsonObject{{QStringLiteral("Name"), instance.restart.name},
                    {QStringLiteral("MaximumRetryCount"), instance.restart.maximumRetryCount}});
    if (instance.privileged)
        host.insert(QStringLiteral("Privileged"), true);
    if (!instance.capAdd.isEmpty())
        host.insert(QStringLiteral("CapAdd"), strings(instance.capAdd));
    if (!instance.capDrop.isEmpty())
        host.insert(QStringLiteral("CapDrop"), strings(instance.capDrop));
    if (instance.dns)
        host.insert(QStringLiteral("Dns"), strings(*instance.dns));
    if (!instance.extraHosts.isEmpty())
        host.insert(QStringLiteral("ExtraHosts"), strings(instance.extraHosts));
    if (!instance.net.isEmpty())
        host.insert(QStringLiteral("NetworkMode"), instance.net);
    else if (modernApi)
        host.insert(QStringLiteral("NetworkMode"), QStringLiteral("default"));
    if (instance.securityOpt)
        host.insert(QStringLiteral("SecurityOpt"), strings(*instance.securityOpt));
    if (instance.ulimits) {
        QJsonArray ulimits;
        for (const Ulimit &u : *instance.ulimits) {
            ulimits.append(QJsonObject{{QStringLiteral("Name"), u.name},
                                       {QStringLiteral("Soft"), optionalInteger(u.soft)},
                                       {QStringLiteral("Hard"), optionalInteger(u.hard)}});
        }
        host.insert(QStringLiteral("Ulimits"), ulimits);
    }
    if (instance.logConfig) {
        QJsonObject options;
        for (const auto &[key, value] : instance.logConfig->options)
            options.insert(key, value);
        host.insert(QStringLiteral("LogConfig"),
                    QJsonObject{{QStringLiteral("Type"), instance.logConfig->type},
                                {QStringLiteral("Config"), options}});
    }
    if (instance.memory)
        host.insert(QStringLiteral("Memory"), *instance.memory);
    if (instance.swap)
        host.insert(QStringLiteral("MemorySwap"), *instance.swap);
    if (instance.cpuShares)
        host.insert(QStringLiteral("CpuShares"), *instance.cpuShares);
    return host;
}

} // namespace

QJsonObject containerCreateBody(const Environment &environment, const Instance &instance,
                                const QString &apiVersion)
{
    // MaestroNG sends NetworkMode "default" only to daemons newer than API 1.19.
    const bool modernApi
        = apiVersion.isEmpty() || QVersionNumber::fromString(apiVersion) > QVersionNumber(1, 19);
    QJsonObject body;
    body.insert(QStringLiteral("Image"), instance.image);
    if (!instance.hostname().isEmpty())
        body.insert(QStringLiteral("Hostname"), instance.hostname());
    if (!instance.username.isEmpty())
        body.insert(QStringLiteral("User"), instance.username);
    QJsonArray env;
    for (const EnvVar &var : containerEnvironment(environment, instance))
        env.append(var.toDockerEntry());
    body.insert(QStringLiteral("Env"), env);
    if (instance.command)
        body.insert(QStringLiteral("Cmd"), strings(*instance.command));
    if (!instance.workdir.isEmpty())
        body.insert(QStringLiteral("WorkingDir"), instance.workdir);
    if (instance.labels) {
        QJsonObject labels;
        for (const auto &[key, value] : *instance.labels)
            labels.insert(key, value);
        body.insert(QStringLiteral("Labels"), labels);
    }
    body.insert(QStringLiteral("Volumes"), emptyObjectsFor(instance.volumeSet()));
    for (const char *flag : {"Tty", "OpenStdin", "StdinOnce", "AttachStdin", "AttachStdout",
                             "AttachStderr", "NetworkDisabled"})
        body.insert(QLatin1String(flag), false);

    QJsonObject host = hostConfig(instance, modernApi);
    addPorts(body, host, instance);
    body.insert(QStringLiteral("HostConfig"), host);
    return body;
}

} // namespace Maestro::Core
