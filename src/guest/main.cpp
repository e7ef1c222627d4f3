// SPDX-License-Identifier: GPL-3.0-or-later
// `maestro-guest`: MaestroNG's guestutils for a container's start script, as one static
// executable (docs/guest.md). Finds the command, parses its words, runs it.
#include "commands.h"
#include "usage.h"

#include <algorithm>
#include <string>
#include <vector>

using namespace Maestro::Guest;

int main(int argc, char *argv[])
{
    const std::vector<std::string> words(argv + std::min(argc, 2), argv + argc);
    const std::string name = argc > 1 ? argv[1] : "";
    if (name == "--help" || name == "-h" || name == "help") {
        printUsage(stdout);
        return ExitOk;
    }
    if (name.empty())
        return usageError("no command given");
    const auto &table = commands();
    const auto command = std::find_if(table.begin(), table.end(),
                                      [&name](const Command &c) { return c.name == name; });
    if (command == table.end())
        return usageError("unknown command " + name);

    const Outcome<Arguments> arguments
        = parseArguments(words, command->options, command->stopAtFirstPositional);
    if (!arguments)
        return usageError(name + ": " + arguments.error());
    const std::size_t count = arguments->positionals.size();
    if (count < command->minPositionals || count > command->maxPositionals)
        return usageError(name + ": wrong number of arguments");
    return command->run(*arguments);
}
