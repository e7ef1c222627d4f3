// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Orchestration {

// One difference between an instance's configuration and its container (KW-39, see
// configDrift()). `field` names the configuration key (`image`, `command`, `env.NAME`,
// `ports`, `volumes`, `links`, `restart`, `limits.memory`, ...); the values are display
// texts, "" for absent. A plain value, safe to copy between threads.
struct DriftItem
{
    QString field;
    QString configured;
    QString actual;

    friend bool operator==(const DriftItem &, const DriftItem &) = default;
};

} // namespace Maestro::Orchestration
