// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/plan/command.h"
#include "orchestration/run/taskcontext.h"
#include "orchestration/ships/shipclients.h"

#include "core/model/environment.h"

#include <memory>
#include <optional>

namespace Maestro::Docker {
struct ContainerDetails;
class ImageReference;
} // namespace Maestro::Docker

namespace Maestro::Orchestration {

class AuditTrail;
class RegistryLogins;

// The options that change what a command's task does (spec 17.2), not which steps run.
struct TaskOptions
{
    bool refreshImages = false; // -r
    bool reuse = false;         // --reuse
    bool strict = false;        // --strict: stop/kill failures fail the step (KW-45)
    bool onlyIfChanged = false; // restart --only-if-changed
    int stopStartDelaySeconds = 0;
    // status: inspect every existing container and its configured image and report how it
    // differs from the configuration (ProgressEvent::drift, KW-39). Costs two requests per
    // row, so only `--json` and `-F` ask for it.
    bool detectDrift = false;
};

// The per-instance tasks of status, start, stop, kill, restart, pull and clean (spec 12):
// Docker calls through the run's ShipClients, rows reported as ProgressEvents (container
// column, result words, pending texts), errors as `{instance}: {message}`. function()
// gives the TaskFunction for PlanRunner; it may run on several worker threads at once.
// The environment and the clients must outlive the run.
class CommandTasks
{
public:
    CommandTasks(Core::EnvironmentPtr environment, ShipClients &clients, Command command,
                 TaskOptions options = {});
    ~CommandTasks();

    TaskFunction function();
    Core::VoidResult run(const PlanStep &step, TaskContext &context);
    // Spec 15.1: each task's action, success and error go to `trail` (the debug level); a
    // failing action auditor fails the task before it starts. Set before the run.
    void setAuditTrail(std::shared_ptr<AuditTrail> trail);

private:
    struct Subject;
    std::optional<Subject> subject(const PlanStep &step) const;
    Core::VoidResult dispatch(const Subject &s, TaskContext &context);

    Core::VoidResult status(const Subject &s, TaskContext &context);
    Core::VoidResult start(const Subject &s, TaskContext &context, bool refresh);
    Core::VoidResult stop(const Subject &s, TaskContext &context, bool kill);
    Core::VoidResult clean(const Subject &s, TaskContext &context);
    Core::VoidResult pull(const Subject &s, TaskContext &context);
    Core::VoidResult restart(const Subject &s, TaskContext &context);
    // Ensures the image is there (pulling when missing or when `refresh`).
    Core::VoidResult ensureImage(const Subject &s, TaskContext &context, bool refresh);
    // Spec 12.4: login when needed, then the pull with the registry's credentials, retried
    // on the registry's `retry.when` statuses.
    Core::VoidResult pullImage(const Subject &s, TaskContext &context,
                               const Docker::ImageReference &image);

    Core::EnvironmentPtr m_environment;
    ShipClients &m_clients;
    Command m_command;
    TaskOptions m_options;
    std::unique_ptr<RegistryLogins> m_logins;
    std::shared_ptr<AuditTrail> m_audit;
};

} // namespace Maestro::Orchestration
