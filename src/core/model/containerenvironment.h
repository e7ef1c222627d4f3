// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"

#include <QList>
#include <QString>

#include <optional>

namespace Maestro::Core {

// One variable of a container's environment; no value means the bare `KEY` entry
// MaestroNG sends for a null value.
struct EnvVar
{
    QString name;
    std::optional<QString> value;

    QString toDockerEntry() const { return value ? name + QLatin1Char('=') + *value : name; }
    friend bool operator==(const EnvVar &, const EnvVar &) = default;
};

// The environment MaestroNG injects into an instance's container (spec 9): sources merged
// by precedence, link variables of its own service and of the services it requires or
// wants info from, lists flattened, values formatted Python-style, in insertion order.
// Computed on demand: it grows with the dependency closure, so the model does not store it.
QList<EnvVar> containerEnvironment(const Environment &environment, const Instance &instance);

// The service-level part alone (sources 1-3 of spec 9.2).
QList<EnvVar> serviceEnvironment(const Environment &environment, const Service &service);

} // namespace Maestro::Core
