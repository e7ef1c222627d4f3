// SPDX-License-Identifier: GPL-3.0-or-later
#include "checknow.h"

#include "lifecyclerunner.h"
#include "orchestration/ships/awaitresult.h"
#include "orchestration/ships/shipapi.h"
#include "orchestration/tr.h"

#include "core/model/containerenvironment.h"

namespace Maestro::Orchestration {

namespace {

const QString kRunningState = QStringLiteral("running");

Core::Result<bool> isRunning(ShipApi &client, const QString &id)
{
    const auto details = awaitResult(client.inspectContainer(id));
    if (!details)
        return details.error();
    return details->has_value() && (*details)->running;
}

} // namespace

CheckNowOutcome checkNow(const Core::Environment &environment, const Core::Instance &instance,
                         ShipApi &client, TaskContext &context)
{
    const Core::Ship *ship = environment.ship(instance.ship);
    const auto details = awaitResult(client.inspectContainer(instance.name));
    if (!details)
        return {CheckNowOutcome::Kind::Failed, details.error().message};
    if (!ship || !details->has_value() || !(*details)->running)
        return {CheckNowOutcome::Kind::NotRunning, {}};
    // Without checks runLifecycleChecks would wait for the condition instead: nothing to ask.
    if (const auto *checks = instance.checksFor(kRunningState); !checks || checks->isEmpty())
        return {CheckNowOutcome::Kind::NoChecks, {}};

    const QString id = (*details)->id;
    const CheckTarget target{&instance, ship, &client, id,
                             Core::containerEnvironment(environment, instance)};
    const CheckCondition running{[&] { return isRunning(client, id); },
                                 TaskTr::tr("is no longer running")};
    const Core::VoidResult checked = runLifecycleChecks(kRunningState, target, running, context);
    if (!checked)
        return {CheckNowOutcome::Kind::Failed, checked.error().message};
    return {CheckNowOutcome::Kind::Passed, {}};
}

} // namespace Maestro::Orchestration
