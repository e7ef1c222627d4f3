// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestenvironment.h"

#include "envname.h"
#include "pythonint.h"

#include <cstdlib>

namespace Maestro::Guest {

namespace {

std::optional<std::string> variable(const std::string &name)
{
    if (const char *value = std::getenv(name.c_str()))
        return std::string(value);
    return std::nullopt;
}

std::string prefix(const std::string &service, const std::string &container)
{
    return normalizeEnvName(service) + '_' + normalizeEnvName(container) + '_';
}

// guestutils reads int(os.environ.get(name, default)): a present variable is used even when
// it is not a number, and the default goes through the same check.
Outcome<std::string> portValue(const std::string &name,
                               const std::optional<std::string> &defaultValue,
                               const std::string &errorMessage)
{
    std::optional<std::string> text = variable(name);
    if (!text)
        text = defaultValue;
    if (text)
        if (std::optional<std::string> number = parsePythonInt(*text))
            return *number;
    return Failure{errorMessage};
}

Outcome<std::string> nonEmpty(const char *name, const char *errorMessage)
{
    std::optional<std::string> value = variable(name);
    if (!value || value->empty())
        return Failure{errorMessage};
    return *value;
}

} // namespace

std::string environmentName()
{
    return variable("MAESTRO_ENVIRONMENT_NAME").value_or("local");
}

Outcome<std::string> serviceName()
{
    return nonEmpty("SERVICE_NAME", "Service name was not defined");
}

Outcome<std::string> containerName()
{
    return nonEmpty("CONTAINER_NAME", "Container name was not defined");
}

Outcome<std::string> containerHostAddress()
{
    return nonEmpty("CONTAINER_HOST_ADDRESS", "Container host address was not defined");
}

Outcome<std::string> specificHost(const std::string &service, const std::string &container)
{
    if (std::optional<std::string> host = variable(prefix(service, container) + "HOST"))
        return *host;
    return Failure{"No host defined for container " + container + " of service " + service};
}

Outcome<std::string> specificPort(const std::string &service, const std::string &container,
                                  const std::string &port,
                                  const std::optional<std::string> &defaultValue)
{
    return portValue(prefix(service, container) + normalizeEnvName(port) + "_PORT", defaultValue,
                     "No port " + port + " defined for container " + container + " of service "
                         + service);
}

Outcome<std::string> specificExposedPort(const std::string &service, const std::string &container,
                                         const std::string &port,
                                         const std::optional<std::string> &defaultValue)
{
    return portValue(prefix(service, container) + normalizeEnvName(port) + "_INTERNAL_PORT",
                     defaultValue,
                     "No internal port " + port + " defined for container " + container
                         + " of service " + service);
}

Outcome<std::string> ownPort(const std::string &port,
                             const std::optional<std::string> &defaultValue)
{
    const Outcome<std::string> service = serviceName();
    if (!service)
        return service;
    const Outcome<std::string> container = containerName();
    if (!container)
        return container;
    return specificExposedPort(*service, *container, port, defaultValue);
}

std::vector<std::string> instanceNames(const std::string &service)
{
    std::vector<std::string> names;
    const std::optional<std::string> list = variable(normalizeEnvName(service) + "_INSTANCES");
    if (!list || list->empty())
        return names;
    std::string::size_type start = 0;
    for (;;) {
        const std::string::size_type comma = list->find(',', start);
        names.push_back(list->substr(start, comma - start));
        if (comma == std::string::npos)
            return names;
        start = comma + 1;
    }
}

Outcome<std::vector<Node>> nodeList(const std::string &service,
                                    const std::vector<std::string> &ports, long long minimum)
{
    std::vector<Node> nodes;
    for (const std::string &container : instanceNames(service)) {
        const Outcome<std::string> host = specificHost(service, container);
        if (!host)
            return Failure{host.error()};
        Node node{container, *host, {}};
        for (const std::string &port : ports) {
            const Outcome<std::string> number = specificPort(service, container, port, {});
            if (!number)
                return Failure{number.error()};
            node.ports.push_back(*number);
        }
        nodes.push_back(std::move(node));
    }
    if (static_cast<long long>(nodes.size()) < minimum)
        return Failure{"No or not enough " + service + " nodes configured"};
    return nodes;
}

std::string formatNode(const Node &node)
{
    std::string text = node.host;
    for (const std::string &port : node.ports)
        text += ':' + port;
    return text;
}

} // namespace Maestro::Guest
