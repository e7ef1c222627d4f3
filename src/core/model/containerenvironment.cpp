// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerenvironment.h"

#include "pathresolution.h"

#include "core/grammar/envname.h"
#include "core/grammar/imagereference.h"
#include "core/pythonformat.h"

#include <QHash>

#include <algorithm>

namespace Maestro::Core {

namespace {

// A Python dict: updating a key keeps its first position.
class OrderedEnv
{
public:
    void set(const QString &key, const Value &value)
    {
        const auto it = m_index.constFind(key);
        if (it != m_index.constEnd()) {
            m_entries[*it].second = value;
            return;
        }
        m_index.insert(key, m_entries.size());
        m_entries.append({key, value});
    }
    void set(const QString &key, const QString &value) { set(key, Value::string(value)); }
    void merge(const OrderedEnv &other)
    {
        for (const auto &[key, value] : other.m_entries)
            set(key, value);
    }
    // Lists become their flattened items joined by spaces (spec 9.4).
    void flattenLists()
    {
        for (auto &entry : m_entries) {
            if (entry.second.isList())
                entry.second = Value::string(flatten(entry.second).join(QLatin1Char(' ')));
        }
    }
    QList<EnvVar> toVars() const
    {
        QList<EnvVar> vars;
        vars.reserve(m_entries.size());
        for (const auto &[key, value] : m_entries) {
            vars.append(value.isNull() ? EnvVar{key, std::nullopt} : EnvVar{key, pythonStr(value)});
        }
        return vars;
    }

private:
    static QStringList flatten(const Value &list)
    {
        QStringList out;
        for (const Value &item : list.items()) {
            // MaestroNG crashes on non-string items (KW-24); we format them.
            if (item.isList())
                out << flatten(item);
            else
                out << pythonStr(item);
        }
        return out;
    }

    QList<QPair<QString, Value>> m_entries;
    QHash<QString, qsizetype> m_index;
};

class EnvBuilder
{
public:
    explicit EnvBuilder(const Environment &environment)
        : m_environment(environment)
    {}

    // One "build" of spec 9.2 over sources in precedence order.
    OrderedEnv build(std::initializer_list<const Value *> sources) const
    {
        OrderedEnv env;
        for (const Value *source : sources)
            add(env, *source, 0);
        env.flattenLists();
        return env;
    }

    void addLinkVariables(OrderedEnv &env, const Service &service, bool internalPorts) const
    {
        const QString prefix = normalizeEnvName(service.name) + QLatin1Char('_');
        QStringList names = service.instances;
        for (const QString &name : service.instances) {
            const Instance *instance = m_environment.instance(name);
            if (!instance)
                continue;
            const Ship *ship = m_environment.ship(instance->ship);
            const QString base = prefix + normalizeEnvName(name) + QLatin1Char('_');
            env.set(base + QStringLiteral("HOST"), ship ? ship->ip : QString());
            for (const NamedPort &port : instance->ports) {
                const QString portBase = base + normalizeEnvName(port.name) + QLatin1Char('_');
                env.set(portBase + QStringLiteral("PORT"), port.spec.externalNumber());
                if (internalPorts)
                    env.set(portBase + QStringLiteral("INTERNAL_PORT"), port.spec.exposedNumber());
            }
        }
        std::sort(names.begin(), names.end());
        env.set(prefix + QStringLiteral("INSTANCES"), names.join(QLatin1Char(',')));
    }

private:
    void add(OrderedEnv &env, const Value &source, int depth) const
    {
        if (!source.isTruthy())
            return;
        if (source.isMap()) {
            for (const Value::Entry &e : source.entries())
                env.set(e.keyText, e.value);
        } else if (source.isString()) {
            const QString file = joinBaseDir(m_environment.baseDir, source.toString());
            for (const auto &[key, value] : m_environment.envFiles.value(file))
                env.set(key, value);
        } else if (source.isList() && depth < 32) {
            for (const Value &item : source.items())
                add(env, item, depth + 1);
        }
        // Other kinds were rejected at load.
    }

    const Environment &m_environment;
};

Value fixedVariables(std::initializer_list<std::pair<QString, Value>> vars)
{
    Value::Map map;
    for (const auto &[key, value] : vars)
        map.push_back(Value::Entry{Value::string(key), value, key});
    return Value::map(std::move(map));
}

OrderedEnv serviceEnv(const EnvBuilder &builder, const Environment &environment,
                      const Service &service)
{
    const Value fixed
        = fixedVariables({{QStringLiteral("MAESTRO_ENVIRONMENT_NAME"), environment.name},
                          {QStringLiteral("SERVICE_NAME"), Value::string(service.name)}});
    return builder.build({&service.envfile, &service.env, &fixed});
}

} // namespace

QList<EnvVar> serviceEnvironment(const Environment &environment, const Service &service)
{
    return serviceEnv(EnvBuilder(environment), environment, service).toVars();
}

QList<EnvVar> containerEnvironment(const Environment &environment, const Instance &instance)
{
    const Service *service = environment.service(instance.service);
    const Ship *ship = environment.ship(instance.ship);
    if (!service)
        return {};
    const EnvBuilder builder(environment);

    OrderedEnv fromService = serviceEnv(builder, environment, *service);
    OrderedEnv env;
    env.merge(fromService);
    const Value fixed = fixedVariables(
        {{QStringLiteral("CONTAINER_NAME"), Value::string(instance.name)},
         {QStringLiteral("CONTAINER_HOST_ADDRESS"), Value::string(ship ? ship->ip : QString())},
         {QStringLiteral("DOCKER_IMAGE"), Value::string(instance.image)},
         {QStringLiteral("DOCKER_TAG"), Value::string(ImageReference::parse(instance.image).tag)}});
    env.merge(builder.build({&instance.envfile, &instance.env, &fixed}));

    builder.addLinkVariables(env, *service, true);
    const DependencyGraph &graph = environment.dependencies();
    const int self = int(environment.serviceIndex(service->name));
    QList<int> linked = graph.requiresClosure(self);
    for (int wanted : graph.wantsInfo(self)) {
        if (wanted != self && !linked.contains(wanted))
            linked.append(wanted);
    }
    for (int other : std::as_const(linked))
        builder.addLinkVariables(env, environment.services.at(other), false);
    return env.toVars();
}

} // namespace Maestro::Core
