// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace Maestro::Cli {

// `maestro edit [--dry-run] [--alias=refuse|anchor|copy] set PATH VALUE | unset PATH |
// rename PATH NEWNAME | insert PATH[N] VALUE`: a verified byte edit of the environment file
// (docs/editing.md). Exit 0 when written (or shown with --dry-run), 1 when refused, 2 on a usage
// error.
int runEdit(const CommandLine &line);

} // namespace Maestro::Cli
