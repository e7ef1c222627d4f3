// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Maestro::Orchestration {

// The commands that make a plan (spec 10): what a PlanRequest asks for, what a Plan is of
// and which tasks CommandTasks runs. The command line's words are its boundary: the CLI
// converts with commandFromName(), everything below passes the enum. Any thread.
enum class Command { Status, Start, Stop, Kill, Restart, Pull, Clean };

// The command line's word: "status", "start", "stop", "kill", "restart", "pull", "clean".
QString commandName(Command command);
// The command a word names; nothing for any other word (logs, deptree, "Start"...).
std::optional<Command> commandFromName(const QString &name);

} // namespace Maestro::Orchestration
