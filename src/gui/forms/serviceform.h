// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entityform.h"

namespace Maestro::Gui {

// The fields of a service (spec 6) at `services.NAME`, each saying which of its instances
// set their own value instead (image, limits, a port, a variable). GUI thread only.
class ServiceForm final : public EntityForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceForm)

public:
    explicit ServiceForm(QWidget *parent = nullptr);

    // Shows service `name` of `document` (the parsed document); false when it has none.
    bool showItem(const Core::Value &document, const QString &name);
};

} // namespace Maestro::Gui
