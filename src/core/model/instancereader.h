// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buildcontext.h"
#include "instance.h"
#include "service.h"
#include "ship.h"

#include <QList>
#include <QStringList>

namespace Maestro::Core {

// What instances inherit from their service, as written (each instance parses its own
// copy: parsing never changes shared configuration, KW-5, KW-6).
struct ServiceDefaults
{
    QString path;
    Value ports;
    Value limits;
    Value lifecycle;
};

// Reads one instance (spec 7) into a resolved Instance, reporting every problem.
class InstanceReader
{
public:
    InstanceReader(BuildContext &context, const QList<Ship> &ships, int schema);

    ServiceDefaults serviceDefaults(const Value &service, const QString &path);
    Instance read(const Service &service, const ServiceDefaults &defaults,
                  const Value::Entry &entry);

private:
    QList<NamedPort> readPorts(const ServiceDefaults &defaults, const Value &body,
                               const Instance &instance, const QString &path);
    void readLimits(Instance &instance, const ServiceDefaults &defaults, const Value &body,
                    const QString &path);
    void readVolumes(Instance &instance, const Value &body, const QString &path);
    void readLifecycle(Instance &instance, const ServiceDefaults &defaults, const Value &body,
                       const QString &path);
    void readContainerFields(Instance &instance, const Value &body, const QString &path);
    void warnBase60(const Value &spec, const QString &path);
    static QString closestShip(const QString &name, const QStringList &ships);

    BuildContext &m_context;
    const QList<Ship> &m_ships;
    int m_schema;
};

// Every key an instance may have (spec 7).
const QStringList &instanceKeys();

} // namespace Maestro::Core
