// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcome.h"

#include <string>
#include <sys/socket.h>

namespace Maestro::Guest {

// gethostbyname() as guestutils' host-address --ip uses it, without NSS: a numeric IPv4
// address in any form inet_aton() takes ("10.1" is 10.0.0.1) comes back dotted-quad, a
// name is looked up in /etc/hosts (hostsfile.h). DNS is not consulted.
Outcome<std::string> resolveIpv4(const std::string &host);

// The first IPv4 address of a network interface (guestutils: eth0 through netifaces).
Outcome<std::string> interfaceIpv4(const std::string &interface);

// An address to connect() to: a numeric IPv4 or IPv6 address, or the first address
// /etc/hosts gives the name.
struct SocketAddress
{
    sockaddr_storage storage{};
    socklen_t length = 0;
};
Outcome<SocketAddress> socketAddress(const std::string &host, unsigned short port);

} // namespace Maestro::Guest
