// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>

namespace Maestro::Orchestration {

class Plan;

// The wait sets of a checked plan as step indices, in both directions, so the runner
// can gate steps in constant time per edge. Building it is the plan check: a plan with
// unknown ids, duplicates or a cycle yields an Error instead. Every pass is iterative
// and linear in steps + edges. Immutable after build(); any thread may read it.
class WaitGraph
{
public:
    static Core::Result<WaitGraph> build(const Plan &plan);

    int size() const { return int(m_waits.size()); }
    // The distinct steps `step` waits for, in plan order.
    const QList<int> &waits(int step) const { return m_waits.at(step); }
    // The steps that wait for `step`, in plan order.
    const QList<int> &dependents(int step) const { return m_dependents.at(step); }

private:
    WaitGraph() = default;

    // A cycle among the steps that Kahn's pass could not order, as indices with the
    // first repeated at the end ("a waits for b waits for a" = {a, b, a}).
    QList<int> findCycle(const QList<int> &unresolvedWaits) const;

    QList<QList<int>> m_waits;
    QList<QList<int>> m_dependents;
};

} // namespace Maestro::Orchestration
