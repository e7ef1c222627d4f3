// SPDX-License-Identifier: GPL-3.0-or-later
#include "playcommand.h"

#include "console.h"
#include "environmentfile.h"
#include "eventjson.h"
#include "fullstatuscommand.h"
#include "interrupts.h"
#include "playtable.h"
#include "statusline.h"

#include "core/dependencies/targetselection.h"
#include "orchestration/audit/audittrail.h"
#include "orchestration/live/logfollower.h"
#include "orchestration/run/planrunner.h"
#include "orchestration/ships/awaitresult.h"
#include "orchestration/ships/shipclients.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QMutex>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace Maestro::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro)
};

int intOption(const CommandLine &line, const QString &name)
{
    return line.value(name, QStringLiteral("0")).toInt();
}

void writeOut(const QString &text)
{
    if (text.isEmpty())
        return;
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Polls the Ctrl-C count from the event loop: first press cancels, second aborts.
class InterruptWatch
{
public:
    template<typename Cancel, typename Abort>
    InterruptWatch(Cancel cancel, Abort abort)
    {
        installInterruptCounter();
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, [this, cancel, abort] {
            const int count = interruptCount();
            if (count >= 1 && m_seen < 1)
                cancel();
            if (count >= 2 && m_seen < 2)
                abort();
            m_seen = count;
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
    int m_seen = 0;
};

QString summaryOf(const Orchestration::RunReport &report)
{
    QStringList done;
    QStringList notDone;
    for (const Orchestration::StepOutcome &o : report.steps) {
        (o.succeeded() ? done : notDone) << o.id + QStringLiteral(" (")
                                                + Orchestration::stepStateName(o.state)
                                                + QLatin1Char(')');
    }
    return Tr::tr("done: %1; not done: %2")
        .arg(done.isEmpty() ? QStringLiteral("-") : done.join(QStringLiteral(", ")),
             notDone.isEmpty() ? QStringLiteral("-") : notDone.join(QStringLiteral(", ")));
}

} // namespace

Orchestration::PlanRequest planRequestFrom(const CommandLine &line, Orchestration::Command command)
{
    Orchestration::PlanRequest r;
    r.command = command;
    r.things = line.things;
    r.withDependencies = line.flag(QStringLiteral("with-dependencies"));
    r.ignoreDependencies = line.flag(QStringLiteral("ignore-dependencies"));
    r.expandServices = line.flag(QStringLiteral("expand-services"));
    r.all = line.flag(QStringLiteral("all"));
    r.containerFilter = line.value(QStringLiteral("container-filter"));
    r.shipFilter = line.value(QStringLiteral("ship-filter"));
    return r;
}

Orchestration::TaskOptions taskOptionsFrom(const CommandLine &line, Orchestration::Command command)
{
    Orchestration::TaskOptions o;
    o.refreshImages = line.flag(QStringLiteral("refresh-images"));
    o.reuse = line.flag(QStringLiteral("reuse"));
    o.strict = line.flag(QStringLiteral("strict"));
    o.onlyIfChanged = line.flag(QStringLiteral("only-if-changed"));
    o.stopStartDelaySeconds = intOption(line, QStringLiteral("stop-start-delay"));
    // The table keeps MaestroNG's columns; drift goes where parsers expect extra members.
    o.detectDrift = command == Orchestration::Command::Status && line.flag(QStringLiteral("json"));
    return o;
}

int runPlayCommand(const CommandLine &line, Orchestration::Command command,
                   Orchestration::ShipConnections &connections)
{
    const Core::EnvironmentPtr env = loadEnvironmentOrReport(line);
    if (!env)
        return 1;
    const Core::Result<Orchestration::Plan> plan
        = Orchestration::buildPlan(*env, planRequestFrom(line, command));
    if (!plan) {
        if (line.things.isEmpty() && plan.error().message.startsWith(QLatin1String("No services")))
            Console::err(plan.error().message + QLatin1Char('\n')); // spec 10.3: plain text
        else
            Console::error(plan.error());
        return 1;
    }
    if (line.flag(QStringLiteral("dry-run"))) {
        Console::out(plan->describe());
        return 0;
    }
    if (command == Orchestration::Command::Status && line.flag(QStringLiteral("full")))
        return runFullStatus(line, env, *plan, connections);

    Orchestration::ShipClients clients(env, connections);
    Orchestration::CommandTasks tasks(env, clients, command, taskOptionsFrom(line, command));
    // Spec 15: the play's action before anything starts, its success or error at the end.
    QStringList auditWarnings;
    const auto audit = Orchestration::AuditTrail::fromEnvironment(*env, &auditWarnings);
    for (const QString &warning : std::as_const(auditWarnings))
        Console::err(Tr::tr("WARNING: %1").arg(warning) + QLatin1Char('\n'));
    tasks.setAuditTrail(audit);
    Orchestration::AuditEvent playEvent;
    const bool audited = Orchestration::isAuditedCommand(command);
    if (audited) {
        playEvent.action = Orchestration::commandName(command);
        for (const Orchestration::PlanStep &step : plan->steps()) {
            playEvent.what << step.id;
            const Core::Ship *ship = env->ship(step.ship);
            playEvent.containers.insert(step.id, {ship ? ship->ip : QString(), step.service});
        }
        if (const Core::VoidResult allowed = audit->record(playEvent); !allowed) {
            Console::error(allowed.error());
            return 1;
        }
    }
    Orchestration::PlanRunner runner(*plan, intOption(line, QStringLiteral("concurrency")),
                                     tasks.function());
    clients.setRequestsInFlight(runner.maxWorkers());
    if (command == Orchestration::Command::Restart)
        runner.setStartInterval(qint64(intOption(line, QStringLiteral("step-delay"))) * 1000);

    const bool json = line.flag(QStringLiteral("json"));
    const bool showHosts = line.flag(QStringLiteral("show-hosts"));
    QList<QString> shipDisplay;
    for (const Orchestration::PlanStep &step : plan->steps()) {
        const Core::Ship *ship = env->ship(step.ship);
        shipDisplay.append(ship ? ship->displayName(showHosts) : step.ship);
    }
    PlayTable table(*plan, shipDisplay, PlayTable::detectLayout());
    if (!json)
        writeOut(table.begin());

    QEventLoop loop;
    Orchestration::RunReport report;
    QObject::connect(
        &runner, &Orchestration::PlanRunner::progress, &loop,
        [&](const Orchestration::ProgressEvent &event) {
            if (json) {
                const int index = plan->indexOf(event.instance);
                writeOut(
                    QString::fromUtf8(
                        QJsonDocument(eventToJson(event, index >= 0 ? &plan->step(index) : nullptr))
                            .toJson(QJsonDocument::Compact))
                    + QLatin1Char('\n'));
            } else {
                writeOut(table.apply(event));
            }
        });
    QObject::connect(&runner, &Orchestration::PlanRunner::finished, &loop,
                     [&](const Orchestration::RunReport &r) {
                         report = r;
                         loop.quit();
                     });
    InterruptWatch interrupts([&] { runner.cancel(); }, [&] { runner.abort(); });
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    report = runner.report();

    if (json)
        writeOut(
            QString::fromUtf8(QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
    else
        writeOut(table.end());
    if (audited && !report.aborted) {
        playEvent.kind = report.ok() ? Orchestration::AuditEvent::Kind::Success
                                     : Orchestration::AuditEvent::Kind::Error;
        playEvent.message = report.ok() ? QString() : report.firstError->message;
        (void)audit->record(playEvent);
    }
    if (!report.ok())
        Console::error(report.firstError->message);
    // Status and stop show `host down` and succeed (spec 12.1, 12.5): say why on standard
    // error, where MaestroNG's table on standard output stays as it is. A reason the
    // error above gave already is not repeated. Not after an abort: an abandoned task may
    // still hold a ship's probe.
    const QList<Core::Error> down = report.aborted ? QList<Core::Error>() : clients.probeFailures();
    for (const Core::Error &ship : down) {
        if (!report.firstError || !report.firstError->message.contains(ship.message))
            Console::warning(ship.message);
    }
    if (report.ok())
        return 0;
    if (report.cancelled || report.aborted)
        Console::err(summaryOf(report) + QLatin1Char('\n'));
    if (report.aborted) {
        // Abandoned tasks may still be blocked in a Docker call: end now (see PlanRunner).
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(1);
    }
    return 1;
}

int runLogs(const CommandLine &line, Orchestration::ShipConnections &connections)
{
    const Core::EnvironmentPtr env = loadEnvironmentOrReport(line);
    if (!env)
        return 1;
    Core::SelectionRequest request;
    request.things = line.things;
    const Core::Result<QStringList> selected = Core::selectInstances(*env, request);
    if (!selected) {
        Console::error(selected.error());
        return 1;
    }
    if (selected->size() != 1) {
        Console::error(Tr::tr("Logs can only be shown for a single container!"));
        return 1;
    }
    const Core::Instance *instance = env->instance(selected->first());
    Orchestration::ShipClients clients(env, connections);
    Orchestration::ShipApi *client = clients.client(instance->ship);
    if (!client) {
        Console::error(Tr::tr("unknown ship %1").arg(instance->ship));
        return 1;
    }
    // Spec 12.9's texts on standard output, through MaestroNG's direct printer. Entries
    // and the follower's phases arrive on other threads: writes take the lock.
    const PlayTable::Layout layout = PlayTable::detectLayout();
    StatusLine status(layout.terminal, layout.colours);
    QMutex outputLock;
    const auto write = [&](const std::function<QString()> &text) {
        const QMutexLocker lock(&outputLock);
        writeOut(text());
    };
    write([&] { return status.pending(Tr::tr("Inspecting container status...")); });
    const auto details = Orchestration::awaitResult(client->inspectContainer(instance->name));
    if (!details) {
        write([&] { return status.clear(); });
        Console::error(details.error());
        return 1;
    }
    if (!details->has_value()) {
        write([&] {
            return status.commit(
                Tr::tr("%1 (on %2) is not running!").arg(instance->name, instance->ship), true);
        });
        return 0;
    }
    Orchestration::LogFollowOptions options;
    // Spec 12.9: follow only a running container, and when it dies wait for its respawn
    // (KW-19: across restarts and re-creations) until Ctrl-C; so `logs -F` does not end
    // when the container stops. Following shows no backlog unless -n asks for one (as
    // MaestroNG's attach), the plain form the whole log unless -n limits it.
    options.follow = line.flag(QStringLiteral("follow")) && (*details)->running;
    options.tail = options.follow ? 0 : -1;
    if (line.options.contains(QStringLiteral("lines"))
        && intOption(line, QStringLiteral("lines")) >= 0)
        options.tail = intOption(line, QStringLiteral("lines"));
    const QString name = instance->name;
    write([&] {
        return status.pending(
            options.follow
                ? Tr::tr("Now streaming logs for %1. New output will appear below.").arg(name)
                : Tr::tr("Requesting logs for %1. This may take a while...").arg(name));
    });
    // The respawn text stays until the container runs again; the first text until output.
    bool waitingForRespawn = false;
    options.onPhase = [&](Orchestration::LogFollowPhase phase) {
        const bool waiting = phase == Orchestration::LogFollowPhase::WaitingForStart;
        if (waiting == waitingForRespawn)
            return;
        waitingForRespawn = waiting;
        write([&] {
            return waiting ? status.pending(Tr::tr("%1 has died, waiting for respawn...").arg(name))
                           : status.clear();
        });
    };
    auto future = Orchestration::followLogs(
        clients, *instance, options, [&](const Docker::LogEntry &entry) {
            const QMutexLocker lock(&outputLock);
            writeOut(status.clear());
            std::fwrite(entry.data.constData(), 1, size_t(entry.data.size()), stdout);
            std::fflush(stdout);
        });
    QEventLoop loop;
    QFutureWatcher<Core::VoidResult> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    InterruptWatch interrupts([&] { future.cancel(); }, [&] { future.cancel(); });
    if (!future.isFinished())
        loop.exec();
    future.waitForFinished(); // a cancelled follower may still be writing
    write([&] { return status.clear(); });
    if (future.isCanceled())
        return 1; // Ctrl-C (spec 17.4)
    if (future.resultCount() > 0 && !future.result()) {
        Console::error(future.result().error());
        return 1;
    }
    return 0;
}

} // namespace Maestro::Cli
