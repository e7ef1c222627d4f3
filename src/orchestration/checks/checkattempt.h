// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lifecyclerunner.h"

#include "core/grammar/lifecyclecheck.h"

namespace Maestro::Orchestration {

// One attempt of one lifecycle check (spec 14.2), blocking on the calling worker thread
// for at most `budgetMs` (a tcp connect at most 1 s). Success or the reason it failed.
// Every socket and process it opens is closed or killed before it returns.
Core::VoidResult attemptCheck(const Core::LifecycleCheck &check, const CheckTarget &target,
                              qint64 budgetMs);

} // namespace Maestro::Orchestration
