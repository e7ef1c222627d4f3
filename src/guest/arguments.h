// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Maestro::Guest {

// An option a command accepts: `--name VALUE`, `--name=VALUE`, or a flag `--name`.
struct OptionSpec
{
    std::string_view name;
    bool takesValue = true;
};

// One command's parsed arguments: its positionals and its options in the order given.
class Arguments
{
public:
    std::vector<std::string> positionals;

    bool has(std::string_view name) const;
    // The last value given to an option, so that a repeated option overrides.
    std::optional<std::string> value(std::string_view name) const;
    // Every value given to a repeatable option, in order.
    std::vector<std::string> values(std::string_view name) const;

    void add(std::string name, std::string value);

private:
    std::vector<std::pair<std::string, std::string>> m_options;
};

// How a command's words are read: options may stand anywhere among the positionals, and
// "--" ends them. With `stopAtFirstPositional` (the run command), the first positional also
// ends them, so that the command to run keeps its own options. A Failure is a usage error.
Outcome<Arguments> parseArguments(const std::vector<std::string> &words,
                                  const std::vector<OptionSpec> &options,
                                  bool stopAtFirstPositional = false);

} // namespace Maestro::Guest
