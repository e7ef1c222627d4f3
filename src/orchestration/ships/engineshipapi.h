// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shipapi.h"

#include "docker/engineclient.h"

#include <memory>

namespace Maestro::Orchestration {

// ShipApi over a real Docker::EngineClient (what `maestro` and the desktop use): every call
// forwards to the client, which it owns. Thread-safe as the client is.
class EngineShipApi final : public ShipApi
{
public:
    explicit EngineShipApi(Docker::ConnectionSettings settings);
    ~EngineShipApi() override;

    Docker::EngineClient &engine() { return *m_client; }

    QString endpointDescription() const override;
    void allowRequestsInFlight(int n) override;
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

    using ShipApi::containerLogs;
    using ShipApi::killContainer;
    using ShipApi::listContainers;
    using ShipApi::removeContainer;
    using ShipApi::stopContainer;

private:
    std::unique_ptr<Docker::EngineClient> m_client;
};

} // namespace Maestro::Orchestration
