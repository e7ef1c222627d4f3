// SPDX-License-Identifier: GPL-3.0-or-later
#include "planbuilder.h"

#include "orchestration/tr.h"

#include "core/dependencies/targetselection.h"

#include <QSet>

namespace Maestro::Orchestration {

namespace {

bool isStopLike(Command command)
{
    return command == Command::Stop || command == Command::Kill || command == Command::Restart;
}

} // namespace

PlanDirection directionOf(Command command)
{
    return isStopLike(command) ? PlanDirection::Stop : PlanDirection::Start;
}

bool expandsServicesByDefault(Command command)
{
    return !isStopLike(command);
}

bool isGated(const PlanRequest &request)
{
    if (request.command == Command::Status)
        return false;
    if (request.command == Command::Clean)
        return true; // spec 10.5: -i only changes clean's no-things default
    return !request.ignoreDependencies;
}

Core::Result<Plan> buildPlan(const Core::Environment &environment, const PlanRequest &request)
{
    const bool stopLike = isStopLike(request.command);
    Core::SelectionRequest selection;
    selection.things = request.things;
    selection.direction = stopLike ? Core::Direction::Stop : Core::Direction::Start;
    selection.expandServices = !stopLike || request.expandServices || request.all;
    selection.containerFilter = request.containerFilter;
    selection.shipFilter = request.shipFilter;
    selection.withDependencies = request.withDependencies;

    if (request.things.isEmpty()) {
        if (stopLike && !request.all)
            return Core::Error{
                TaskTr::tr("No services or containers specified for %1, and --all not set.")
                    .arg(commandName(request.command)),
                {},
                {}};
        const bool status = request.command == Command::Status;
        selection.things = Core::defaultThings(environment, status);
        // Spec 10.3: without things, -d is implied unless -i is given.
        selection.withDependencies = !request.ignoreDependencies;
    }

    const Core::Result<QStringList> selected = Core::selectInstances(environment, selection);
    if (!selected)
        return selected.error();

    // What the things name without dependencies: everything else was pulled in by -d.
    QSet<QString> named;
    if (selection.withDependencies) {
        Core::SelectionRequest direct = selection;
        direct.withDependencies = false;
        direct.containerFilter.clear();
        direct.shipFilter.clear();
        if (const Core::Result<QStringList> d = Core::selectInstances(environment, direct))
            named = QSet<QString>(d->begin(), d->end());
    }

    const bool gated = isGated(request);
    const PlanDirection direction = directionOf(request.command);
    // Spec 11.2: stop and kill count their rows down; restart counts up like start.
    const bool countDown = request.command == Command::Stop || request.command == Command::Kill;
    const QStringList &play = *selected;
    Plan plan(request.command, direction);
    const QString task = commandName(request.command);
    for (qsizetype i = 0; i < play.size(); ++i) {
        const Core::Instance *instance = environment.instance(play[i]);
        if (!instance)
            continue;
        PlanStep step;
        step.id = instance->name;
        step.row = countDown ? int(play.size() - i) : int(i + 1);
        step.ship = instance->ship;
        step.service = instance->service;
        step.task = task;
        step.pulledIn = selection.withDependencies && !named.contains(instance->name);
        if (gated)
            step.waitsFor = Core::waitSet(environment, instance->name, play, selection.direction);
        plan.append(step);
    }
    if (Core::VoidResult ok = plan.check(); !ok)
        return ok.error();
    return plan;
}

} // namespace Maestro::Orchestration
