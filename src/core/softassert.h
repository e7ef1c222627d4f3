// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Maestro::Core {

// Logs a broken assumption of the program (not of the user's input) to the `maestro.assert`
// category as `SOFT ASSERT: "condition" in file:line`. Any thread.
void softAssertFailed(const char *condition, const char *file, int line);

} // namespace Maestro::Core

// Soft assert (STYLE rule 5, after Qt Creator's QTC_ASSERT): when `condition` does not hold,
// logs where and runs `action` (`return`, `return {}`, `continue`...), so that a programmer
// error costs one operation instead of the user's session. Never used for user input, whose
// problems are diagnostics. Use as a statement: MAESTRO_ASSERT(index >= 0, return);
#define MAESTRO_ASSERT(condition, action)                                                          \
    if (Q_LIKELY(condition)) {                                                                     \
    } else {                                                                                       \
        ::Maestro::Core::softAssertFailed(#condition, __FILE__, __LINE__);                         \
        action;                                                                                    \
    }                                                                                              \
    do {                                                                                           \
    } while (false)
