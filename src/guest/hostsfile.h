// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace Maestro::Guest {

// The addresses /etc/hosts gives a name (case-insensitive, canonical names and aliases), in
// file order. This is the only name resolution maestro-guest does: the static C library's
// getaddrinfo() would need NSS modules at run time, which an image without a C library lacks.
std::vector<std::string> hostsFileAddresses(const std::string &name,
                                            const std::string &path = "/etc/hosts");

} // namespace Maestro::Guest
