// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editengine.h"
#include "core/model/environment.h"
#include "core/value.h"

#include <optional>

namespace Maestro::Gui {

// Duplicate Instance: a copy of an instance's body under the next free name (`web-2` ->
// `web-3`, `db` -> `db-2`), on the same ship, as one `set` of a new key (one undo step).
// A host port the copy would share with an instance on that ship (the original included)
// moves to the next free one: the copy gets the port in its own `ports`, written in the
// form it had (`80` becomes `"80:81"`, `[127.0.0.1, 18080]` becomes `[127.0.0.1, 18081]`),
// also for a port it took from its service. Host port ranges are copied unchanged. Pure
// function of the document and its environment; any thread.
struct InstanceDuplicate
{
    QString name;
    Core::EditRequest request;

    // Nothing when the document or the environment lacks the instance.
    static std::optional<InstanceDuplicate>
    of(const Core::Value &document, const Core::Environment &environment, const QString &instance);
};

} // namespace Maestro::Gui
