// SPDX-License-Identifier: GPL-3.0-or-later
// EngineClient: the daemon itself (ping, version, info), the client's connections, registry
// logins and the event stream.
#include "docker/engineclient.h"

#include "docker/engineclientprivate.h"

namespace Maestro::Docker {

using Core::Result;
using Core::Success;
using namespace Internal;

EngineClient::VoidFuture EngineClient::ping()
{
    HttpRequest request = HttpRequest::get("/_ping");
    request.versioned = false;
    return call<Success>(request, {}, success);
}

EngineClient::Future<VersionInfo> EngineClient::version()
{
    return call<VersionInfo>(HttpRequest::get("/version"), {}, objectOf<VersionInfo>);
}

EngineClient::Future<SystemInfo> EngineClient::info()
{
    return call<SystemInfo>(HttpRequest::get("/info"), {}, objectOf<SystemInfo>);
}

void EngineClient::allowRequestsInFlight(int n)
{
    post([n](EngineConnection *c) { c->raiseRequestLimit(n); });
}

EngineClient::Future<ConnectionStats> EngineClient::connectionStats()
{
    auto completion = std::make_shared<Completion<ConnectionStats>>();
    auto future = completion->future();
    post([completion](EngineConnection *c) {
        completion->complete(ConnectionStats{c->apiVersionInUse(), c->openConnectionCount(),
                                             c->connectionsOpened()});
    });
    return future;
}

EngineClient::Future<std::optional<HostKeyProblem>> EngineClient::hostKeyProblem()
{
    auto completion = std::make_shared<Completion<std::optional<HostKeyProblem>>>();
    auto future = completion->future();
    post([completion](EngineConnection *c) { completion->complete(c->hostKeyProblem()); });
    return future;
}

EngineClient::Future<LoginResult> EngineClient::login(const RegistryAuth &auth)
{
    const QByteArray body = QJsonDocument(auth.toJson()).toJson(QJsonDocument::Compact);
    return call<LoginResult>(HttpRequest::postJson("/auth", body), {}, objectOf<LoginResult>);
}

EngineClient::VoidFuture EngineClient::streamEvents(const EventFilter &filter,
                                                    std::function<void(const Event &)> onEvent)
{
    return runStream(jsonLinesJob(HttpRequest::get("/events" + filter.query()),
                                  [onEvent](const QJsonObject &o) -> std::optional<QString> {
                                      if (onEvent)
                                          onEvent(Event::fromJson(o));
                                      return std::nullopt;
                                  }));
}

} // namespace Maestro::Docker
