// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"

#include <optional>
#include <string>
#include <vector>

namespace Maestro::Guest {

// MaestroNG's maestro.guestutils (spec 16) over this process's environment, which `maestro`
// filled as spec 9 says. Failures carry guestutils' messages. Ports are returned as the
// canonical decimal text of Python's int() (pythonint.h). Names are normalised (envname.h).

std::string environmentName();
Outcome<std::string> serviceName();
Outcome<std::string> containerName();
// The raw CONTAINER_HOST_ADDRESS; resolving it to an IPv4 address is address.h's.
Outcome<std::string> containerHostAddress();

Outcome<std::string> specificHost(const std::string &service, const std::string &container);
// {S}_{C}_{P}_PORT (external), or the default when the variable is absent.
Outcome<std::string> specificPort(const std::string &service, const std::string &container,
                                  const std::string &port,
                                  const std::optional<std::string> &defaultValue);
// {S}_{C}_{P}_INTERNAL_PORT (exposed), or the default when the variable is absent.
Outcome<std::string> specificExposedPort(const std::string &service, const std::string &container,
                                         const std::string &port,
                                         const std::optional<std::string> &defaultValue);
// The calling container's own exposed port.
Outcome<std::string> ownPort(const std::string &port,
                             const std::optional<std::string> &defaultValue);

// One instance of a service as the node list sees it: its host and the external ports
// asked for, in order.
struct Node
{
    std::string container;
    std::string host;
    std::vector<std::string> ports;
};

// {S}_INSTANCES split on ','. Unlike guestutils, an empty value means no instances rather
// than one instance with an empty name.
std::vector<std::string> instanceNames(const std::string &service);
// get_node_list(): fewer than `minimum` nodes is an error.
Outcome<std::vector<Node>> nodeList(const std::string &service,
                                    const std::vector<std::string> &ports, long long minimum);
// host[:port1[:port2...]], as get_node_list() formats a node.
std::string formatNode(const Node &node);

} // namespace Maestro::Guest
