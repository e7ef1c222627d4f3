// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace Maestro::Guest {

// Python's int(text) in base 10, the check guestutils applies to port variables and to
// their defaults: surrounding ASCII whitespace, an optional sign, digits with single
// underscores between them (PEP 515). Returns the value in canonical decimal form (no
// leading zeros, no '+', "0" for "-0") so that any length is exact, or nothing when
// Python would raise ValueError ("2181-2183", "", "1__0"). Python also accepts non-ASCII
// digits; injected values never hold them.
std::optional<std::string> parsePythonInt(std::string_view text);

} // namespace Maestro::Guest
