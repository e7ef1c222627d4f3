// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentjson.h"

#include "containerenvironment.h"

#include <QJsonArray>

namespace Maestro::Core {

namespace {

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject checkToJson(const LifecycleCheck &check)
{
    return QJsonObject{{QStringLiteral("check"), check.describe()},
                       {QStringLiteral("line"), check.location.line}};
}

} // namespace

QJsonValue valueToJson(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return QJsonValue::Null;
    case Value::Kind::Bool:
        return value.toBool();
    case Value::Kind::Int:
        return value.toInt();
    case Value::Kind::Float:
        return value.toDouble();
    case Value::Kind::String:
        return value.toString();
    case Value::Kind::List: {
        QJsonArray array;
        for (const Value &item : value.items())
            array.append(valueToJson(item));
        return array;
    }
    case Value::Kind::Map: {
        QJsonObject object;
        for (const Value::Entry &e : value.entries())
            object.insert(e.keyText, valueToJson(e.value));
        return object;
    }
    }
    return {};
}

QJsonObject instanceToJson(const Environment &environment, const Instance &instance)
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), instance.name);
    json.insert(QStringLiteral("service"), instance.service);
    json.insert(QStringLiteral("ship"), instance.ship);
    json.insert(QStringLiteral("image"), instance.image);
    if (instance.command)
        json.insert(QStringLiteral("command"), stringArray(*instance.command));
    QJsonArray env;
    for (const EnvVar &var : containerEnvironment(environment, instance))
        env.append(var.toDockerEntry());
    json.insert(QStringLiteral("env"), env);
    QJsonObject ports;
    for (const NamedPort &port : instance.ports) {
        ports.insert(port.name, QJsonObject{{QStringLiteral("exposed"), port.spec.exposed},
                                            {QStringLiteral("external"), port.spec.external},
                                            {QStringLiteral("host_ip"), port.spec.externalHostIp}});
    }
    json.insert(QStringLiteral("ports"), ports);
    QStringList binds;
    for (const VolumeBind &bind : instance.volumes)
        binds << bind.bindString();
    json.insert(QStringLiteral("binds"), stringArray(binds));
    json.insert(QStringLiteral("container_volumes"), stringArray(instance.containerVolumes));
    json.insert(QStringLiteral("volumes_from"), stringArray(instance.volumesFrom));
    json.insert(QStringLiteral("links"), stringArray(instance.links));
    json.insert(QStringLiteral("restart"),
                QJsonObject{{QStringLiteral("name"), instance.restart.name},
                            {QStringLiteral("retries"), instance.restart.maximumRetryCount}});
    json.insert(QStringLiteral("stop_timeout"), instance.stopTimeout);
    QJsonObject lifecycle;
    for (const LifecycleState &state : instance.lifecycle) {
        QJsonArray checks;
        for (const LifecycleCheck &check : state.checks)
            checks.append(checkToJson(check));
        lifecycle.insert(state.state, checks);
    }
    json.insert(QStringLiteral("lifecycle"), lifecycle);
    const Service *service = environment.service(instance.service);
    QJsonArray dependencies;
    if (service) {
        const DependencyGraph &graph = environment.dependencies();
        for (int d : graph.dependencyClosure(int(environment.serviceIndex(service->name))))
            dependencies.append(graph.serviceName(d));
    }
    json.insert(QStringLiteral("dependencies"), dependencies);
    return json;
}

} // namespace Maestro::Core
