// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "structuretarget.h"

#include "core/model/environment.h"

#include <QStringList>

namespace Maestro::Gui {

// What would be left pointing at nothing if the target went: for a ship, the instances on
// it; for a service, the other services that require it or want its information and the
// other services' instances that use one of its instances; for an instance, the instances
// that take its volumes (volumes_from) or link to it (links). One sentence per reference,
// for the user. References from inside the target (a service's own instances) go with it
// and are not listed. Pure function; any thread.
QStringList dependentsOf(const Core::Environment &environment, const StructureTarget &target);

} // namespace Maestro::Gui
