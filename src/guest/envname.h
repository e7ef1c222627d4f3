// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace Maestro::Guest {

// NORM() of spec 9.1, as `maestro` applies it when it injects the variables (see
// Maestro::Core::normalizeEnvName, which this executable cannot link): every byte other
// than ASCII [A-Za-z0-9_] becomes '_', then letters are upper-cased. zk.node -> ZK_NODE.
// KW-26: MaestroNG keeps non-ASCII letters; `maestro` does not, so neither does the guest.
// `maestro` replaces each UTF-16 code unit, so a UTF-8 character becomes one '_', or two
// when it lies outside the Basic Multilingual Plane (a surrogate pair there).
std::string normalizeEnvName(std::string_view name);

} // namespace Maestro::Guest
