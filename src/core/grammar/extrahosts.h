// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/value.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Maestro::Core {

// `extra_hosts: {hostname: ip | {ship: ship-name}}` (spec 8.7) -> HostConfig.ExtraHosts,
// "host:ip" sorted by host name. A {ship: name} value resolves through `shipIp` to that
// ship's `ip`; an unknown ship is an error (the reference crashes). Values of any other
// type are skipped, as in the reference. Null is no extra hosts; any other non-mapping is
// an error.
Result<QStringList>
parseExtraHosts(const Value &v,
                const std::function<std::optional<QString>(const QString &ship)> &shipIp,
                const QString &container);

} // namespace Maestro::Core
