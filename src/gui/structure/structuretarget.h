// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editpath.h"
#include "core/model/environment.h"

#include <QModelIndex>
#include <QString>

namespace Maestro::Gui {

// What a structure action acts on: a ship, a service or an instance, named as the file
// names it, and where it is in the document. Pure value type.
struct StructureTarget
{
    enum class Kind { None, Ship, Service, Instance };
    Kind kind = Kind::None;
    QString name;

    // The row of the environment tree at `index` (any column): an instance row, or a group
    // row, which is a ship or a service as the tree is grouped.
    static StructureTarget fromTreeIndex(const QModelIndex &index);
    // `ship:NAME`, `service:NAME` or `instance:NAME` (the command line's way); invalid for
    // anything else.
    static StructureTarget fromText(const QString &text);

    bool isValid() const { return kind != Kind::None && !name.isEmpty(); }
    // The service the target belongs to: itself, an instance's service, none for a ship.
    QString service(const Core::Environment &environment) const;
    // `ships.NAME`, `services.NAME` or `services.SERVICE.instances.NAME`; empty when the
    // environment does not have the target.
    Core::EditPath path(const Core::Environment &environment) const;

    friend bool operator==(const StructureTarget &, const StructureTarget &) = default;
};

} // namespace Maestro::Gui
