// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/plan/plan.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Plans shared by the orchestration tests, written as (id, waits) pairs in plan order.
namespace Maestro::Orchestration::TestPlans {

using Shape = QList<QPair<QString, QStringList>>;

// Rows are numbered 1..N, or N..1 for the stop direction (spec 11.2).
inline Plan makePlan(const Shape &shape, PlanDirection direction = PlanDirection::Start,
                     Command command = Command::Start)
{
    QList<PlanStep> steps;
    const int count = int(shape.size());
    for (int i = 0; i < count; ++i) {
        PlanStep step;
        step.id = shape[i].first;
        step.row = direction == PlanDirection::Start ? i + 1 : count - i;
        step.service = step.id.section(QLatin1Char('-'), 0, 0);
        step.ship = QStringLiteral("ship%1").arg(i % 2 + 1);
        step.waitsFor = shape[i].second;
        step.task = commandName(command);
        steps.append(step);
    }
    return Plan(command, direction, steps);
}

// Spec 10.4: `start -d web` (web requires app, app requires db and cache).
inline Shape specStart()
{
    const QStringList base{QStringLiteral("cache-1"), QStringLiteral("db-1"),
                           QStringLiteral("db-2")};
    return {{QStringLiteral("cache-1"), {}},
            {QStringLiteral("db-1"), {}},
            {QStringLiteral("db-2"), {}},
            {QStringLiteral("app-1"), base},
            {QStringLiteral("app-2"), base},
            {QStringLiteral("web-1"),
             base + QStringList{QStringLiteral("app-1"), QStringLiteral("app-2")}}};
}

// Spec 10.4: `stop -d db`: dependents first.
inline Shape specStop()
{
    const QStringList web{QStringLiteral("web-1")};
    const QStringList apps{QStringLiteral("app-1"), QStringLiteral("app-2"),
                           QStringLiteral("web-1")};
    return {{QStringLiteral("web-1"), {}},
            {QStringLiteral("app-1"), web},
            {QStringLiteral("app-2"), web},
            {QStringLiteral("db-1"), apps},
            {QStringLiteral("db-2"), apps}};
}

inline Shape diamond()
{
    return {{QStringLiteral("top-1"), {}},
            {QStringLiteral("left-1"), {QStringLiteral("top-1")}},
            {QStringLiteral("right-1"), {QStringLiteral("top-1")}},
            {QStringLiteral("bottom-1"), {QStringLiteral("left-1"), QStringLiteral("right-1")}}};
}

// Plan order opposite to the waiting order: a runner that ignored waits and simply went
// down the list would start every step too early.
inline Shape reversedChain()
{
    return {{QStringLiteral("d-1"), {QStringLiteral("c-1")}},
            {QStringLiteral("c-1"), {QStringLiteral("b-1")}},
            {QStringLiteral("b-1"), {QStringLiteral("a-1")}},
            {QStringLiteral("a-1"), {}}};
}

// Three layers of four; every step of a layer waits for the whole layer before it.
inline Shape layered()
{
    Shape shape;
    QStringList previous;
    for (int layer = 0; layer < 3; ++layer) {
        QStringList current;
        for (int i = 1; i <= 4; ++i) {
            const QString id = QStringLiteral("l%1-%2").arg(layer).arg(i);
            shape.append({id, previous});
            current.append(id);
        }
        previous = current;
    }
    return shape;
}

// Gating off (`-i`): nobody waits.
inline Shape independent(int count = 6)
{
    Shape shape;
    for (int i = 1; i <= count; ++i)
        shape.append({QStringLiteral("solo-%1").arg(i), {}});
    return shape;
}

} // namespace Maestro::Orchestration::TestPlans
