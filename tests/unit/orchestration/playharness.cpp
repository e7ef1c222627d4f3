// SPDX-License-Identifier: GPL-3.0-or-later
#include "playharness.h"

#include "orchestration/run/planrunner.h"

#include "core/model/environmentloader.h"

#include <QSignalSpy>

namespace Maestro::Tests {

using namespace Orchestration;

QStringList PlayResult::segments(const QString &instance) const
{
    QStringList out;
    for (const ProgressEvent &e : events) {
        if (e.instance != instance)
            continue;
        if (e.reset)
            out << QStringLiteral("reset");
        if (e.segment.kind == ProgressEvent::Segment::Kind::Container)
            out << QStringLiteral("container:") + e.segment.text.trimmed();
        else if (e.segment.kind == ProgressEvent::Segment::Kind::Word)
            out << QStringLiteral("word:") + e.segment.text.trimmed();
    }
    return out;
}

QString PlayResult::error() const
{
    if (!planned)
        return planError;
    return report.firstError ? report.firstError->message : QString();
}

QList<ProgressEvent::Check> PlayResult::checks() const
{
    QList<ProgressEvent::Check> out;
    for (const ProgressEvent &e : events) {
        if (e.phase == ProgressPhase::Checking && !e.check.name.isEmpty())
            out << e.check;
    }
    return out;
}

PlayResult play(const Core::EnvironmentPtr &environment, FakeDocker &docker, const PlaySetup &setup)
{
    PlayResult result;
    const Core::Result<Plan> plan = buildPlan(*environment, setup.request);
    if (!plan) {
        result.planError = plan.error().message;
        return result;
    }
    result.planned = true;
    ShipClients clients(environment, docker.connections());
    CommandTasks tasks(environment, clients, setup.request.command, setup.options);
    tasks.setAuditTrail(setup.audit);
    PlanRunner runner(*plan, setup.concurrency, tasks.function());
    runner.setStartInterval(setup.startIntervalMs);
    QObject::connect(&runner, &PlanRunner::progress,
                     [&](const ProgressEvent &e) { result.events.append(e); });
    QSignalSpy finished(&runner, &PlanRunner::finished);
    runner.start();
    if (setup.started)
        setup.started(runner);
    if (!runner.isFinished())
        finished.wait(20000);
    result.report = runner.report();
    return result;
}

Core::EnvironmentPtr checkEnvironment(const QString &check, const QString &moreServices)
{
    const QString text = QStringLiteral(R"(name: checks
ships:
  s1: {ip: 10.0.0.1}
services:
  probe:
    image: probe
    instances:
      probe-1:
        ship: s1
        lifecycle:
          running: [%1]
%2)")
                             .arg(check, moreServices);
    return Core::loadEnvironmentText(text, QStringLiteral("checks.yaml"), QStringLiteral("/tmp"),
                                     {})
        .environment;
}

} // namespace Maestro::Tests
