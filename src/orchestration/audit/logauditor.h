// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditor.h"

namespace Maestro::Orchestration {

// `type: log` (spec 15.3): appends `{YYYY-MM-DD HH:MM:SS,mmm} {LEVEL}: {text}` to `file`
// (relative to the working directory, as MaestroNG's logging handler), LEVEL being INFO
// for play events, DEBUG for task events and ERROR for failures.
class LogAuditor final : public Auditor
{
public:
    explicit LogAuditor(QString file);
    Core::VoidResult deliver(const AuditEvent &event) override;

private:
    QString m_file;
};

} // namespace Maestro::Orchestration
