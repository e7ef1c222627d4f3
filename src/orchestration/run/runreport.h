// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stepoutcome.h"

#include "core/error.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace Maestro::Orchestration {

// The outcome of a whole run: what was done and what was not. Delivered by PlanRunner
// once, through its future and its finished() signal. A plain value.
struct RunReport
{
    // One entry per plan step, in plan order.
    QList<StepOutcome> steps;
    // The first thing that went wrong: the first task failure, `cancelled by user`,
    // `aborted by user`, or the plan check's error. Empty when the run succeeded.
    std::optional<Core::Error> firstError;
    // The id of the step whose failure is firstError; empty when firstError did not come
    // from a task.
    QString firstErrorStep;
    // Every failed step, in the order the runner learnt of the failures.
    QStringList failures;
    bool cancelled = false;
    bool aborted = false;

    bool ok() const { return !firstError.has_value(); }
    int count(StepState state) const;
    // The outcome of the step with this id, or nullptr.
    const StepOutcome *outcome(const QString &id) const;
};

} // namespace Maestro::Orchestration

Q_DECLARE_METATYPE(Maestro::Orchestration::RunReport)
