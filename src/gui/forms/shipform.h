// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entityform.h"

namespace Maestro::Gui {

// The fields of a ship (spec 5.1, and our ssh_tunnel.socket_path) at `ships.NAME`; those
// `ship_defaults` may give show its value greyed when the ship has none. GUI thread only.
class ShipForm final : public EntityForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipForm)

public:
    explicit ShipForm(QWidget *parent = nullptr);

    // Shows ship `name` of `document` (the parsed document); false when it has none.
    bool showItem(const Core::Value &document, const QString &name);
};

} // namespace Maestro::Gui
