// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

#include <algorithm>

namespace Maestro::Guest {

bool Arguments::has(std::string_view name) const
{
    return std::any_of(m_options.begin(), m_options.end(),
                       [name](const auto &option) { return option.first == name; });
}

std::optional<std::string> Arguments::value(std::string_view name) const
{
    std::optional<std::string> last;
    for (const auto &[optionName, optionValue] : m_options) {
        if (optionName == name)
            last = optionValue;
    }
    return last;
}

std::vector<std::string> Arguments::values(std::string_view name) const
{
    std::vector<std::string> all;
    for (const auto &[optionName, optionValue] : m_options) {
        if (optionName == name)
            all.push_back(optionValue);
    }
    return all;
}

void Arguments::add(std::string name, std::string value)
{
    m_options.emplace_back(std::move(name), std::move(value));
}

Outcome<Arguments> parseArguments(const std::vector<std::string> &words,
                                  const std::vector<OptionSpec> &options,
                                  bool stopAtFirstPositional)
{
    Arguments arguments;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string &word = words[i];
        if (optionsEnded || word.size() < 3 || word.compare(0, 2, "--") != 0) {
            if (word == "--" && !optionsEnded) {
                optionsEnded = true;
                continue;
            }
            arguments.positionals.push_back(word);
            optionsEnded = optionsEnded || stopAtFirstPositional;
            continue;
        }
        const std::string::size_type equals = word.find('=');
        const std::string name = word.substr(2, equals == std::string::npos ? equals : equals - 2);
        const auto spec = std::find_if(options.begin(), options.end(),
                                       [&name](const OptionSpec &o) { return o.name == name; });
        if (spec == options.end())
            return Failure{"unknown option --" + name};
        if (!spec->takesValue) {
            if (equals != std::string::npos)
                return Failure{"option --" + name + " takes no value"};
            arguments.add(name, {});
        } else if (equals != std::string::npos) {
            arguments.add(name, word.substr(equals + 1));
        } else if (i + 1 < words.size()) {
            arguments.add(name, words[++i]);
        } else {
            return Failure{"option --" + name + " needs a value"};
        }
    }
    return arguments;
}

} // namespace Maestro::Guest
