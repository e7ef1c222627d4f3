// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shipapi.h"

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

// Makes the ShipApi of one ship of the environment (whose files are relative to
// `baseDir`). The default makes an EngineShipApi; unit tests pass a fake.
using ShipApiFactory
    = std::function<std::unique_ptr<ShipApi>(const Core::Ship &ship, const QString &baseDir)>;

// The Docker APIs of one run, one per ship, created lazily: a ship is contacted only
// when a task of the plan touches it. Also the per-ship facts every task of a run shares:
//  - probe(): the ship is probed once (`/_ping`); every later caller gets the same answer,
//    so a dead ship fails all its rows within one timeout (KW-43);
//  - containers(): one `GET /containers/json?all=1` per ship per refresh (KW-9).
// Thread-safe: tasks on any worker thread call it; callers of the same ship wait for the
// one request in flight instead of sending their own. Destroying it shuts the clients down.
class ShipClients
{
    Q_DISABLE_COPY_MOVE(ShipClients)

public:
    explicit ShipClients(Core::EnvironmentPtr environment, ShipApiFactory factory = {});
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

    // Ships contacted so far (tests check a plan reaches only its ships), sorted.
    QStringList contactedShips() const;
    // Container list requests sent so far to this ship (benchmarks: KW-9 target).
    int listRequests(const QString &ship) const;

private:
    struct Entry;
    Entry *entry(const QString &ship);

    Core::EnvironmentPtr m_environment;
    ShipApiFactory m_factory;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace Maestro::Orchestration
