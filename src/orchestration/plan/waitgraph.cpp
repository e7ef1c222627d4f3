// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitgraph.h"

#include "plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace Maestro::Orchestration {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Orchestration::Plan)
};

Core::Error planError(const QString &message)
{
    return Core::Error{message, {}, {}};
}

QString cycleText(const Plan &plan, const QList<int> &cycle)
{
    QStringList ids;
    ids.reserve(cycle.size());
    for (int index : cycle)
        ids.append(plan.step(index).id);
    return ids.join(QStringLiteral(" -> "));
}

} // namespace

Core::Result<WaitGraph> WaitGraph::build(const Plan &plan)
{
    const int count = plan.size();
    QHash<QString, int> indexOf;
    indexOf.reserve(count);
    for (int i = 0; i < count; ++i) {
        const PlanStep &step = plan.step(i);
        if (step.id.isEmpty())
            return planError(Tr::tr("Step %1 of the plan has no instance name").arg(i + 1));
        if (indexOf.contains(step.id))
            return planError(Tr::tr("Instance %1 appears more than once in the plan").arg(step.id));
        indexOf.insert(step.id, i);
    }

    WaitGraph graph;
    graph.m_waits.resize(count);
    graph.m_dependents.resize(count);
    // seenBy[j] == i when step i already listed j: drops repeated wait ids in linear time.
    std::vector<int> seenBy(size_t(count), -1);
    for (int i = 0; i < count; ++i) {
        const PlanStep &step = plan.step(i);
        QList<int> &waits = graph.m_waits[i];
        for (const QString &id : step.waitsFor) {
            const int j = indexOf.value(id, -1);
            if (j < 0) {
                return planError(Tr::tr("Instance %1 waits for %2, which is not part of the plan")
                                     .arg(step.id, id));
            }
            if (j == i)
                return planError(
                    Tr::tr("Dependency cycle in the plan: %1 (each instance waits for the next)")
                        .arg(cycleText(plan, {i, i})));
            if (seenBy[size_t(j)] == i)
                continue;
            seenBy[size_t(j)] = i;
            waits.append(j);
        }
        std::sort(waits.begin(), waits.end());
        for (int j : waits)
            graph.m_dependents[j].append(i); // i grows, so each list stays in plan order
    }

    // Kahn's pass: whatever it cannot reach is on a cycle or behind one.
    QList<int> unresolved(count);
    QList<int> ready;
    for (int i = 0; i < count; ++i) {
        unresolved[i] = int(graph.m_waits[i].size());
        if (unresolved[i] == 0)
            ready.append(i);
    }
    for (qsizetype next = 0; next < ready.size(); ++next) {
        for (int dependent : graph.m_dependents[ready[next]]) {
            if (--unresolved[dependent] == 0)
                ready.append(dependent);
        }
    }
    if (ready.size() < count)
        return planError(
            Tr::tr("Dependency cycle in the plan: %1 (each instance waits for the next)")
                .arg(cycleText(plan, graph.findCycle(unresolved))));
    return graph;
}

QList<int> WaitGraph::findCycle(const QList<int> &unresolvedWaits) const
{
    // Every unresolved step waits for at least one other unresolved step, so following
    // such waits from any of them must revisit a step; the walk from its first visit on
    // is a cycle.
    const int count = size();
    int current = 0;
    while (current < count && unresolvedWaits[current] == 0)
        ++current;
    if (current == count)
        return {};

    std::vector<int> positionInPath(size_t(count), -1);
    QList<int> path;
    while (positionInPath[size_t(current)] < 0) {
        positionInPath[size_t(current)] = int(path.size());
        path.append(current);
        const QList<int> &waits = m_waits[current];
        const auto next = std::find_if(waits.begin(), waits.end(),
                                       [&](int w) { return unresolvedWaits[w] > 0; });
        if (next == waits.end())
            return path; // cannot happen after Kahn's pass; stay finite anyway
        current = *next;
    }
    QList<int> cycle = path.mid(positionInPath[size_t(current)]);
    cycle.append(current);
    return cycle;
}

} // namespace Maestro::Orchestration
