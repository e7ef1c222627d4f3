// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ship.h"
#include "docker/connectionsettings.h"

namespace Maestro::Orchestration {

// What the Docker client needs to reach a ship (spec 5.1, 5.3): the core model's ship,
// already resolved from ship_defaults, mapped field by field. `baseDir` is the environment
// file's directory (relative certificate and key paths). Pure function.
Docker::ConnectionSettings connectionSettingsFor(const Core::Ship &ship, const QString &baseDir);

} // namespace Maestro::Orchestration
