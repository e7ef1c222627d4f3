// SPDX-License-Identifier: GPL-3.0-or-later
#include "fullstatus.h"

#include "configdrift.h"
#include "orchestration/ships/awaitresult.h"

#include "docker/imagereference.h"

#include <QTcpSocket>

namespace Maestro::Orchestration {

namespace {

constexpr int ProbeTimeoutMs = 1000;

PortProbe probe(const QString &host, const Core::NamedPort &port)
{
    PortProbe p{port.name, port.spec.external, PortProbe::State::Down};
    if (port.spec.isRange()) {
        p.state = PortProbe::State::NotProbed;
        return p;
    }
    if (port.spec.protocol() != QLatin1String("tcp"))
        return p; // spec 12.2: UDP ports are always down
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port.spec.externalNumber().toUInt()));
    if (socket.waitForConnected(ProbeTimeoutMs))
        p.state = PortProbe::State::Up;
    socket.abort();
    return p;
}

} // namespace

FullStatus fullStatusOf(const Core::Environment &environment, ShipClients &clients,
                        const Core::Instance &instance)
{
    FullStatus status;
    status.instance = instance.name;
    const Core::Ship *ship = environment.ship(instance.ship);
    if (const Core::VoidResult up = clients.probe(instance.ship); !up || !ship) {
        status.hostDown = up ? QString() : up.error().message;
        return status;
    }
    ShipApi *api = clients.client(instance.ship);
    const auto details = awaitResult(api->inspectContainer(instance.name));
    if (!details) {
        status.hostDown = details.error().message;
        return status;
    }
    status.container = *details;
    if (status.container) {
        std::optional<Docker::ImageDetails> image;
        if (const auto ref = Docker::ImageReference::parse(instance.image)) {
            if (const auto found = awaitResult(api->inspectImage(ref->normalized())))
                image = *found;
        }
        status.drift = configDrift(environment, instance, *status.container, image);
    }
    for (const Core::NamedPort &port : instance.ports)
        status.ports.append(probe(ship->ip, port));
    return status;
}

} // namespace Maestro::Orchestration
