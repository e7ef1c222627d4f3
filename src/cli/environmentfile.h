// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "core/model/environmentloader.h"

namespace Maestro::Cli {

// Loads the environment file named by `-f` (standard input for `-`), with the process
// environment for its template. The result lives until the process exits: a command
// loads one file and ends, and leaving its tens of thousands of nodes to the kernel
// spares `validate` of a 2,000-instance file about a tenth of its time
// (docs/performance.md, "Whole-process validate"). `forEditing`: with spans and without
// the model (Core::LoadRequest::recordSpans, buildModel), what `edit` plans on.
const Core::LoadResult &loadEnvironmentFile(const CommandLine &line, bool forEditing = false);
// Same, printing every diagnostic to standard error; null when the file cannot be used.
Core::EnvironmentPtr loadEnvironmentOrReport(const CommandLine &line);

} // namespace Maestro::Cli
