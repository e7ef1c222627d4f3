// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/value.h"

#include <QList>
#include <QString>

namespace Maestro::Core {

// One named port of a container, normalised as MaestroNG does (spec 8.1): the exposed
// (container) side and the external (host address, host side) binding, each as
// "number-or-range/protocol". Pure value type.
struct PortSpec
{
    QString exposed;                                    // "80/tcp", "1234-1236/tcp"
    QString externalHostIp = QStringLiteral("0.0.0.0"); // unless the mapping form gives one
    QString external;                                   // "8080/tcp"

    QString exposedNumber() const;  // "80": text before '/' (may be a range)
    QString externalNumber() const; // "8080": the value of the _PORT variable
    QString protocol() const;       // "tcp" or "udp", of the exposed side
    bool isRange() const;           // exposed or external is a range

    friend bool operator==(const PortSpec &, const PortSpec &) = default;
};

// Names for messages: "Invalid port spec {spec} for port {portName} of {container} (on {ship})!".
struct PortContext
{
    QString portName;
    QString container;
    QString ship;
};

// Parses one port value: an integer, "a[:b]" with tokens `DIGITS[-DIGITS][/tcp|udp]`, or
// {exposed: E, external: X | [ip, X]}. Besides MaestroNG's checks (and its messages), and
// fixing KW-27: port numbers must be 1-65535, a range must not be reversed, and an exposed
// range needs an external range of the same length. The value is never modified, so a
// service-level spec parses the same for every instance (KW-6).
Result<PortSpec> parsePortSpec(const Value &spec, const PortContext &context);

// One PortBindings entry for the Docker API.
struct PortBindingEntry
{
    QString exposedKey; // "80/tcp": the ExposedPorts / PortBindings key
    QString hostIp;
    QString hostPort; // "8080", or a whole range "2234-2236" for Docker to pick from

    friend bool operator==(const PortBindingEntry &, const PortBindingEntry &) = default;
};

// The bindings Docker expects for one spec, ranges expanded one port per key as the
// Docker CLI does (KW-27): 1234-1236 -> 2234-2236 gives 1234/tcp:2234, 1235/tcp:2235,
// 1236/tcp:2236; a single exposed port with an external range gives one key bound to the
// whole range. Expects a spec from parsePortSpec().
QList<PortBindingEntry> dockerPortBindings(const PortSpec &spec);

} // namespace Maestro::Core
