// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceduplicate.h"

#include "structurenames.h"
#include "structuretarget.h"

#include "core/edit/yamlfragment.h"
#include "models/formvalue.h"

#include <QSet>

#include <algorithm>

namespace Maestro::Gui {

using Core::Value;

namespace {
// The host ports the instances on `ship` publish, ranges expanded.
QSet<int> hostPortsOn(const Core::Environment &environment, const QString &ship)
{
    QSet<int> used;
    for (const Core::Instance &instance : environment.instances) {
        if (instance.ship != ship)
            continue;
        for (const Core::NamedPort &port : instance.ports) {
            const QString number = port.spec.externalNumber();
            const int first = number.section(QLatin1Char('-'), 0, 0).toInt();
            const int last = number.contains(QLatin1Char('-'))
                                 ? number.section(QLatin1Char('-'), 1, 1).toInt()
                                 : first;
            for (int p = first; p > 0 && p <= last; ++p)
                used.insert(p);
        }
    }
    return used;
}

// "/udp" of "53/udp", or nothing.
QString protocolSuffix(const QString &token)
{
    const qsizetype slash = token.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : token.mid(slash);
}

// A host port token (`18080`, `"18080/tcp"`) with another number, its type and protocol kept.
Value withPortNumber(const Value &token, int port)
{
    if (token.isInt())
        return Value::integer(port);
    return Value::string(QString::number(port) + protocolSuffix(token.toString()));
}

// The port value `spec` (any form parsePortSpec() reads) with `port` as its host port.
// The string form is `exposed:external` (spec 8.1), both sides of one protocol.
Value withHostPort(const Value &spec, int port)
{
    if (spec.isInt()) // exposed and published on the same number
        return Value::string(QStringLiteral("%1:%2").arg(spec.toInt()).arg(port));
    if (spec.isString()) {
        const QStringList parts = spec.toString().split(QLatin1Char(':'));
        return Value::string(parts.first() + QLatin1Char(':') + QString::number(port)
                             + protocolSuffix(parts.last()));
    }
    Value::Map entries;
    for (const Value::Entry &entry : spec.entries()) {
        Value value = entry.value;
        if (entry.keyText == QLatin1String("external")) {
            if (value.isList() && value.items().size() == 2) // [host ip, host port]
                value = Value::list(
                    {value.items().front(), withPortNumber(value.items().back(), port)});
            else
                value = withPortNumber(value, port);
        }
        entries.push_back({entry.key, value, entry.keyText});
    }
    return Value::map(std::move(entries));
}

// `mapping` with `key` set to `value` (replaced in place, or added at the end).
Value withEntry(const Value &mapping, const QString &key, const Value &value)
{
    Value::Map entries = mapping.entries();
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const Value::Entry &e) { return e.keyText == key; });
    if (it != entries.end())
        it->value = value;
    else
        entries.push_back({Value::string(key), value, key});
    return Value::map(std::move(entries));
}

const Value *child(const Value *node, const QString &key)
{
    return node ? node->find(key) : nullptr;
}
} // namespace

std::optional<InstanceDuplicate> InstanceDuplicate::of(const Value &document,
                                                       const Core::Environment &environment,
                                                       const QString &instanceName)
{
    const Core::Instance *instance = environment.instance(instanceName);
    if (!instance)
        return std::nullopt;
    const Value *service = child(document.find(QLatin1StringView("services")), instance->service);
    const Value *original = child(child(service, QStringLiteral("instances")), instanceName);
    if (!original || !original->isMap())
        return std::nullopt;

    Value copy = *original;
    const Value *ownPorts = original->find(QLatin1StringView("ports"));
    Value ports = ownPorts && ownPorts->isMap() ? *ownPorts : Value::map({});
    QSet<int> used = hostPortsOn(environment, instance->ship);
    bool portsMoved = false;
    for (const Core::NamedPort &port : instance->ports) {
        if (port.spec.isRange())
            continue;
        int number = port.spec.externalNumber().toInt();
        if (!used.contains(number))
            continue;
        while (used.contains(number) && number < 65535)
            ++number;
        used.insert(number);
        // The value as written: the instance's own, else the service's it inherits.
        const Value *written = ports.find(port.name);
        if (!written)
            written = child(child(service, QStringLiteral("ports")), port.name);
        if (!written)
            continue;
        ports = withEntry(ports, port.name, withHostPort(*written, number));
        portsMoved = true;
    }
    if (portsMoved)
        copy = withEntry(copy, QStringLiteral("ports"), ports);

    InstanceDuplicate duplicate;
    duplicate.name = StructureNames::nextFree(
        instanceName, StructureNames::taken(document, StructureTarget::Kind::Instance));
    const StructureTarget target{StructureTarget::Kind::Instance, instanceName};
    const Core::EditPath path = target.path(environment);
    Core::EditPath copyPath = path;
    copyPath.steps.last().key = duplicate.name;
    duplicate.request
        = Models::FormValue::set(copyPath, Core::YamlFragment::flow(copy, Core::FragmentStyle{}));
    return duplicate;
}

} // namespace Maestro::Gui
