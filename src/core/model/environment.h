// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditorconfig.h"
#include "instance.h"
#include "service.h"
#include "ship.h"

#include "core/dependencies/dependencygraph.h"
#include "core/grammar/registry.h"
#include "core/value.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Maestro::Core {

// A loaded, validated environment file: what MaestroNG calls the Conductor's model,
// without any connection to a daemon. Built once by EnvironmentBuilder and then shared
// read-only (std::shared_ptr<const Environment>), so any thread may read it.
class Environment
{
public:
    QString fileName; // as given on the command line
    QString baseDir;  // spec 2.1
    Value name;       // top-level `name`, as written (formatted Python-style on use)
    int schema = 1;
    QList<Ship> ships;
    QList<Registry> registries;
    QList<Service> services;   // document order
    QList<Instance> instances; // document order (service by service)
    QList<AuditorConfig> auditors;
    // Every envfile the sources name, read at load: resolved path -> KEY=value pairs.
    QHash<QString, QList<QPair<QString, QString>>> envFiles;

    QString nameText() const;
    const Ship *ship(const QString &name) const;
    const Service *service(const QString &name) const;
    const Instance *instance(const QString &name) const;
    qsizetype serviceIndex(const QString &name) const { return m_serviceIndex.value(name, -1); }
    qsizetype instanceIndex(const QString &name) const { return m_instanceIndex.value(name, -1); }
    const DependencyGraph &dependencies() const { return m_dependencies; }

    // Called once by the builder after the lists are complete.
    void finalize(DependencyGraph graph);

private:
    QHash<QString, qsizetype> m_shipIndex;
    QHash<QString, qsizetype> m_serviceIndex;
    QHash<QString, qsizetype> m_instanceIndex;
    DependencyGraph m_dependencies;
};

using EnvironmentPtr = std::shared_ptr<const Environment>;

} // namespace Maestro::Core
