// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "docker/apitypes.h"
#include "docker/imagereference.h"
#include "docker/registryauth.h"
#include "docker/waitcondition.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace Maestro::Orchestration {

// The Docker calls the orchestration layer makes on one ship: the seam between the tasks
// and the Engine API, so that unit tests drive the tasks with a fake daemon
// (tests/unit/orchestration/fakeshipapi.h) and production code with EngineShipApi.
// The contract is Docker::EngineClient's: every call may be made from any thread and
// returns at once; non-stream calls finish within the ship's timeout; streams call their
// callback for each item, in order, and stop when their future is cancelled.
class ShipApi
{
    Q_DISABLE_COPY_MOVE(ShipApi)

public:
    template<typename T>
    using Future = QFuture<Core::Result<T>>;
    using VoidFuture = Future<Core::Success>;
    using WaitCondition = Docker::WaitCondition;

    ShipApi() = default;
    virtual ~ShipApi() = default;

    // "ship 'name' (unix:///run/docker.sock)", for messages.
    virtual QString endpointDescription() const = 0;
    // Lets at least `n` requests be in flight to the ship at once (a run's pool size);
    // never lowers what another user asked for. Fakes need not care.
    virtual void allowRequestsInFlight(int n) { Q_UNUSED(n) }

    virtual VoidFuture ping() = 0;
    virtual Future<QList<Docker::ContainerSummary>>
    listContainers(const Docker::ContainerListOptions &options) = 0;
    // nullopt when the daemon knows no such container.
    virtual Future<std::optional<Docker::ContainerDetails>>
    inspectContainer(const QString &idOrName) = 0;
    virtual Future<Docker::CreatedContainer> createContainer(const QString &name,
                                                             const QJsonObject &body)
        = 0;
    virtual VoidFuture startContainer(const QString &id) = 0;
    virtual VoidFuture stopContainer(const QString &id, std::optional<int> timeoutSeconds) = 0;
    virtual VoidFuture killContainer(const QString &id, const QString &signal) = 0;
    virtual VoidFuture removeContainer(const QString &id, const Docker::RemoveOptions &options) = 0;
    virtual Future<qint64> waitContainer(const QString &id, WaitCondition condition) = 0;

    virtual Future<QList<Docker::LogEntry>> containerLogs(const QString &id,
                                                          const Docker::LogOptions &options)
        = 0;
    virtual VoidFuture streamContainerLogs(const QString &id, const Docker::LogOptions &options,
                                           std::function<void(const Docker::LogEntry &)> onEntry)
        = 0;

    virtual Future<QString> createExec(const QString &container, const Docker::ExecOptions &options)
        = 0;
    virtual Future<Docker::ExecOutput> startExec(const QString &execId) = 0;
    virtual Future<Docker::ExecDetails> inspectExec(const QString &execId) = 0;

    // nullopt when the daemon has no such image.
    virtual Future<std::optional<Docker::ImageDetails>> inspectImage(const QString &reference) = 0;
    virtual VoidFuture pullImage(const Docker::ImageReference &image,
                                 const std::optional<Docker::RegistryAuth> &auth,
                                 std::function<void(const Docker::PullProgress &)> onProgress)
        = 0;

    // `POST /auth`: checks the credentials with the registry (spec 12.4 login). The error
    // names the ship and the HTTP status, never the password.
    virtual VoidFuture login(const Docker::RegistryAuth &auth) = 0;

    virtual VoidFuture streamEvents(const Docker::EventFilter &filter,
                                    std::function<void(const Docker::Event &)> onEvent)
        = 0;

    // The calls with MaestroNG's usual arguments.
    Future<QList<Docker::ContainerSummary>> listContainers() { return listContainers({}); }
    VoidFuture stopContainer(const QString &id) { return stopContainer(id, std::nullopt); }
    VoidFuture killContainer(const QString &id) { return killContainer(id, QString()); }
    VoidFuture removeContainer(const QString &id) { return removeContainer(id, {}); }
    Future<QList<Docker::LogEntry>> containerLogs(const QString &id)
    {
        return containerLogs(id, {});
    }
};

} // namespace Maestro::Orchestration
