// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"

#include <QString>
#include <QStringList>

namespace Maestro::Core {

// The text of `maestro deptree` (spec 12.10): for each selected service, its direct
// dependencies (requires and volumes_from) as a tree. Without `recursive` a service is
// shown at most once per top-level tree, at its shallowest position. `things` may name
// services or instances (an instance stands for its service); empty means every service
// not marked `omit` (spec 10.3).
QString formatDependencyTree(const Environment &environment, const QStringList &services,
                             bool recursive);

} // namespace Maestro::Core
