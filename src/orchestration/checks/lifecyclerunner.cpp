// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclerunner.h"

#include "checkattempt.h"
#include "checkbackoff.h"
#include "orchestration/tr.h"

#include <QElapsedTimer>

#include <algorithm>
#include <optional>

namespace Maestro::Orchestration {

// lupdate (Qt 6.4) gives tr() in a free function with a namespace-qualified return type
// ("Core::Error f()") a wrong context, so those return types are named unqualified.
using Core::Error;
using Core::VoidResult;

namespace {

constexpr qint64 kConditionIntervalMs = 1000;
// Spec 14.3: a condition that does not hold gets a second chance this much later.
constexpr qint64 kConditionSecondChanceMs = 500;
// waitFor's pauses double from the first to the longest.
constexpr qint64 kFirstWaitPauseMs = 50;
constexpr qint64 kMaxWaitPauseMs = 500;
// One run of an exec command may take this long; MaestroNG waits as long as it takes.
constexpr qint64 kCommandRunBudgetMs = 60000;

struct CheckRun
{
    const Core::LifecycleCheck *check = nullptr;
    // tcp, http, sleep: give up once this much time has passed since the first attempt.
    qint64 limitMs = 0;
    // exec, rexec: give up after this many runs of the command; 0 for the others.
    int maxRuns = 0;
    qint64 nextAtMs = 0; // when the next attempt is due
    int attempt = 0;
    bool passed = false;
    QString lastError;
};

bool runsCommand(const Core::LifecycleCheck &check)
{
    return check.type == Core::LifecycleCheck::Type::Exec
           || check.type == Core::LifecycleCheck::Type::Rexec;
}

qint64 limitOf(const Core::LifecycleCheck &check)
{
    switch (check.type) {
    case Core::LifecycleCheck::Type::Http:
        return qint64(check.maxWait) * 1000;
    case Core::LifecycleCheck::Type::Sleep:
        return qint64(check.wait) * 1000;
    case Core::LifecycleCheck::Type::Tcp:
        return qint64(std::max(1, check.attempts)) * 1000;
    case Core::LifecycleCheck::Type::Exec:
    case Core::LifecycleCheck::Type::Rexec:
        return 0; // counted in runs, not time
    }
    return 0;
}

// The most attempts `run` can reach, counting the one starting at `nowMs`: a sleep and an
// http check without time are done after one; a command runs its `attempts` times at most;
// the others can retry until their limit.
int attemptsAtMost(const CheckRun &run, qint64 nowMs)
{
    if (run.maxRuns > 0)
        return run.maxRuns;
    if (run.check->type == Core::LifecycleCheck::Type::Sleep || run.limitMs <= 0)
        return run.attempt;
    return run.attempt + mostAttemptsAfter(nowMs, run.limitMs);
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

// Why the condition ended the state: it could not be evaluated (the ship did not answer,
// named with its error) or it did not hold (`description`). `state` is empty when the
// condition was waited for without checks.
Error conditionError(const QString &state, const CheckTarget &target,
                     const CheckCondition &condition, const Core::Result<bool> &last)
{
    const QString &name = target.instance->name;
    QString message;
    if (!last && state.isEmpty())
        message = TaskTr::tr("%1 could not be inspected: %2").arg(name, last.error().message);
    else if (!last)
        message = TaskTr::tr("%1 could not be inspected during the %2 lifecycle checks: %3")
                      .arg(name, state, last.error().message);
    else if (state.isEmpty())
        message = TaskTr::tr("%1 %2").arg(name, condition.description);
    else
        message = TaskTr::tr("%1 %2 during the %3 lifecycle checks")
                      .arg(name, condition.description, state);
    return Core::Error{message, {}, {}};
}

// Spec 14.3: the condition, and a second chance half a second later when it does not
// hold. The last evaluation when neither held; nullopt when one did or the run was
// cancelled meanwhile (the caller notices the cancel).
std::optional<Core::Result<bool>> conditionFailure(const CheckCondition &condition,
                                                   TaskContext &context)
{
    Core::Result<bool> holds = condition.evaluate();
    if (holds && *holds)
        return std::nullopt;
    if (!context.sleepFor(kConditionSecondChanceMs))
        return std::nullopt;
    holds = condition.evaluate();
    if (holds && *holds)
        return std::nullopt;
    return holds;
}

} // namespace

bool waitFor(const std::function<bool()> &holds, TaskContext &context, qint64 limitMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 pause = kFirstWaitPauseMs;
    for (;;) {
        if (holds())
            return true;
        if (context.isCancelled() || clock.elapsed() >= limitMs)
            return false;
        if (!context.sleepFor(std::min(pause, limitMs - clock.elapsed())))
            return false;
        pause = std::min(pause * 2, kMaxWaitPauseMs);
    }
}

VoidResult runLifecycleChecks(const QString &state, const CheckTarget &target,
                              const CheckCondition &condition, TaskContext &context)
{
    const QList<Core::LifecycleCheck> *checks = target.instance->checksFor(state);
    if (!checks || checks->isEmpty()) {
        if (checks) // spec 14.3: an empty list is true at once
            return Core::Success{};
        Core::Result<bool> last = false;
        const auto holds = [&] {
            last = condition.evaluate();
            return last && *last;
        };
        if (waitFor(holds, context))
            return Core::Success{};
        return conditionError({}, target, condition, last);
    }

    QList<CheckRun> runs;
    for (const Core::LifecycleCheck &check : *checks) {
        CheckRun run;
        run.check = &check;
        run.limitMs = limitOf(check);
        if (runsCommand(check))
            run.maxRuns = std::max(1, check.attempts);
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
            if (const auto failed = conditionFailure(condition, context))
                return conditionError(state, target, condition, *failed);
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
        event.check = {check.describe(), due->attempt,  attemptsAtMost(*due, now), now,
                       due->limitMs,     due->lastError};
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
        const qint64 budget
            = due->maxRuns > 0 ? kCommandRunBudgetMs : std::max<qint64>(1, due->limitMs - now);
        const Core::VoidResult result = attemptCheck(check, target, budget);
        if (result) {
            due->passed = true;
            continue;
        }
        due->lastError = result.error().message;
        const qint64 after = clock.elapsed();
        const std::optional<qint64> next
            = due->maxRuns > 0 ? nextCommandAttemptMs(due->attempt, after, due->maxRuns)
                               : nextAttemptMs(after, due->limitMs);
        if (!next)
            return checkError(state, target, *due, after);
        due->nextAtMs = *next;
    }
}

} // namespace Maestro::Orchestration
