// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace Maestro::Orchestration {

// The retry schedule of the lifecycle checks. Times are milliseconds since the checks of
// the state began; `limitMs` is the check's limit (a retry is never due at or after it).
// Pure functions, any thread.

// The pause before a retry after `waitedMs`: an eighth of the time waited, 50 ms to 1 s.
qint64 retryPauseMs(qint64 waitedMs);

// When the next attempt is due after one that failed at `failedAtMs`; nullopt when the
// check gives up (the next attempt would not come before the limit).
std::optional<qint64> nextAttemptMs(qint64 failedAtMs, qint64 limitMs);

// The most attempts that can still follow one that starts at `startedMs`: the number the
// schedule allows if every attempt took no time at all. It is an upper bound for real
// attempts: each takes some time and may start late (other checks, the condition), and
// because `t + retryPauseMs(t)` grows with t, a later failure never makes a later retry
// earlier. So from one attempt to the next this bound can only shrink.
int mostAttemptsAfter(qint64 startedMs, qint64 limitMs);

} // namespace Maestro::Orchestration
