// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineshipapi.h"

#include <QJsonDocument>

namespace Maestro::Orchestration {

EngineShipApi::EngineShipApi(Docker::ConnectionSettings settings)
    : m_client(std::make_unique<Docker::EngineClient>(std::move(settings)))
{}

EngineShipApi::~EngineShipApi() = default;

void EngineShipApi::allowRequestsInFlight(int n)
{
    m_client->allowRequestsInFlight(n);
}

QString EngineShipApi::endpointDescription() const
{
    return m_client->endpointDescription();
}

ShipApi::VoidFuture EngineShipApi::ping()
{
    return m_client->ping();
}

ShipApi::Future<QList<Docker::ContainerSummary>>
EngineShipApi::listContainers(const Docker::ContainerListOptions &options)
{
    return m_client->listContainers(options);
}

ShipApi::Future<std::optional<Docker::ContainerDetails>>
EngineShipApi::inspectContainer(const QString &idOrName)
{
    return m_client->inspectContainer(idOrName);
}

ShipApi::Future<Docker::CreatedContainer> EngineShipApi::createContainer(const QString &name,
                                                                         const QJsonObject &body)
{
    return m_client->createContainer(name, body);
}

ShipApi::VoidFuture EngineShipApi::startContainer(const QString &id)
{
    return m_client->startContainer(id);
}

ShipApi::VoidFuture EngineShipApi::stopContainer(const QString &id,
                                                 std::optional<int> timeoutSeconds)
{
    return m_client->stopContainer(id, timeoutSeconds);
}

ShipApi::VoidFuture EngineShipApi::killContainer(const QString &id, const QString &signal)
{
    return m_client->killContainer(id, signal);
}

ShipApi::VoidFuture EngineShipApi::removeContainer(const QString &id,
                                                   const Docker::RemoveOptions &options)
{
    return m_client->removeContainer(id, options);
}

ShipApi::Future<qint64> EngineShipApi::waitContainer(const QString &id, WaitCondition condition)
{
    return m_client->waitContainer(id, condition);
}

ShipApi::Future<QList<Docker::LogEntry>>
EngineShipApi::containerLogs(const QString &id, const Docker::LogOptions &options)
{
    return m_client->containerLogs(id, options);
}

ShipApi::VoidFuture
EngineShipApi::streamContainerLogs(const QString &id, const Docker::LogOptions &options,
                                   std::function<void(const Docker::LogEntry &)> onEntry)
{
    return m_client->streamContainerLogs(id, options, std::move(onEntry));
}

ShipApi::Future<QString> EngineShipApi::createExec(const QString &container,
                                                   const Docker::ExecOptions &options)
{
    return m_client->createExec(container, options);
}

ShipApi::Future<Docker::ExecOutput> EngineShipApi::startExec(const QString &execId)
{
    return m_client->startExec(execId);
}

ShipApi::Future<Docker::ExecDetails> EngineShipApi::inspectExec(const QString &execId)
{
    return m_client->inspectExec(execId);
}

ShipApi::Future<std::optional<Docker::ImageDetails>>
EngineShipApi::inspectImage(const QString &reference)
{
    return m_client->inspectImage(reference);
}

ShipApi::VoidFuture
EngineShipApi::pullImage(const Docker::ImageReference &image,
                         const std::optional<Docker::RegistryAuth> &auth,
                         std::function<void(const Docker::PullProgress &)> onProgress)
{
    return m_client->pullImage(image, auth, std::move(onProgress));
}

ShipApi::VoidFuture EngineShipApi::login(const Docker::RegistryAuth &auth)
{
    const QByteArray body = QJsonDocument(auth.toJson()).toJson(QJsonDocument::Compact);
    return m_client->send(Docker::HttpRequest::postJson("/auth", body))
        .then([](Core::Result<Docker::HttpReply> reply) -> Core::VoidResult {
            if (!reply)
                return reply.error();
            return Core::Success{};
        });
}

ShipApi::VoidFuture EngineShipApi::streamEvents(const Docker::EventFilter &filter,
                                                std::function<void(const Docker::Event &)> onEvent)
{
    return m_client->streamEvents(filter, std::move(onEvent));
}

} // namespace Maestro::Orchestration
