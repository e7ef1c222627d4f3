// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entityform.h"

namespace Maestro::Gui {

// The fields of an instance (spec 7) at `services.SERVICE.instances.NAME`. What it
// inherits from its service (image, limits, ports and variables it does not set itself)
// shows greyed, "from service web", with "Override here". GUI thread only.
class InstanceForm final : public EntityForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceForm)

public:
    explicit InstanceForm(QWidget *parent = nullptr);

    // Shows instance `name` of `document` (the parsed document); false when it has none.
    bool showItem(const Core::Value &document, const QString &name);
    // The service that holds instance `name` in `document`, or an empty string.
    static QString serviceOf(const Core::Value &document, const QString &name);
};

} // namespace Maestro::Gui
