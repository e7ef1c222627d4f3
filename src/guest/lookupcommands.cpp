// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that print what guestutils' functions return.
#include "address.h"
#include "commands.h"
#include "guestenvironment.h"
#include "pythonint.h"
#include "usage.h"

#include <charconv>

namespace Maestro::Guest {

namespace {

int print(const Outcome<std::string> &value)
{
    if (!value)
        return environmentError(value.error());
    printLine(*value);
    return ExitOk;
}

std::optional<long long> smallInteger(const std::string &text)
{
    const std::optional<std::string> canonical = parsePythonInt(text);
    long long number = 0;
    if (!canonical)
        return std::nullopt;
    const char *end = canonical->data() + canonical->size();
    const auto [last, error] = std::from_chars(canonical->data(), end, number);
    if (error != std::errc() || last != end)
        return std::nullopt;
    return number;
}

} // namespace

int runEnvName(const Arguments &)
{
    return print(environmentName());
}

int runService(const Arguments &)
{
    return print(serviceName());
}

int runContainer(const Arguments &)
{
    return print(containerName());
}

int runHostAddress(const Arguments &arguments)
{
    // KW-36: guestutils resolves before checking, so an absent address became 0.0.0.0.
    const Outcome<std::string> address = containerHostAddress();
    if (!address || !arguments.has("ip"))
        return print(address);
    return print(resolveIpv4(*address));
}

int runInternalAddress(const Arguments &arguments)
{
    return print(interfaceIpv4(arguments.value("interface").value_or("eth0")));
}

int runPort(const Arguments &arguments)
{
    return print(ownPort(arguments.positionals[0], arguments.value("default")));
}

int runHost(const Arguments &arguments)
{
    return print(specificHost(arguments.positionals[0], arguments.positionals[1]));
}

int runSpecificPort(const Arguments &arguments)
{
    const auto &p = arguments.positionals;
    return print(specificPort(p[0], p[1], p[2], arguments.value("default")));
}

int runExposedPort(const Arguments &arguments)
{
    const auto &p = arguments.positionals;
    return print(specificExposedPort(p[0], p[1], p[2], arguments.value("default")));
}

int runNodes(const Arguments &arguments)
{
    long long minimum = 1;
    if (const std::optional<std::string> text = arguments.value("minimum")) {
        const std::optional<long long> number = smallInteger(*text);
        if (!number)
            return usageError("nodes: --minimum needs an integer, not " + *text);
        minimum = *number;
    }
    const Outcome<std::vector<Node>> nodes
        = nodeList(arguments.positionals[0], arguments.values("port"), minimum);
    if (!nodes)
        return environmentError(nodes.error());
    const std::optional<std::string> separator = arguments.value("separator");
    std::string joined;
    for (std::size_t i = 0; i < nodes->size(); ++i) {
        const std::string text = formatNode((*nodes)[i]);
        if (!separator)
            printLine(text);
        else
            joined += (i > 0 ? *separator : std::string()) + text;
    }
    if (separator)
        printLine(joined);
    return ExitOk;
}

} // namespace Maestro::Guest
