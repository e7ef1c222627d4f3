// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcelocation.h"

#include <QString>

namespace Maestro::Core {

// What went wrong, where. `path` is the position inside the document
// (`services.web.instances.web-1.ports.http`) when the error is about a value.
struct Error
{
    QString message;
    SourceLocation location;
    QString path;

    // "file:line:col: message", or the bare message when the location is unknown.
    QString toString() const;
};

} // namespace Maestro::Core
