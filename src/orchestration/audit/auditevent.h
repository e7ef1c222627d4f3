// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/plan/command.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace Maestro::Orchestration {

// One audit event (spec 15.1): a play or one of its top-level tasks starting (Action),
// succeeding or failing. Plain value.
struct AuditEvent
{
    enum class Kind { Action, Success, Error };
    Kind kind = Kind::Action;
    bool taskLevel = false; // one container's task (the debug level); else the whole play
    QString action;         // start, pull, stop, kill, restart, clean
    QStringList what;       // container names
    QString message;        // Error: the error text ("" when none)
    // name -> (ship ip, service): the exec auditor's standard input.
    QMap<QString, std::pair<QString, QString>> containers;
};

// Spec 15.2 texts. who: the OS user name.
QString auditWho();
// "{who} is starting a, b.", "Start of a succeeded.", "Failed to start a! (message: x)".
QString auditText(const AuditEvent &event);
// The commands whose plays and tasks are audited (status never is).
bool isAuditedCommand(Command command);

} // namespace Maestro::Orchestration
