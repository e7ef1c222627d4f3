// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace Maestro::Orchestration {

// The retry schedules of the lifecycle checks. Times are milliseconds since the checks of
// the state began. Pure functions, any thread.
//
// Probes (tcp, http) retry fast and then once a second until the check's time limit
// `limitMs` (a retry is never due at or after it): retryPauseMs, nextAttemptMs,
// mostAttemptsAfter. Commands (exec, rexec) may have side effects, so they keep MaestroNG's
// schedule (spec 14.2): at most `attempts` runs, each retry a second after the run before
// failed: nextCommandAttemptMs.

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

// When an exec or rexec check's next run is due after run number `attempt` (1 for the first)
// failed at `failedAtMs`; nullopt when that was the last of its `attempts`. The pause is
// MaestroNG's second, so each run, the last one too, starts no earlier than MaestroNG's
// would when the runs take as long.
std::optional<qint64> nextCommandAttemptMs(int attempt, qint64 failedAtMs, int attempts);

} // namespace Maestro::Orchestration
