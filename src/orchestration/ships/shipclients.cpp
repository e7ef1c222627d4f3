// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipclients.h"

#include "orchestration/tr.h"

#include <algorithm>

namespace Maestro::Orchestration {

struct ShipClients::Entry
{
    QMutex mutex; // held while the probe or the list request is in flight
    std::shared_ptr<ShipApi> client;
    std::optional<Core::VoidResult> probe;
    std::optional<Core::Result<QList<Docker::ContainerSummary>>> containers;
    int listRequests = 0;
};

ShipClients::ShipClients(Core::EnvironmentPtr environment, ShipConnections &connections)
    : m_environment(std::move(environment))
    , m_connections(connections)
{}

ShipClients::~ShipClients() = default;

ShipClients::Entry *ShipClients::entry(const QString &ship)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(ship);
    if (it != m_entries.end())
        return it->get();
    const Core::Ship *model = m_environment ? m_environment->ship(ship) : nullptr;
    if (!model)
        return nullptr;
    auto created = std::make_shared<Entry>();
    created->client = m_connections.api(*model, m_environment->baseDir);
    if (m_requestsInFlight > 0)
        created->client->allowRequestsInFlight(m_requestsInFlight);
    m_entries.insert(ship, created);
    return created.get();
}

void ShipClients::setRequestsInFlight(int n)
{
    QMutexLocker lock(&m_mutex);
    m_requestsInFlight = n;
    for (const auto &e : std::as_const(m_entries))
        e->client->allowRequestsInFlight(n);
}

ShipApi *ShipClients::client(const QString &ship)
{
    Entry *e = entry(ship);
    return e ? e->client.get() : nullptr;
}

Core::VoidResult ShipClients::probe(const QString &ship)
{
    Entry *e = entry(ship);
    if (!e)
        return Core::Error{TaskTr::tr("unknown ship %1").arg(ship), {}, {}};
    QMutexLocker lock(&e->mutex);
    if (!e->probe) {
        auto future = e->client->ping();
        future.waitForFinished();
        if (future.isCanceled() || future.resultCount() == 0)
            e->probe = Core::VoidResult(Core::Error{TaskTr::tr("host down"), {}, {}});
        else if (!future.result())
            e->probe = Core::VoidResult(Core::Error{
                TaskTr::tr("host down: %1").arg(future.result().error().message), {}, {}});
        else
            e->probe = Core::VoidResult(Core::Success{});
    }
    return *e->probe;
}

Core::Result<QList<Docker::ContainerSummary>> ShipClients::containers(const QString &ship)
{
    if (Core::VoidResult up = probe(ship); !up)
        return up.error();
    Entry *e = entry(ship);
    QMutexLocker lock(&e->mutex);
    if (!e->containers) {
        ++e->listRequests;
        auto future = e->client->listContainers();
        future.waitForFinished();
        if (future.isCanceled() || future.resultCount() == 0)
            e->containers = Core::Error{TaskTr::tr("host down"), {}, {}};
        else
            e->containers = future.result();
    }
    return *e->containers;
}

Core::Result<std::optional<Docker::ContainerSummary>> ShipClients::container(const QString &ship,
                                                                             const QString &name)
{
    const Core::Result<QList<Docker::ContainerSummary>> list = containers(ship);
    if (!list)
        return list.error();
    for (const Docker::ContainerSummary &c : *list) {
        if (c.names.contains(name))
            return std::optional<Docker::ContainerSummary>(c);
    }
    return std::optional<Docker::ContainerSummary>();
}

void ShipClients::invalidate(const QString &ship)
{
    if (Entry *e = entry(ship)) {
        QMutexLocker lock(&e->mutex);
        e->containers.reset();
    }
}

QList<Core::Error> ShipClients::probeFailures() const
{
    QList<Core::Error> failures;
    for (const QString &ship : contactedShips()) {
        std::shared_ptr<Entry> e;
        {
            QMutexLocker lock(&m_mutex);
            e = m_entries.value(ship);
        }
        QMutexLocker entryLock(&e->mutex);
        if (e->probe && !*e->probe)
            failures.append(e->probe->error());
    }
    return failures;
}

QStringList ShipClients::contactedShips() const
{
    QMutexLocker lock(&m_mutex);
    QStringList ships = m_entries.keys();
    std::sort(ships.begin(), ships.end());
    return ships;
}

int ShipClients::listRequests(const QString &ship) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(ship);
    if (it == m_entries.constEnd())
        return 0;
    QMutexLocker entryLock(&(*it)->mutex);
    return (*it)->listRequests;
}

} // namespace Maestro::Orchestration
