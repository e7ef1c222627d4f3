// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "structuretarget.h"

#include "core/edit/editengine.h"
#include "core/model/environment.h"
#include "core/value.h"

namespace Maestro::Gui::StructureEdits {

// The edit requests of the structure actions, each one engine edit (so one undo step).
// A new entry is one `set` of a new key with a minimal valid body; where its parent mapping
// is missing (a file without `ships:`), the parent is set with the entry in it. Names are
// expected to have passed StructureNames::problem(). Stateless; any thread.

// `ships.NAME: {ip: IP}`.
Core::EditRequest addShip(const Core::Value &document, const QString &name, const QString &ip);
// `services.NAME: {image: IMAGE, instances: {}}`.
Core::EditRequest addService(const Core::Value &document, const QString &name,
                             const QString &image);
// `services.SERVICE.instances.NAME: {ship: SHIP}`.
Core::EditRequest addInstance(const Core::Value &document, const QString &service,
                              const QString &name, const QString &ship);
// `services.SERVICE.instances.INSTANCE.ship: SHIP`.
Core::EditRequest moveInstance(const Core::Environment &environment, const QString &instance,
                               const QString &ship);
// A rename of the target's key; the engine fixes the references to it.
Core::EditRequest rename(const Core::Environment &environment, const StructureTarget &target,
                         const QString &newName);
// The target's key and everything below it removed.
Core::EditRequest remove(const Core::Environment &environment, const StructureTarget &target);

} // namespace Maestro::Gui::StructureEdits
