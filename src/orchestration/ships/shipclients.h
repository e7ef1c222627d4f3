// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shipapi.h"
#include "shipconnections.h"

#include "core/model/environment.h"
#include "core/result.h"
#include "docker/apitypes.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Maestro::Orchestration {

// The ships of one run (or one command), each taken from the process's ShipConnections
// when a task of the plan first touches it: a ship is contacted only then. Also the
// per-ship facts every task of a run shares:
//  - probe(): the ship is probed once (`/_ping`); every later caller gets the same answer,
//    so a dead ship fails all its rows within one timeout (KW-43);
//  - containers(): one `GET /containers/json?all=1` per ship per refresh (KW-9).
// Thread-safe: tasks on any worker thread call it; callers of the same ship wait for the
// one request in flight instead of sending their own. `connections` must outlive it.
class ShipClients
{
    Q_DISABLE_COPY_MOVE(ShipClients)

public:
    ShipClients(Core::EnvironmentPtr environment, ShipConnections &connections);
    ~ShipClients();

    // nullptr for a ship the environment does not define.
    ShipApi *client(const QString &ship);
    // `host down: {reason}` when the ship did not answer its one probe.
    Core::VoidResult probe(const QString &ship);
    // The ship's containers (all states), listed once and then served from the cache
    // until invalidate(). A failure is cached too (KW-43).
    Core::Result<QList<Docker::ContainerSummary>> containers(const QString &ship);
    // The summary of one container by name, nullopt when absent.
    Core::Result<std::optional<Docker::ContainerSummary>> container(const QString &ship,
                                                                    const QString &name);
    void invalidate(const QString &ship);
    // Every ship of this run may carry `n` requests at once (the run's pool size), so a
    // level of n instances on one ship is handled at once. Set before the run starts.
    void setRequestsInFlight(int n);

    // Why each ship that did not answer its probe is down (`host down: ship 'x' (endpoint):
    // error`), in ship order; asks no ship anything.
    QList<Core::Error> probeFailures() const;
    // Ships contacted so far (tests check a plan reaches only its ships), sorted.
    QStringList contactedShips() const;
    // Container list requests sent so far to this ship (benchmarks: KW-9 target).
    int listRequests(const QString &ship) const;

private:
    struct Entry;
    Entry *entry(const QString &ship);

    Core::EnvironmentPtr m_environment;
    ShipConnections &m_connections;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    int m_requestsInFlight = 0;
};

} // namespace Maestro::Orchestration
