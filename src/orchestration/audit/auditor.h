// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditevent.h"

#include "core/result.h"

namespace Maestro::Orchestration {

// One configured auditor (spec 15.3). AuditTrail decides which events reach it (levels)
// and what its failures mean; deliver() may block (file, network, process) and is called
// from the runner's worker threads and the command's thread, one call at a time.
class Auditor
{
public:
    virtual ~Auditor() = default;
    virtual Core::VoidResult deliver(const AuditEvent &event) = 0;
};

} // namespace Maestro::Orchestration
