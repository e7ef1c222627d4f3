// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace Maestro::Guest {

// Runs `command` (looked up in PATH) as this process's child and stays with it, as a
// container's PID 1 must (spec 16.1's run_service): SIGTERM, SIGINT, SIGHUP, SIGQUIT,
// SIGUSR1 and SIGUSR2 are forwarded to it; every child that ends is reaped, including
// orphans of the command's own children (the process is made a child subreaper, so this also
// holds outside a container). With `logFd` >= 0 the command's stdout and stderr, merged, are
// copied to this process's stdout and to logFd; otherwise it inherits both.
// Returns the command's exit status, 128+N when a signal N ended it, 127 when it could not be
// found and 126 when it could not be run.
int supervise(const std::vector<std::string> &command, int logFd);

} // namespace Maestro::Guest
