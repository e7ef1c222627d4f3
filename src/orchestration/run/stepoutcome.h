// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Orchestration {

// How a step of a run ended.
enum class StepState {
    Done,      // the task succeeded
    Skipped,   // the task succeeded but said it had nothing to do (TaskContext::skip)
    Failed,    // the task returned an error (or threw)
    Aborted,   // never started: the run stopped first (failure, cancel, abort, bad plan)
    Abandoned, // was running when abort() gave up waiting for it; its result is unknown
};

// A stable lower-case name for logs, tests and JSON output.
QString stepStateName(StepState state);

// The final state of one step, as RunReport lists it. A plain value.
struct StepOutcome
{
    QString id;
    StepState state = StepState::Aborted;
    // The error of a failed step, why it was aborted or skipped; empty when done.
    QString reason;
    // Milliseconds since the run started when the runner handed the step to a worker and
    // when it learnt the outcome; -1 for steps that never started.
    qint64 startedMs = -1;
    qint64 finishedMs = -1;

    // Done and Skipped count as success for gating (spec 10.5).
    bool succeeded() const { return state == StepState::Done || state == StepState::Skipped; }

    friend bool operator==(const StepOutcome &, const StepOutcome &) = default;
};

} // namespace Maestro::Orchestration
