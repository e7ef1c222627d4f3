// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclerunner.h"

#include "checkattempt.h"
#include "tr.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace Maestro::Orchestration {

// lupdate (Qt 6.4) gives tr() in a free function with a namespace-qualified return type
// ("Core::Error f()") a wrong context, so those return types are named unqualified.
using Core::Error;
using Core::VoidResult;

namespace {

constexpr qint64 kFirstBackoffMs = 50;
constexpr qint64 kMaxBackoffMs = 1000;
constexpr qint64 kConditionIntervalMs = 1000;
// The pause before a retry is this fraction of the time the check has waited so far.
constexpr qint64 kBackoffDivisor = 8;

struct CheckRun
{
    const Core::LifecycleCheck *check = nullptr;
    qint64 limitMs = 0;  // give up once this much time has passed since the first attempt
    qint64 nextAtMs = 0; // when the next attempt is due
    int attempt = 0;
    bool passed = false;
    QString lastError;
};

// Retries back off from 50 ms to 1 s, growing with the time already waited rather than
// doubling: a service that opens after t seconds is then seen at most t/8 later. Doubling
// (50, 100, 200, 400, 800 ms) noticed a service that opened 1.2 s after its start only at
// 1.55 s, a loss that added up level by level in a start with dependencies (the start
// benchmark, docs/performance.md). Long waits still settle at one attempt a second.
qint64 retryPauseMs(qint64 waitedMs)
{
    return std::clamp(waitedMs / kBackoffDivisor, kFirstBackoffMs, kMaxBackoffMs);
}

qint64 limitOf(const Core::LifecycleCheck &check)
{
    switch (check.type) {
    case Core::LifecycleCheck::Type::Http:
        return qint64(check.maxWait) * 1000;
    case Core::LifecycleCheck::Type::Sleep:
        return qint64(check.wait) * 1000;
    default:
        return qint64(std::max(1, check.attempts)) * 1000;
    }
}

Error checkError(const QString &state, const CheckTarget &target, const CheckRun &run,
                 qint64 elapsedMs)
{
    return Core::Error{TaskTr::tr("%1 lifecycle check %2 of %3 failed after %n attempt(s) in "
                                  "%4 s: %5",
                                  nullptr, run.attempt)
                           .arg(state, run.check->describe(), target.instance->name,
                                QString::number(double(elapsedMs) / 1000.0, 'f', 1), run.lastError),
                       {},
                       {}};
}

} // namespace

bool waitFor(const std::function<bool()> &holds, TaskContext &context, qint64 limitMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 pause = kFirstBackoffMs;
    for (;;) {
        if (holds())
            return true;
        if (context.isCancelled() || clock.elapsed() >= limitMs)
            return false;
        if (!context.sleepFor(std::min(pause, limitMs - clock.elapsed())))
            return false;
        pause = std::min<qint64>(pause * 2, 500);
    }
}

VoidResult runLifecycleChecks(const QString &state, const CheckTarget &target,
                              const CheckCondition &condition, TaskContext &context)
{
    const QList<Core::LifecycleCheck> *checks = target.instance->checksFor(state);
    if (!checks || checks->isEmpty()) {
        if (checks) // spec 14.3: an empty list is true at once
            return Core::Success{};
        if (waitFor(condition.holds, context))
            return Core::Success{};
        return Core::Error{
            TaskTr::tr("%1 %2").arg(target.instance->name, condition.description), {}, {}};
    }

    QList<CheckRun> runs;
    for (const Core::LifecycleCheck &check : *checks) {
        CheckRun run;
        run.check = &check;
        run.limitMs = limitOf(check);
        runs.append(run);
    }

    QElapsedTimer clock;
    clock.start();
    qint64 nextConditionMs = kConditionIntervalMs;
    for (;;) {
        if (context.isCancelled())
            return Core::Error{TaskTr::tr("cancelled by user"), {}, {}};
        // The earliest due check that has not passed yet.
        CheckRun *due = nullptr;
        for (CheckRun &run : runs) {
            if (!run.passed && (!due || run.nextAtMs < due->nextAtMs))
                due = &run;
        }
        if (!due)
            return Core::Success{};

        const qint64 now = clock.elapsed();
        if (now >= nextConditionMs) {
            // Spec 14.3: the condition gets a second chance half a second later.
            if (!condition.holds() && (!context.sleepFor(500) || !condition.holds()))
                return Core::Error{TaskTr::tr("%1 %2 during the %3 lifecycle checks")
                                       .arg(target.instance->name, condition.description, state),
                                   {},
                                   {}};
            nextConditionMs = clock.elapsed() + kConditionIntervalMs;
            continue;
        }
        if (due->nextAtMs > now) {
            context.sleepFor(std::min(due->nextAtMs, nextConditionMs) - now);
            continue;
        }

        const Core::LifecycleCheck &check = *due->check;
        ++due->attempt;
        ProgressEvent event;
        event.phase = ProgressPhase::Checking;
        event.message = TaskTr::tr("waiting for %1 (%2, attempt %3)...")
                            .arg(state, check.describe())
                            .arg(due->attempt);
        event.check = {check.describe(), due->attempt, 0, now, due->limitMs};
        context.report(event);

        if (check.type == Core::LifecycleCheck::Type::Sleep) {
            if (!context.sleepFor(due->limitMs))
                return Core::Error{TaskTr::tr("cancelled by user"), {}, {}};
            due->passed = true;
            continue;
        }
        if (check.type == Core::LifecycleCheck::Type::Http && due->limitMs <= 0) {
            due->lastError = TaskTr::tr("max_wait is 0");
            return checkError(state, target, *due, now);
        }
        const qint64 budget = std::max<qint64>(1, due->limitMs - now);
        const Core::VoidResult result = attemptCheck(check, target, budget);
        if (result) {
            due->passed = true;
            continue;
        }
        due->lastError = result.error().message;
        const qint64 after = clock.elapsed();
        const qint64 pause = retryPauseMs(after);
        if (after + pause >= due->limitMs)
            return checkError(state, target, *due, after);
        due->nextAtMs = after + pause;
    }
}

} // namespace Maestro::Orchestration
