// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtasks.h"

#include "orchestration/audit/audittrail.h"
#include "orchestration/checks/lifecyclerunner.h"
#include "orchestration/live/configdrift.h"
#include "orchestration/plan/planstep.h"
#include "orchestration/ships/awaitresult.h"
#include "orchestration/tr.h"
#include "pullprogress.h"
#include "registrylogins.h"
#include "rowtext.h"

#include "core/model/containercreatebody.h"
#include "core/model/containerenvironment.h"
#include "docker/imagereference.h"

#include <QElapsedTimer>

namespace Maestro::Orchestration {

struct CommandTasks::Subject
{
    const Core::Instance *instance = nullptr;
    const Core::Ship *ship = nullptr;
    ShipApi *client = nullptr;
};

namespace {

using Details = std::optional<Docker::ContainerDetails>;

// Spec 17.5: a container orchestration error reads `{container}: {message}`.
Core::Error containerError(const Core::Instance &instance, const QString &message)
{
    return Core::Error{instance.name + QStringLiteral(": ") + message, {}, {}};
}

Core::Result<Details> inspect(ShipApi *client, const QString &name)
{
    return awaitResult(client->inspectContainer(name));
}

// The container column of an existing container, or `{configured tag}:-` (spec 7.1).
QString containerColumn(const Core::Instance &instance, const Details &details)
{
    if (!details)
        return imageTag(instance.image) + QStringLiteral(":-");
    return imageTag(details->configImage) + QLatin1Char(':') + shortId(details->id);
}

// Whether the container runs (an absent one does not); an error when the ship could not
// be asked, so that a lifecycle condition can tell a stopped container from a lost ship.
Core::Result<bool> isRunning(ShipApi *client, const QString &name)
{
    const Core::Result<Details> d = inspect(client, name);
    if (!d)
        return d.error();
    return d->has_value() && (*d)->running;
}

Core::Result<bool> isNotRunning(ShipApi *client, const QString &name)
{
    const Core::Result<bool> running = isRunning(client, name);
    if (!running)
        return running.error();
    return !*running;
}

// The container's last 100 log lines after a newline, for failure messages; empty when
// there are none or they cannot be read.
QString logsOf(ShipApi *client, const QString &id)
{
    Docker::LogOptions options;
    options.tail = 100;
    QString logs;
    if (const auto entries = awaitResult(client->containerLogs(id, options))) {
        for (const Docker::LogEntry &entry : *entries)
            logs += QString::fromUtf8(entry.data);
    }
    logs = logs.trimmed();
    return logs.isEmpty() ? QString() : QLatin1Char('\n') + logs;
}

// The exit status of a container that has stopped after running, or nullopt.
std::optional<int> exitStatus(const Core::Result<Details> &details)
{
    if (details && details->has_value() && !(*details)->running
        && (*details)->status == QLatin1String("exited"))
        return (*details)->exitCode;
    return std::nullopt;
}

QString exitedMessage(int status, const QString &logs)
{
    return TaskTr::tr("the container exited with status %1").arg(status) + logs;
}

void pending(TaskContext &context, ProgressPhase phase, const QString &text)
{
    context.report(phase, text);
}

// KW-39: how an existing container differs from its instance's configuration; the
// configured image is inspected so that the image compares by id (a re-tagged image is
// drift, the daemon's image defaults are not). An error when the image inspect fails.
Core::Result<QList<DriftItem>> driftOf(const Core::Environment &environment,
                                       const Core::Instance &instance, ShipApi *client,
                                       const Docker::ContainerDetails &container)
{
    std::optional<Docker::ImageDetails> image;
    if (const auto ref = Docker::ImageReference::parse(instance.image)) {
        const auto found = awaitResult(client->inspectImage(ref->normalized()));
        if (!found)
            return found.error();
        image = *found;
    }
    return configDrift(environment, instance, container, image);
}

} // namespace

CommandTasks::CommandTasks(Core::EnvironmentPtr environment, ShipClients &clients, Command command,
                           TaskOptions options)
    : m_environment(std::move(environment))
    , m_clients(clients)
    , m_command(command)
    , m_options(options)
    , m_logins(std::make_unique<RegistryLogins>(m_environment))
{}

CommandTasks::~CommandTasks() = default;

TaskFunction CommandTasks::function()
{
    return [this](const PlanStep &step, TaskContext &context) { return run(step, context); };
}

std::optional<CommandTasks::Subject> CommandTasks::subject(const PlanStep &step) const
{
    Subject s;
    s.instance = m_environment->instance(step.id);
    if (!s.instance)
        return std::nullopt;
    s.ship = m_environment->ship(s.instance->ship);
    s.client = m_clients.client(s.instance->ship);
    if (!s.ship || !s.client)
        return std::nullopt;
    return s;
}

Core::VoidResult CommandTasks::run(const PlanStep &step, TaskContext &context)
{
    const std::optional<Subject> s = subject(step);
    if (!s)
        return Core::Error{
            TaskTr::tr("%1 is neither a service nor a container!").arg(step.id), {}, {}};
    if (!m_audit || m_audit->isEmpty() || !isAuditedCommand(m_command))
        return dispatch(*s, context);
    const QString action = commandName(m_command);
    AuditEvent event{AuditEvent::Kind::Action, true, action, {s->instance->name}, {}, {}};
    if (const Core::VoidResult allowed = m_audit->record(event); !allowed)
        return containerError(*s->instance, allowed.error().message);
    const Core::VoidResult done = dispatch(*s, context);
    event.kind = done ? AuditEvent::Kind::Success : AuditEvent::Kind::Error;
    event.message = done ? QString() : done.error().message;
    (void)m_audit->record(event); // spec 15.1: only an action's auditor failure counts
    return done;
}

void CommandTasks::setAuditTrail(std::shared_ptr<AuditTrail> trail)
{
    m_audit = std::move(trail);
}

Core::VoidResult CommandTasks::dispatch(const Subject &s, TaskContext &context)
{
    switch (m_command) {
    case Command::Status:
        return status(s, context);
    case Command::Start:
        return start(s, context, m_options.refreshImages);
    case Command::Stop:
        return stop(s, context, false);
    case Command::Kill:
        return stop(s, context, true);
    case Command::Clean:
        return clean(s, context);
    case Command::Pull:
        return pull(s, context);
    case Command::Restart:
        return restart(s, context);
    }
    return Core::Error{TaskTr::tr("%1 is not a plan command").arg(int(m_command)), {}, {}};
}

Core::VoidResult CommandTasks::status(const Subject &s, TaskContext &context)
{
    pending(context, ProgressPhase::Info, TaskTr::tr("checking..."));
    // KW-9: one container list per ship, shared by every row of that ship.
    const auto summary = m_clients.container(s.ship->name, s.instance->name);
    if (!summary) {
        context.report(containerSegment(QStringLiteral("-"), Tone::Plain));
        context.report(wordSegment(TaskTr::tr("host down"), Tone::Problem));
        return Core::Success{}; // spec 12.1: never fails the play
    }
    if (!summary->has_value()) {
        context.report(
            containerSegment(imageTag(s.instance->image) + QStringLiteral(":-"), Tone::Plain));
        context.report(wordSegment(TaskTr::tr("down"), Tone::Problem));
        return Core::Success{};
    }
    const Docker::ContainerSummary &c = **summary;
    const QString column = imageTag(c.image) + QLatin1Char(':') + shortId(c.id);
    const bool running = c.state == QLatin1String("running");
    // Spec 12.1's time suffix, from the list's rounded Status (KW-9: no inspect per row);
    // exact when the container is inspected anyway for drift.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<qint64> age = listedAge(c.status);
    QString since = age ? timeAgo(now.addSecs(-*age), now) : QString();
    std::optional<QList<DriftItem>> drift;
    if (m_options.detectDrift) {
        pending(context, ProgressPhase::Info, TaskTr::tr("comparing configuration..."));
        const Core::Result<Details> details = inspect(s.client, c.id);
        if (!details)
            return containerError(*s.instance, details.error().message);
        if (details->has_value()) {
            since = timeAgo(running ? (*details)->startedAt : (*details)->finishedAt, now);
            const auto found = driftOf(*m_environment, *s.instance, s.client, **details);
            if (!found)
                return containerError(*s.instance, found.error().message);
            drift = *found;
        }
    }
    ProgressEvent word = running ? wordSegment(TaskTr::tr("running") + since, Tone::Success)
                                 : wordSegment(TaskTr::tr("down") + since, Tone::Problem);
    if (drift)
        word.drift = *drift;
    context.report(containerSegment(column, running ? Tone::Success : Tone::Plain));
    context.report(word);
    return Core::Success{};
}

Core::VoidResult CommandTasks::ensureImage(const Subject &s, TaskContext &context, bool refresh)
{
    const Core::Result<Docker::ImageReference> ref
        = Docker::ImageReference::parse(s.instance->image);
    if (!ref)
        return ref.error();
    if (!refresh) {
        // KW-16: presence by the normalised reference, not the exact string.
        const auto image = awaitResult(s.client->inspectImage(ref->normalized()));
        if (!image)
            return image.error();
        if (image->has_value())
            return Core::Success{};
    }
    return pullImage(s, context, *ref);
}

Core::VoidResult CommandTasks::pullImage(const Subject &s, TaskContext &context,
                                         const Docker::ImageReference &image)
{
    const auto auth = m_logins->prepare(*s.client, s.ship->name, s.instance->image, context);
    if (!auth)
        return auth.error();
    const Core::Registry *registry = m_logins->registryFor(s.instance->image);
    const QString pulling = TaskTr::tr("pulling image %1...").arg(shortImage(s.instance->image));
    for (int attempt = 1;; ++attempt) {
        pending(context, ProgressPhase::Pulling, pulling);
        // Pulls have no timeout: report the bytes while waiting, and stop on cancel.
        auto tally = std::make_shared<PullProgressTally>();
        auto future = s.client->pullImage(
            image, *auth, [tally](const Docker::PullProgress &p) { tally->add(p); });
        while (!future.isFinished()) {
            if (context.isCancelled()) {
                future.cancel();
                break;
            }
            context.sleepFor(250);
            const PullProgressTally::Totals t = tally->totals();
            if (t.layers == 0)
                continue;
            ProgressEvent event;
            event.phase = ProgressPhase::Pulling;
            event.message = pulling + QStringLiteral(" %1%").arg(t.percent, 0, 'f', 1);
            event.bytesDone = t.done;
            event.bytesTotal = t.total;
            context.report(event);
        }
        const auto pulled = awaitResult(future);
        if (pulled)
            return Core::Success{};
        // Spec 12.4 pull step 4, failing after the last attempt (KW-17).
        const std::optional<int> status = RegistryLogins::httpStatusOf(pulled.error());
        if (registry && status && registry->retryWhen.contains(*status)
            && attempt < registry->retryAttempts && !context.isCancelled()) {
            pending(context, ProgressPhase::Pulling,
                    pulling + TaskTr::tr(" got %1; retrying in 1s").arg(*status));
            if (context.sleepFor(1000))
                continue;
        }
        return Core::Error{TaskTr::tr("Pull of image %1 failed: %2")
                               .arg(s.instance->image, pulled.error().message),
                           {},
                           {}};
    }
}

Core::VoidResult CommandTasks::start(const Subject &s, TaskContext &context, bool refresh)
{
    const Core::Instance &instance = *s.instance;
    const auto failStart = [&](const QString &message) -> Core::VoidResult {
        context.report(wordSegment(TaskTr::tr("error starting container!"), Tone::Problem));
        return containerError(instance, message);
    };
    pending(context, ProgressPhase::Info, TaskTr::tr("checking service..."));
    // KW-43: one probe per ship; a dead ship fails each row at once after it.
    if (const Core::VoidResult up = m_clients.probe(s.ship->name); !up) {
        context.report(containerSegment(QStringLiteral("-"), Tone::Plain));
        context.report(wordSegment(TaskTr::tr("host down"), Tone::Problem));
        return containerError(instance, up.error().message);
    }
    Core::Result<Details> details = inspect(s.client, instance.name);
    if (!details)
        return failStart(details.error().message);
    if (details->has_value() && (*details)->running) {
        context.report(containerSegment(containerColumn(instance, *details), Tone::NoOp));
        context.report(wordSegment(TaskTr::tr("up") + timeAgo((*details)->startedAt), Tone::NoOp));
        context.skip(TaskTr::tr("already running"));
        return Core::Success{};
    }

    CheckTarget target{
        &instance, s.ship, s.client, {}, Core::containerEnvironment(*m_environment, instance)};
    if (instance.checksFor(QStringLiteral("pre-start"))) {
        const CheckCondition down{[&] { return isNotRunning(s.client, instance.name); },
                                  TaskTr::tr("is already running")};
        target.containerId = details->has_value() ? (*details)->id : QString();
        if (const auto ok = runLifecycleChecks(QStringLiteral("pre-start"), target, down, context);
            !ok)
            return failStart(
                TaskTr::tr("failed pre-start lifecycle checks: %1").arg(ok.error().message));
    }

    QString id = details->has_value() ? (*details)->id : QString();
    if (!(m_options.reuse && details->has_value())) {
        if (details->has_value()) {
            pending(context, ProgressPhase::Removing,
                    TaskTr::tr("removing container %1...").arg(shortId(id)));
            if (const auto removed = awaitResult(s.client->removeContainer(id)); !removed)
                return failStart(removed.error().message);
        }
        if (const Core::VoidResult image = ensureImage(s, context, refresh); !image)
            return failStart(image.error().message);
        pending(context, ProgressPhase::Creating,
                TaskTr::tr("creating container from %1...").arg(shortImage(instance.image)));
        const auto created = awaitResult(s.client->createContainer(
            instance.name,
            Core::containerCreateBody(*m_environment, instance, s.ship->apiVersion)));
        if (!created)
            return failStart(created.error().message);
        id = created->id;
    }
    context.report(
        containerSegment(imageTag(instance.image) + QLatin1Char(':') + shortId(id), Tone::Success));
    pending(context, ProgressPhase::Starting,
            TaskTr::tr("starting container %1...").arg(shortId(id)));
    if (const auto started = awaitResult(s.client->startContainer(id)); !started)
        return failStart(started.error().message);

    pending(context, ProgressPhase::Info, TaskTr::tr("waiting for initialization..."));
    // A container that exits at once ends the wait at once, with its exit status,
    // instead of MaestroNG's five seconds of polling and a vague message.
    std::optional<int> exitedWith;
    const bool up = waitFor(
        [&] {
            const Core::Result<Details> d = inspect(s.client, id);
            exitedWith = exitStatus(d);
            return exitedWith.has_value() || (d && d->has_value() && (*d)->running);
        },
        context);
    if (exitedWith) {
        context.report(wordSegment(TaskTr::tr("container did not start!"), Tone::Problem));
        return containerError(instance, exitedMessage(*exitedWith, logsOf(s.client, id)));
    }
    if (!up)
        return failStart(TaskTr::tr("Container status could not be obtained after start!"));

    pending(context, ProgressPhase::Checking, TaskTr::tr("waiting for service..."));
    target.containerId = id;
    const CheckCondition running{[&] { return isRunning(s.client, id); },
                                 TaskTr::tr("is no longer running")};
    if (const auto ok = runLifecycleChecks(QStringLiteral("running"), target, running, context);
        !ok) {
        context.report(wordSegment(TaskTr::tr("container did not start!"), Tone::Problem));
        if (const std::optional<int> status = exitStatus(inspect(s.client, id)))
            return containerError(instance, exitedMessage(*status, logsOf(s.client, id)));
        return containerError(
            instance,
            TaskTr::tr("Halting start sequence because %1 (on %2) failed "
                       "to start! %3%4")
                .arg(instance.name, s.ship->name, ok.error().message, logsOf(s.client, id)));
    }
    context.report(wordSegment(TaskTr::tr("started"), Tone::Success));
    return Core::Success{};
}

Core::VoidResult CommandTasks::stop(const Subject &s, TaskContext &context, bool kill)
{
    const Core::Instance &instance = *s.instance;
    pending(context, ProgressPhase::Info, TaskTr::tr("checking container..."));
    const Core::VoidResult reachable = m_clients.probe(s.ship->name);
    const Core::Result<Details> details
        = reachable ? inspect(s.client, instance.name) : Core::Result<Details>(reachable.error());
    if (!details) {
        context.report(containerSegment(QStringLiteral("-"), Tone::Plain));
        context.report(wordSegment(TaskTr::tr("host down"), Tone::Problem));
        if (m_options.strict)
            return containerError(instance, details.error().message);
        // Spec 12.5: no failure of the play; but nothing was stopped, and the run says why.
        context.skip(details.error().message);
        return Core::Success{};
    }
    if (!details->has_value() || !(*details)->running) {
        context.report(containerSegment(containerColumn(instance, *details), Tone::Plain));
        context.report(wordSegment(TaskTr::tr("down"), Tone::NoOp));
        context.skip(details->has_value() ? TaskTr::tr("already stopped")
                                          : TaskTr::tr("no container"));
        return Core::Success{};
    }
    const QString id = (*details)->id;
    context.report(containerSegment(containerColumn(instance, *details), Tone::Success));
    CheckTarget target{&instance, s.ship, s.client, id, {}};
    if (instance.checksFor(QStringLiteral("pre-stop"))
        || instance.checksFor(QStringLiteral("stopped")))
        target.environment = Core::containerEnvironment(*m_environment, instance);
    const CheckCondition up{[&] { return isRunning(s.client, id); },
                            TaskTr::tr("is no longer running")};
    const CheckCondition down{[&] { return isNotRunning(s.client, id); },
                              TaskTr::tr("is still running")};

    bool killedByTimeout = false;
    const auto attempt = [&]() -> Core::VoidResult {
        if (!kill && instance.checksFor(QStringLiteral("pre-stop"))) {
            if (auto ok = runLifecycleChecks(QStringLiteral("pre-stop"), target, up, context); !ok)
                return Core::Error{TaskTr::tr("failed pre-stop lifecycle checks"), {}, {}};
        }
        ProgressEvent stopping;
        stopping.phase = ProgressPhase::Stopping;
        stopping.message
            = kill ? TaskTr::tr("killing the service...") : TaskTr::tr("stopping service...");
        if (!kill) // Docker's stop: SIGTERM (or the image's stop signal), SIGKILL at the end
            stopping.detail
                = TaskTr::tr("SIGTERM sent, killed after %1 s").arg(instance.stopTimeout);
        context.report(stopping);
        QElapsedTimer stopClock;
        stopClock.start();
        const auto done = kill ? awaitResult(s.client->killContainer(id))
                               : awaitResult(s.client->stopContainer(id, instance.stopTimeout));
        if (!done)
            return done.error();
        // Docker kills only once the whole timeout passed: a 137 sooner is not ours.
        if (!kill && stopClock.elapsed() >= qint64(instance.stopTimeout) * 1000) {
            const Core::Result<Details> after = inspect(s.client, id);
            killedByTimeout = exitStatus(after) == 137;
        }
        if (auto ok = runLifecycleChecks(QStringLiteral("stopped"), target, down, context); !ok)
            return Core::Error{kill ? TaskTr::tr("failed killed lifecycle checks")
                                    : TaskTr::tr("failed stopped lifecycle checks"),
                               {},
                               {}};
        return Core::Success{};
    };
    if (const Core::VoidResult ok = attempt(); !ok) {
        context.report(
            wordSegment(TaskTr::tr("failed: %1").arg(ok.error().message), Tone::Problem));
        // KW-45: MaestroNG's stop never fails the play; --strict makes it.
        if (m_options.strict)
            return containerError(instance, ok.error().message);
        return Core::Success{};
    }
    ProgressEvent stopped
        = wordSegment(kill ? TaskTr::tr("killed") : TaskTr::tr("stopped"), Tone::Success);
    if (killedByTimeout) { // not a crash: the container ignored SIGTERM for the whole timeout
        stopped.detail
            = TaskTr::tr("stopped (killed after %1 s timeout)").arg(instance.stopTimeout);
        stopped.killedAfterTimeoutS = instance.stopTimeout;
    }
    context.report(stopped);
    return Core::Success{};
}

Core::VoidResult CommandTasks::clean(const Subject &s, TaskContext &context)
{
    const Core::Instance &instance = *s.instance;
    if (const Core::VoidResult up = m_clients.probe(s.ship->name); !up)
        return containerError(instance, up.error().message);
    const Core::Result<Details> details = inspect(s.client, instance.name);
    if (!details)
        return containerError(instance, details.error().message);
    if (!details->has_value()) {
        context.report(containerSegment(QStringLiteral("-"), Tone::Plain));
        context.report(wordSegment(TaskTr::tr("absent"), Tone::NoOp));
        context.skip(TaskTr::tr("no container"));
        return Core::Success{};
    }
    if ((*details)->running) {
        context.report(containerSegment(containerColumn(instance, *details), Tone::Plain));
        context.report(wordSegment(TaskTr::tr("skipped"), Tone::Problem));
        context.skip(TaskTr::tr("still running"));
        return Core::Success{};
    }
    const QString id = (*details)->id;
    pending(context, ProgressPhase::Removing,
            TaskTr::tr("removing container %1...").arg(shortId(id)));
    if (const auto removed = awaitResult(s.client->removeContainer(id)); !removed)
        return containerError(instance, removed.error().message);
    context.report(containerSegment(shortId(id), Tone::Plain));
    context.report(wordSegment(TaskTr::tr("removed"), Tone::Success));
    return Core::Success{};
}

Core::VoidResult CommandTasks::pull(const Subject &s, TaskContext &context)
{
    if (const Core::VoidResult up = m_clients.probe(s.ship->name); !up)
        return containerError(*s.instance, up.error().message);
    if (const Core::VoidResult ok = ensureImage(s, context, true); !ok)
        return containerError(*s.instance, ok.error().message);
    context.report(containerSegment(QString(), Tone::Plain));
    context.report(wordSegment(TaskTr::tr("done"), Tone::Success));
    return Core::Success{};
}

Core::VoidResult CommandTasks::restart(const Subject &s, TaskContext &context)
{
    const Core::Instance &instance = *s.instance;
    if (const Core::VoidResult up = m_clients.probe(s.ship->name); !up)
        return containerError(instance, up.error().message);
    if (m_options.onlyIfChanged) {
        // Spec 12.7 compares the image id only; KW-39: the whole configuration.
        const Core::Result<Details> details = inspect(s.client, instance.name);
        if (details && details->has_value() && (*details)->running) {
            pending(context, ProgressPhase::Info, TaskTr::tr("checking image..."));
            const auto drift = driftOf(*m_environment, instance, s.client, **details);
            if (drift && drift->isEmpty()) {
                context.report(containerSegment(containerColumn(instance, *details), Tone::NoOp));
                context.report(wordSegment(TaskTr::tr("up to date"), Tone::NoOp));
                context.skip(TaskTr::tr("up to date"));
                return Core::Success{};
            }
            if (drift) {
                ProgressEvent changed;
                changed.message
                    = TaskTr::tr("configuration changed: %1").arg(describeDrift(*drift));
                changed.drift = *drift;
                context.report(changed);
            }
        }
    }
    if (const Core::VoidResult stopped = stop(s, context, false); !stopped)
        return stopped;
    ProgressEvent reset;
    reset.reset = true;
    context.report(reset);
    context.clearSkip(); // an already stopped container is started all the same
    if (m_options.stopStartDelaySeconds > 0) {
        pending(context, ProgressPhase::Info,
                TaskTr::tr("waiting %1s before starting...").arg(m_options.stopStartDelaySeconds));
        if (!context.sleepFor(qint64(m_options.stopStartDelaySeconds) * 1000))
            return Core::Error{TaskTr::tr("cancelled by user"), {}, {}};
    }
    // Spec 12.7: the start half never forces a refresh (-r pulled before, below).
    return start(s, context, m_options.refreshImages);
}

} // namespace Maestro::Orchestration
