// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Maestro::Cli {

// Ctrl-C for the acting commands: the handler only counts (async-signal-safe); the main
// thread polls the count and cancels (first press) or aborts (second press) the run.
void installInterruptCounter();
int interruptCount();

} // namespace Maestro::Cli
