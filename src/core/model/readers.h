// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of EnvironmentBuilder, one file each. Internal to src/core/model.

#include "auditorconfig.h"
#include "buildcontext.h"
#include "instance.h"
#include "service.h"
#include "ship.h"

#include "core/grammar/registry.h"

#include <QHash>
#include <QList>

namespace Maestro::Core {

// `ships` with `ship_defaults` applied (spec 5).
QList<Ship> readShips(BuildContext &context, const Value &root);

// `audit` (spec 15).
QList<AuditorConfig> readAuditors(BuildContext &context, const Value &root);

// `services` and their instances (spec 6, 7). `ships` resolves instance ships and
// `extra_hosts` ship references; `schema` selects the volumes syntax.
struct ServicesRead
{
    QList<Service> services;
    QList<Instance> instances;
};
ServicesRead readServices(BuildContext &context, const Value &root, const QList<Ship> &ships,
                          int schema);

// Envfiles and `env` sources of every service and instance, read once at load so that
// computing an environment later needs no I/O (spec 9.2, 9.5). Keyed by resolved path.
using EnvFileCache = QHash<QString, QList<QPair<QString, QString>>>;
EnvFileCache readEnvSources(BuildContext &context, const QList<Service> &services,
                            const QList<Instance> &instances);

} // namespace Maestro::Core
