// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address.h"

#include <chrono>
#include <optional>
#include <string>

namespace Maestro::Guest {

// One TCP connection attempt, given up after `limit`: nothing when the peer accepted and did
// not hang up within 200 ms (the connection is then closed), else why not ("Connection
// refused", "timed out", "closed the connection at once").
std::optional<std::string> probeTcp(const SocketAddress &address, std::chrono::milliseconds limit);

} // namespace Maestro::Guest
