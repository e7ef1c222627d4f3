// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/grammar/lifecyclecheck.h"
#include "core/grammar/logconfig.h"
#include "core/grammar/portspec.h"
#include "core/grammar/restartpolicy.h"
#include "core/grammar/ulimits.h"
#include "core/grammar/volumespec.h"
#include "core/sourcelocation.h"
#include "core/value.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Maestro::Core {

// The lifecycle checks of one state (`running`, `pre-start`, ...), service checks first.
struct LifecycleState
{
    QString state;
    QList<LifecycleCheck> checks;
};

// An instance, i.e. one container (spec 7), fully resolved: service values merged in,
// value grammars parsed. Everything the Docker create body needs is here except the
// injected environment (ContainerEnvironment computes it).
struct Instance
{
    QString name;
    QString service;
    QString ship;
    QString image; // effective image (instance image or the service's)
    std::optional<QStringList> command;
    QList<NamedPort> ports; // service ports overlaid by instance ports
    Value envfile;          // instance-level sources, as written
    Value env;
    QList<VolumeBind> volumes;
    QStringList containerVolumes;
    QStringList volumesFrom;
    QStringList links; // "name:alias", sorted
    QString username;
    bool privileged = false;
    QStringList capAdd;
    QStringList capDrop;
    QStringList extraHosts; // "host:ip", sorted by host
    QString net;
    RestartPolicy restart;
    std::optional<QStringList> dns;
    int stopTimeout = 10;
    std::optional<qint64> memory;
    std::optional<qint64> swap;
    std::optional<qint64> cpuShares;
    std::optional<LogConfig> logConfig;
    QList<QPair<QString, QString>> lxcConf;
    QString workdir;
    std::optional<QStringList> securityOpt;
    std::optional<QList<Ulimit>> ulimits;
    std::optional<QList<QPair<QString, QString>>> labels;
    QList<LifecycleState> lifecycle;
    SourceLocation location;

    // hostname: the instance name unless `net` is set (spec 7.1).
    QString hostname() const { return net.isEmpty() ? name : QString(); }
    // Bind targets and container volumes (spec 7.1 "volumes set").
    QStringList volumeSet() const;
    const QList<LifecycleCheck> *checksFor(const QString &state) const;
};

} // namespace Maestro::Core
