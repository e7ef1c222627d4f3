// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakedocker.h"

#include "orchestration/ships/shipapi.h"

namespace Maestro::Tests {

// The ShipApi of one ship of a FakeDocker: each call is recorded, may fail or be delayed as
// scripted, and acts on the ship's in-memory containers and images the way the daemon
// would (names unique, running containers not removable, images needed to create, ...).
// Streams (logs, events) deliver what is there and end; they do not follow.
class FakeShipApi final : public Orchestration::ShipApi
{
public:
    FakeShipApi(FakeDocker &docker, QString ship);

    QString endpointDescription() const override;
    VoidFuture ping() override;
    Future<QList<Docker::ContainerSummary>>
    listContainers(const Docker::ContainerListOptions &options) override;
    Future<std::optional<Docker::ContainerDetails>>
    inspectContainer(const QString &idOrName) override;
    Future<Docker::CreatedContainer> createContainer(const QString &name,
                                                     const QJsonObject &body) override;
    VoidFuture startContainer(const QString &id) override;
    VoidFuture stopContainer(const QString &id, std::optional<int> timeoutSeconds) override;
    VoidFuture killContainer(const QString &id, const QString &signal) override;
    VoidFuture removeContainer(const QString &id, const Docker::RemoveOptions &options) override;
    Future<qint64> waitContainer(const QString &id, WaitCondition condition) override;
    Future<QList<Docker::LogEntry>> containerLogs(const QString &id,
                                                  const Docker::LogOptions &options) override;
    VoidFuture streamContainerLogs(const QString &id, const Docker::LogOptions &options,
                                   std::function<void(const Docker::LogEntry &)> onEntry) override;
    Future<QString> createExec(const QString &container,
                               const Docker::ExecOptions &options) override;
    Future<Docker::ExecOutput> startExec(const QString &execId) override;
    Future<Docker::ExecDetails> inspectExec(const QString &execId) override;
    Future<std::optional<Docker::ImageDetails>> inspectImage(const QString &reference) override;
    VoidFuture pullImage(const Docker::ImageReference &image,
                         const std::optional<Docker::RegistryAuth> &auth,
                         std::function<void(const Docker::PullProgress &)> onProgress) override;
    VoidFuture login(const Docker::RegistryAuth &auth) override;
    VoidFuture streamEvents(const Docker::EventFilter &filter,
                            std::function<void(const Docker::Event &)> onEvent) override;

private:
    template<typename T>
    Future<T> respond(const QString &method, const QString &target,
                      std::function<Core::Result<T>()> work);
    // A stream that ignores cancellation while FakeDocker::setLogStreamChatter is on.
    VoidFuture chatter(std::function<void(const Docker::LogEntry &)> onEntry);
    // The container named or with this id (prefix); nullptr when absent. Lock held.
    FakeContainer *find(const QString &idOrName);

    FakeDocker &m_docker;
    QString m_ship;
};

} // namespace Maestro::Tests
