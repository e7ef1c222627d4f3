// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sourcelocation.h"
#include "core/value.h"

#include <QString>

namespace Maestro::Core {

// One entry of `audit:` (spec 15), validated at load; the orchestration layer builds
// the auditor itself from it.
struct AuditorConfig
{
    QString type;  // log, http, slack, hipchat, exec
    QString level; // "info" or "debug"
    bool ignoreErrors = false;
    Value options; // the whole entry as written
    SourceLocation location;
};

} // namespace Maestro::Core
