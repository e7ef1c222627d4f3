// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shipapi.h"

#include "core/model/environment.h"

#include <QList>
#include <QMutex>

#include <functional>
#include <memory>

namespace Maestro::Orchestration {

// Makes the ShipApi of one ship (whose relative certificate and key paths are relative to
// `baseDir`). The default makes an EngineShipApi; unit tests pass a fake.
using ShipApiFactory
    = std::function<std::unique_ptr<ShipApi>(const Core::Ship &ship, const QString &baseDir)>;

// The one owner of a process's connections to its ships (STYLE rule 20): built in main()
// and handed to everything that talks to a ship (runs, the desktop's panels, Check Now,
// the state monitor, the CLI's commands), so each ship has one client, and so one
// connection pool, whoever asks.
//
// A ship is known by how it is reached: its name and every connection field (endpoint,
// port, socket, TLS material, SSH tunnel, API version, timeout) with the environment's
// directory. A file that is loaded again with the same ship gets the same client; a ship
// whose connection changed gets a new one. A client lives while the owner keeps it or a
// caller still holds it: release() lets the owner forget clients that no longer match a
// ship of the environment, and they shut down once their last user lets go.
//
// Thread-safe.
class ShipConnections
{
    Q_DISABLE_COPY_MOVE(ShipConnections)

public:
    explicit ShipConnections(ShipApiFactory factory = {});
    ~ShipConnections();

    // The client of `ship`, made on first use.
    std::shared_ptr<ShipApi> api(const Core::Ship &ship, const QString &baseDir);
    // Forgets the clients that no ship of `environment` matches.
    void release(const Core::Environment &environment);
    // How many clients the owner holds (tests and measurements).
    int clientCount() const;

private:
    struct Entry
    {
        Core::Ship ship;
        QString baseDir;
        std::shared_ptr<ShipApi> api;
    };

    ShipApiFactory m_factory;
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
};

} // namespace Maestro::Orchestration
