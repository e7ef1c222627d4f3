// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "core/model/environmentloader.h"

namespace Maestro::Cli {

// Loads the environment file named by `-f` (standard input for `-`), with the process
// environment for its template.
Core::LoadResult loadEnvironmentFile(const CommandLine &line);
// Same, printing every diagnostic to standard error; null when the file cannot be used.
Core::EnvironmentPtr loadEnvironmentOrReport(const CommandLine &line);

} // namespace Maestro::Cli
