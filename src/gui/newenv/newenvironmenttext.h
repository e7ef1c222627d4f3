// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/daemondiscovery.h"

#include <QString>

namespace Maestro::Gui {

// The text of a new environment file: a comment saying what to add next, the environment's
// `name`, one ship that reaches `daemon` as the `docker` command does, and no services yet.
// The ship's fields are spec section 5's; values that YAML would read otherwise are quoted.
QString newEnvironmentText(const QString &environmentName, const QString &shipName,
                           const Docker::ConnectionSettings &daemon);

} // namespace Maestro::Gui
