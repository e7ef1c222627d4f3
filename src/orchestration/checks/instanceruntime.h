// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/apitypes.h"
#include "orchestration/live/driftitem.h"

#include <QList>

#include <optional>

namespace Maestro::Orchestration {

// What the details panel shows beside an instance's configuration: its inspected
// container (none when the ship has no such container) and how that container differs
// from the configuration. Plain value, built on a worker thread.
struct InstanceRuntime
{
    std::optional<Docker::ContainerDetails> container;
    QList<DriftItem> drift;
};

} // namespace Maestro::Orchestration
