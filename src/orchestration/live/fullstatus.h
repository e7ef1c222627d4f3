// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "driftitem.h"
#include "orchestration/ships/shipclients.h"

#include "core/model/environment.h"
#include "docker/apitypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Maestro::Orchestration {

// One named port of `status -F` (spec 12.2): reachable with one TCP connection to the
// ship's ip within a second (Up), not (Down; UDP ports always), or a range, which cannot
// be probed (NotProbed, KW-27; MaestroNG fails the whole row on it).
struct PortProbe
{
    enum class State { Up, Down, NotProbed };
    QString name;
    QString external; // "2181/tcp"
    State state = State::Down;
};

// What `status -F` shows of one instance: its container (absent: nullopt), the ports,
// and how the container differs from its configuration (KW-39). `hostDown` carries the
// reason when the ship did not answer.
struct FullStatus
{
    QString instance;
    std::optional<QString> hostDown;
    std::optional<Docker::ContainerDetails> container;
    QList<PortProbe> ports;
    QList<DriftItem> drift;
};

// Spec 12.2 for one instance: inspects its container (and the configured image, for the
// drift), then probes its ports. Blocking, for worker threads; several instances may be
// probed at once (KW-31: MaestroNG probes them one after the other).
FullStatus fullStatusOf(const Core::Environment &environment, ShipClients &clients,
                        const Core::Instance &instance);

} // namespace Maestro::Orchestration
