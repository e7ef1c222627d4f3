// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditor.h"

#include <QString>

namespace Maestro::Orchestration {

// `type: exec` (spec 15.3): only a play's success runs anything: `script` with `args`
// formatted (`{action}`, `{what}` = the names separated by spaces, `{who}`; KW-33: no
// Python list repr) and split on whitespace, and on standard input the JSON
// `{container: {"ship": ship ip, "service": service}}`. A non-zero exit status or a
// script that does not end within 60 s is a failure (which AuditTrail swallows).
class ExecAuditor final : public Auditor
{
public:
    ExecAuditor(QString script, QString args);
    Core::VoidResult deliver(const AuditEvent &event) override;

private:
    QString m_script;
    QString m_args;
};

} // namespace Maestro::Orchestration
