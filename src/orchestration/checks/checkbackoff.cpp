// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkbackoff.h"

#include <algorithm>
#include <limits>

namespace Maestro::Orchestration {

namespace {

constexpr qint64 kFirstBackoffMs = 50;
constexpr qint64 kMaxBackoffMs = 1000;
// The pause before a retry is this fraction of the time the check has waited so far.
constexpr qint64 kBackoffDivisor = 8;
// MaestroNG's RetryingLifecycleHelper sleeps this long after a failed run.
constexpr qint64 kCommandRetryPauseMs = 1000;

} // namespace

// Retries back off from 50 ms to 1 s, growing with the time already waited rather than
// doubling: a service that opens after t seconds is then seen at most t/8 later. Doubling
// (50, 100, 200, 400, 800 ms) noticed a service that opened 1.2 s after its start only at
// 1.55 s, a loss that added up level by level in a start with dependencies (the start
// benchmark, docs/performance.md). Long waits still settle at one attempt a second.
qint64 retryPauseMs(qint64 waitedMs)
{
    return std::clamp(waitedMs / kBackoffDivisor, kFirstBackoffMs, kMaxBackoffMs);
}

std::optional<qint64> nextAttemptMs(qint64 failedAtMs, qint64 limitMs)
{
    const qint64 next = failedAtMs + retryPauseMs(failedAtMs);
    if (next >= limitMs)
        return std::nullopt;
    return next;
}

int mostAttemptsAfter(qint64 startedMs, qint64 limitMs)
{
    qint64 count = 0;
    qint64 at = startedMs;
    // Walk the growing pauses; once they reach a second, count the rest in one step
    // (attempts at at + k s for every k >= 1 that stays before the limit).
    while (retryPauseMs(at) < kMaxBackoffMs) {
        const std::optional<qint64> next = nextAttemptMs(at, limitMs);
        if (!next)
            return int(count);
        at = *next;
        ++count;
    }
    if (limitMs > at)
        count += (limitMs - at - 1) / kMaxBackoffMs;
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

std::optional<qint64> nextCommandAttemptMs(int attempt, qint64 failedAtMs, int attempts)
{
    if (attempt >= attempts)
        return std::nullopt;
    return failedAtMs + kCommandRetryPauseMs;
}

} // namespace Maestro::Orchestration
