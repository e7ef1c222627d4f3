// SPDX-License-Identifier: GPL-3.0-or-later
#include "address.h"

#include "hostsfile.h"

#include <arpa/inet.h>
#include <cstring>
#include <ifaddrs.h>
#include <netinet/in.h>

namespace Maestro::Guest {

namespace {

std::optional<in_addr> numericIpv4(const std::string &host)
{
    in_addr address{};
    if (inet_aton(host.c_str(), &address) == 0)
        return std::nullopt;
    return address;
}

std::string dottedQuad(in_addr address)
{
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &address, text, sizeof text);
    return text;
}

std::optional<SocketAddress> numericSocketAddress(const std::string &host, unsigned short port)
{
    SocketAddress result;
    if (const std::optional<in_addr> v4 = numericIpv4(host)) {
        auto *in = reinterpret_cast<sockaddr_in *>(&result.storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr = *v4;
        result.length = sizeof(sockaddr_in);
        return result;
    }
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(&result.storage);
    if (inet_pton(AF_INET6, host.c_str(), &in6->sin6_addr) != 1)
        return std::nullopt;
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    result.length = sizeof(sockaddr_in6);
    return result;
}

} // namespace

Outcome<std::string> resolveIpv4(const std::string &host)
{
    if (const std::optional<in_addr> address = numericIpv4(host))
        return dottedQuad(*address);
    for (const std::string &candidate : hostsFileAddresses(host)) {
        in_addr address{};
        if (inet_pton(AF_INET, candidate.c_str(), &address) == 1)
            return dottedQuad(address);
    }
    return Failure{"Cannot resolve " + host
                   + " to an IPv4 address: not a numeric address, not in /etc/hosts"};
}

Outcome<std::string> interfaceIpv4(const std::string &interface)
{
    ifaddrs *list = nullptr;
    if (getifaddrs(&list) != 0)
        return Failure{std::string("Cannot list the network interfaces: ") + std::strerror(errno)};
    std::optional<std::string> found;
    for (const ifaddrs *entry = list; entry && !found; entry = entry->ifa_next) {
        if (entry->ifa_addr && entry->ifa_addr->sa_family == AF_INET
            && interface == entry->ifa_name)
            found = dottedQuad(reinterpret_cast<const sockaddr_in *>(entry->ifa_addr)->sin_addr);
    }
    freeifaddrs(list);
    if (!found)
        return Failure{"No IPv4 address on interface " + interface};
    return *found;
}

Outcome<SocketAddress> socketAddress(const std::string &host, unsigned short port)
{
    if (std::optional<SocketAddress> address = numericSocketAddress(host, port))
        return *address;
    for (const std::string &candidate : hostsFileAddresses(host)) {
        if (std::optional<SocketAddress> address = numericSocketAddress(candidate, port))
            return *address;
    }
    return Failure{"Cannot resolve " + host + ": not a numeric address, not in /etc/hosts"};
}

} // namespace Maestro::Guest
