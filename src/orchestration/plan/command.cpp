// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <array>
#include <utility>

namespace Maestro::Orchestration {

namespace {

constexpr std::array<std::pair<Command, const char *>, 7> kNames{{
    {Command::Status, "status"},
    {Command::Start, "start"},
    {Command::Stop, "stop"},
    {Command::Kill, "kill"},
    {Command::Restart, "restart"},
    {Command::Pull, "pull"},
    {Command::Clean, "clean"},
}};

} // namespace

QString commandName(Command command)
{
    for (const auto &[c, name] : kNames) {
        if (c == command)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Command> commandFromName(const QString &name)
{
    for (const auto &[c, word] : kNames) {
        if (name == QLatin1String(word))
            return c;
    }
    return std::nullopt;
}

} // namespace Maestro::Orchestration
