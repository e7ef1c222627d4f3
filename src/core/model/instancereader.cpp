// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancereader.h"

#include "modeltr.h"
#include "spelling.h"

#include "core/grammar/bytesize.h"
#include "core/grammar/containerfields.h"
#include "core/grammar/extrahosts.h"
#include "core/pythonformat.h"

namespace Maestro::Core {

namespace {

// Docker options MaestroNG does not know: files sometimes carry them from Compose.
const QStringList kUnsupportedKeys = {
    QStringLiteral("hostname"),    QStringLiteral("entrypoint"),      QStringLiteral("shm_size"),
    QStringLiteral("cpuset"),      QStringLiteral("mem_reservation"), QStringLiteral("devices"),
    QStringLiteral("tmpfs"),       QStringLiteral("sysctls"),         QStringLiteral("pid"),
    QStringLiteral("ipc"),         QStringLiteral("read_only"),       QStringLiteral("networks"),
    QStringLiteral("healthcheck"), QStringLiteral("stop_signal"),     QStringLiteral("domainname"),
    QStringLiteral("mac_address"),
};

const QStringList kLimitKeys
    = {QStringLiteral("memory"), QStringLiteral("cpu"), QStringLiteral("swap")};

// Service map overlaid by the instance map: service keys first, in their order, with
// instance values winning; then instance-only keys (spec 6 `limits`, 8.1 ports).
Value::Map overlay(const Value &base, const Value &top)
{
    Value::Map merged;
    for (const Value::Entry &e : base.entries()) {
        const Value *override = top.find(e.keyText);
        merged.push_back(override ? Value::Entry{e.key, *override, e.keyText} : e);
    }
    for (const Value::Entry &e : top.entries()) {
        if (!base.contains(e.keyText))
            merged.push_back(e);
    }
    return merged;
}

} // namespace

const QStringList &instanceKeys()
{
    static const QStringList keys = {
        QStringLiteral("ship"),
        QStringLiteral("image"),
        QStringLiteral("command"),
        QStringLiteral("cmd"),
        QStringLiteral("ports"),
        QStringLiteral("env"),
        QStringLiteral("envfile"),
        QStringLiteral("volumes"),
        QStringLiteral("container_volumes"),
        QStringLiteral("volumes_from"),
        QStringLiteral("links"),
        QStringLiteral("username"),
        QStringLiteral("privileged"),
        QStringLiteral("cap_add"),
        QStringLiteral("cap_drop"),
        QStringLiteral("extra_hosts"),
        QStringLiteral("net"),
        QStringLiteral("restart"),
        QStringLiteral("dns"),
        QStringLiteral("stop_timeout"),
        QStringLiteral("limits"),
        QStringLiteral("log_driver"),
        QStringLiteral("log_opt"),
        QStringLiteral("lxc_conf"),
        QStringLiteral("workdir"),
        QStringLiteral("security_opt"),
        QStringLiteral("ulimits"),
        QStringLiteral("labels"),
        QStringLiteral("lifecycle"),
    };
    return keys;
}

InstanceReader::InstanceReader(BuildContext &context, const QList<Ship> &ships, int schema)
    : m_context(context)
    , m_ships(ships)
    , m_schema(schema)
{}

ServiceDefaults InstanceReader::serviceDefaults(const Value &service, const QString &path)
{
    ServiceDefaults defaults;
    defaults.path = path;
    defaults.ports = m_context.mapping(service, QStringLiteral("ports"), path);
    defaults.limits = m_context.mapping(service, QStringLiteral("limits"), path);
    m_context.checkKeys(defaults.limits, kLimitKeys,
                        BuildContext::join(path, QStringLiteral("limits")));
    defaults.lifecycle = m_context.mapping(service, QStringLiteral("lifecycle"), path);
    return defaults;
}

Instance InstanceReader::read(const Service &service, const ServiceDefaults &defaults,
                              const Value::Entry &entry)
{
    const QString path = defaults.path + QStringLiteral(".instances.") + entry.keyText;
    Instance instance;
    instance.name = entry.keyText;
    instance.service = service.name;
    instance.image = service.image;
    instance.location = entry.key.location();
    const Value &body = entry.value;
    if (!body.isMap()) {
        m_context.error(
            body.location(), path,
            ModelTr::tr("instance %1 must be a mapping with at least ship").arg(instance.name));
        return instance;
    }
    m_context.checkKeys(body, instanceKeys(), path, kUnsupportedKeys);

    if (const auto ship = m_context.string(body, QStringLiteral("ship"), path, true)) {
        instance.ship = *ship;
        const bool known = std::any_of(m_ships.cbegin(), m_ships.cend(),
                                       [&](const Ship &s) { return s.name == *ship; });
        if (!known) {
            QStringList names;
            for (const Ship &s : m_ships)
                names << s.name;
            const QString hint = closestShip(*ship, names);
            m_context.error(
                body.find(QStringLiteral("ship"))->location(),
                BuildContext::join(path, QStringLiteral("ship")),
                ModelTr::tr("instance %1 is on unknown ship %2%3").arg(instance.name, *ship, hint));
        }
    }
    if (const auto image = m_context.string(body, QStringLiteral("image"), path))
        instance.image = *image;
    if (const Value *v = body.find(QStringLiteral("env")))
        instance.env = *v;
    if (const Value *v = body.find(QStringLiteral("envfile")))
        instance.envfile = *v;

    instance.ports = readPorts(defaults, body, instance, path);
    readLimits(instance, defaults, body, path);
    readVolumes(instance, body, path);
    readContainerFields(instance, body, path);
    readLifecycle(instance, defaults, body, path);
    return instance;
}

QString InstanceReader::closestShip(const QString &name, const QStringList &ships)
{
    const QString match = closestMatch(name, ships);
    return match.isEmpty() ? QString() : ModelTr::tr("; did you mean %1?").arg(match);
}

void InstanceReader::warnBase60(const Value &spec, const QString &path)
{
    // YAML 1.1 reads an unquoted 53:53 as the base-60 number 3233 (KW-23).
    if (spec.isInt() && spec.plainText().contains(QLatin1Char(':'))) {
        m_context.warning(spec.location(), path,
                          ModelTr::tr("port %1 is read as the number %2 (YAML 1.1 base 60); "
                                      "quote it: \"%1\"")
                              .arg(spec.plainText(), QString::number(spec.toInt())));
    }
}

QList<NamedPort> InstanceReader::readPorts(const ServiceDefaults &defaults, const Value &body,
                                           const Instance &instance, const QString &path)
{
    const Value own = m_context.mapping(body, QStringLiteral("ports"), path);
    QList<NamedPort> ports;
    for (const Value::Entry &e : overlay(defaults.ports, own)) {
        const QString where = (own.contains(e.keyText) ? path : defaults.path)
                              + QStringLiteral(".ports.") + e.keyText;
        warnBase60(e.value, where);
        const PortContext portContext{e.keyText, instance.name, instance.ship};
        if (auto spec = m_context.take(parsePortSpec(e.value, portContext), where, e.value))
            ports.append(NamedPort{e.keyText, *spec, e.value.location()});
    }
    return ports;
}

void InstanceReader::readLimits(Instance &instance, const ServiceDefaults &defaults,
                                const Value &body, const QString &path)
{
    const Value own = m_context.mapping(body, QStringLiteral("limits"), path);
    const QString limitsPath = BuildContext::join(path, QStringLiteral("limits"));
    m_context.checkKeys(own, kLimitKeys, limitsPath);
    const Value limits = Value::map(overlay(defaults.limits, own), own.location());
    if (const Value *memory = limits.find(QStringLiteral("memory")))
        instance.memory = m_context.take(parseByteSize(*memory, instance.name), limitsPath, *memory)
                              .value_or(std::nullopt);
    if (const Value *swap = limits.find(QStringLiteral("swap")))
        instance.swap = m_context.take(parseByteSize(*swap, instance.name), limitsPath, *swap)
                            .value_or(std::nullopt);
    instance.cpuShares = m_context.integer(limits, QStringLiteral("cpu"), limitsPath);
}

void InstanceReader::readVolumes(Instance &instance, const Value &body, const QString &path)
{
    if (const Value *v = body.find(QStringLiteral("volumes")); v && !v->isNull()) {
        instance.volumes = m_context
                               .take(parseVolumes(*v, m_schema, instance.name),
                                     BuildContext::join(path, QStringLiteral("volumes")), *v)
                               .value_or(QList<VolumeBind>());
    }
    if (const Value *v = body.find(QStringLiteral("container_volumes")); v && !v->isNull()) {
        instance.containerVolumes
            = m_context
                  .take(parseContainerVolumes(*v),
                        BuildContext::join(path, QStringLiteral("container_volumes")), *v)
                  .value_or(QStringList());
        for (const VolumeBind &bind : std::as_const(instance.volumes)) {
            if (instance.containerVolumes.contains(bind.target)) {
                m_context.error(v->location(),
                                BuildContext::join(path, QStringLiteral("container_volumes")),
                                ModelTr::tr("Conflict in %1 between bind-mounted volume and "
                                            "container-only volume on %2")
                                    .arg(instance.name, bind.target));
            }
        }
    }
    if (const Value *v = body.find(QStringLiteral("volumes_from")); v && !v->isNull()) {
        for (const Value &name : m_context.nameList(body, QStringLiteral("volumes_from"), path)) {
            if (!instance.volumesFrom.contains(name.toString()))
                instance.volumesFrom.append(name.toString());
        }
    }
}

void InstanceReader::readLifecycle(Instance &instance, const ServiceDefaults &defaults,
                                   const Value &body, const QString &path)
{
    // Service checks first, then the instance's own, in a fresh list per instance (KW-5).
    const Value own = m_context.mapping(body, QStringLiteral("lifecycle"), path);
    const struct
    {
        const Value &lifecycle;
        QString path;
    } levels[]
        = {{defaults.lifecycle, BuildContext::join(defaults.path, QStringLiteral("lifecycle"))},
           {own, BuildContext::join(path, QStringLiteral("lifecycle"))}};
    for (const auto &level : levels) {
        const auto states
            = m_context.take(parseLifecycleStates(level.lifecycle), level.path, level.lifecycle);
        if (!states)
            continue;
        for (const auto &entry : *states) {
            const QString &state = entry.first;
            const Value &checks = entry.second;
            auto it = std::find_if(instance.lifecycle.begin(), instance.lifecycle.end(),
                                   [&](const LifecycleState &s) { return s.state == state; });
            if (it == instance.lifecycle.end())
                it = instance.lifecycle.insert(instance.lifecycle.end(), LifecycleState{state, {}});
            for (const Value &config : checks.items()) {
                if (auto check
                    = m_context.take(parseLifecycleCheck(config, instance.ports, instance.name),
                                     level.path + QLatin1Char('.') + state, config))
                    it->checks.append(*check);
            }
        }
    }
}

void InstanceReader::readContainerFields(Instance &instance, const Value &body, const QString &path)
{
    const auto field = [&](const char *key) -> const Value * {
        const Value *v = body.find(QLatin1String(key));
        return v && !v->isNull() ? v : nullptr;
    };
    const auto where = [&](const char *key) { return BuildContext::LazyPath{path, key}; };

    const Value *command = field("command");
    if (!command && (command = field("cmd"))) {
        m_context.warning(command->location(), where("cmd").toString(),
                          ModelTr::tr("cmd is deprecated; use command"));
    }
    if (command)
        instance.command = m_context.take(parseCommand(*command), where("command"), *command);
    if (const Value *v = field("links"))
        instance.links = m_context.take(parseLinks(*v, instance.name), where("links"), *v)
                             .value_or(QStringList());
    if (const Value *v = field("username"))
        instance.username = pythonStr(*v);
    instance.privileged
        = m_context.boolean(body, QStringLiteral("privileged"), path).value_or(false);
    if (const Value *v = field("cap_add"))
        instance.capAdd
            = m_context.take(parseStringList(*v, QStringLiteral("cap_add")), where("cap_add"), *v)
                  .value_or(QStringList());
    if (const Value *v = field("cap_drop"))
        instance.capDrop
            = m_context.take(parseStringList(*v, QStringLiteral("cap_drop")), where("cap_drop"), *v)
                  .value_or(QStringList());
    if (const Value *v = field("extra_hosts")) {
        const auto shipIp = [this](const QString &name) -> std::optional<QString> {
            for (const Ship &s : m_ships) {
                if (s.name == name)
                    return s.ip;
            }
            return std::nullopt;
        };
        instance.extraHosts
            = m_context.take(parseExtraHosts(*v, shipIp, instance.name), where("extra_hosts"), *v)
                  .value_or(QStringList());
    }
    instance.net = m_context.string(body, QStringLiteral("net"), path).value_or(QString());
    const Value *restart = field("restart");
    instance.restart = m_context
                           .take(parseRestartPolicy(restart ? *restart : Value(), instance.name),
                                 where("restart"), restart ? *restart : body)
                           .value_or(RestartPolicy());
    if (const Value *v = field("dns"))
        instance.dns = m_context.take(parseDns(*v), where("dns"), *v);
    instance.stopTimeout
        = int(m_context.integer(body, QStringLiteral("stop_timeout"), path).value_or(10));
    instance.logConfig = m_context
                             .take(parseLogConfig(field("log_driver"), field("log_opt")),
                                   where("log_driver"), body)
                             .value_or(std::nullopt);
    if (const Value *v = field("lxc_conf")) {
        if (!v->isMap())
            m_context.error(v->location(), where("lxc_conf").toString(),
                            ModelTr::tr("lxc_conf must be a mapping"));
        for (const Value::Entry &e : v->entries())
            instance.lxcConf.append({e.keyText, pythonStr(e.value)});
    }
    instance.workdir = m_context.string(body, QStringLiteral("workdir"), path).value_or(QString());
    if (const Value *v = field("security_opt")) {
        if (!v->isList())
            m_context.error(v->location(), where("security_opt").toString(),
                            ModelTr::tr("security_opt must be a list"));
        else
            instance.securityOpt = m_context.take(
                parseStringList(*v, QStringLiteral("security_opt")), where("security_opt"), *v);
    }
    instance.ulimits = m_context.take(parseUlimits(field("ulimits")), where("ulimits"), body)
                           .value_or(std::nullopt);
    if (const Value *v = field("labels"))
        instance.labels = m_context.take(parseLabels(*v, instance.name), where("labels"), *v);
}

} // namespace Maestro::Core
