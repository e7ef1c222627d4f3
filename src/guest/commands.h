// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"

#include <cstddef>
#include <limits>
#include <string_view>
#include <vector>

namespace Maestro::Guest {

// One maestro-guest command: its words, and what runs it once they are parsed and counted.
// A handler prints its values on stdout and returns the exit status (usage.h).
struct Command
{
    std::string_view name;
    std::vector<OptionSpec> options;
    std::size_t minPositionals = 0;
    std::size_t maxPositionals = 0;
    int (*run)(const Arguments &arguments) = nullptr;
    bool stopAtFirstPositional = false;
};

inline constexpr std::size_t AnyNumber = std::numeric_limits<std::size_t>::max();

const std::vector<Command> &commands();

// The handlers, one per guestutils function (lookupcommands.cpp) and the two additions.
int runEnvName(const Arguments &arguments);
int runService(const Arguments &arguments);
int runContainer(const Arguments &arguments);
int runHostAddress(const Arguments &arguments);
int runInternalAddress(const Arguments &arguments);
int runPort(const Arguments &arguments);
int runHost(const Arguments &arguments);
int runSpecificPort(const Arguments &arguments);
int runExposedPort(const Arguments &arguments);
int runNodes(const Arguments &arguments);
int runWait(const Arguments &arguments);
int runRun(const Arguments &arguments);

} // namespace Maestro::Guest
