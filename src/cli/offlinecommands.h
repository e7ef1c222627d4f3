// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace Maestro::Cli {

// Commands that need only the environment file, never a daemon (KW-30, KW-41).
// Each returns the process exit status.
int runValidate(const CommandLine &line);
int runDeptree(const CommandLine &line);
int runDump(const CommandLine &line);
int runComplete(const CommandLine &line);

} // namespace Maestro::Cli
