// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"

#include <QJsonObject>
#include <QString>

namespace Maestro::Core {

// The body of `POST /containers/create` for an instance (spec 13.2): what MaestroNG sends,
// with the fixes of KW-37 (CpuShares, Memory and MemorySwap in HostConfig; no legacy
// Memory/MemorySwap placeholders; LxcConf only when configured) and KW-27 (port ranges
// expanded one port per key). `apiVersion` is the version talked to the ship ("" when
// not known yet: treated as modern).
QJsonObject containerCreateBody(const Environment &environment, const Instance &instance,
                                const QString &apiVersion = {});

} // namespace Maestro::Core
