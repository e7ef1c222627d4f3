// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Maestro::Orchestration {

// One instance's task in a plan. A plain value: any thread may copy it.
struct PlanStep
{
    // The instance (container) name; unique inside a plan.
    QString id;
    // The display row number (spec 11.2): position + 1, or counting down for stop/kill.
    int row = 0;
    QString ship;
    QString service;
    // The ids inside the plan this step waits for (the wait set of spec 10.5), computed
    // by whoever builds the plan; empty when gating is off (`-i`, `status`).
    QStringList waitsFor;
    // What the step does (`start`, `stop`, ...). The runner never looks at it; the task
    // function and Plan::describe() do.
    QString task;
    // True when the step is in the plan only because `-d` (or the implicit `-d` when no
    // things are given) pulled it in as a dependency or dependent, not because it was
    // named. Shown by `--dry-run`.
    bool pulledIn = false;

    friend bool operator==(const PlanStep &, const PlanStep &) = default;
};

} // namespace Maestro::Orchestration
