// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <string_view>

namespace Maestro::Guest {

// Exit statuses: a value printed, a guestutils error (message on stderr), a usage error.
enum ExitStatus : int { ExitOk = 0, ExitError = 1, ExitUsage = 2 };

// The iostreams are not used: with the static C++ library they would double the size.
void printUsage(std::FILE *stream);

// TEXT and a newline on stdout.
void printLine(std::string_view text);

// "maestro-guest: MESSAGE" and the usage text on stderr; returns ExitUsage.
int usageError(std::string_view message);

// MESSAGE on stderr, as guestutils' MaestroEnvironmentError says it; returns ExitError.
int environmentError(std::string_view message);

} // namespace Maestro::Guest
