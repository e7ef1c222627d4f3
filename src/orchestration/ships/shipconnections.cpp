// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipconnections.h"

#include "engineshipapi.h"
#include "shipsettings.h"

#include <algorithm>

namespace Maestro::Orchestration {

namespace {

// Whether two ships are reached the same way. Their positions in the file do not count:
// an edit above a ship moves it without changing how it is reached.
bool sameConnection(const Core::Ship &a, const QString &aBaseDir, const Core::Ship &b,
                    const QString &bBaseDir)
{
    return a.name == b.name && a.ip == b.ip && a.endpoint == b.endpoint
           && a.dockerPort == b.dockerPort && a.socketPath == b.socketPath
           && a.apiVersion == b.apiVersion && a.timeout == b.timeout && a.sshTunnel == b.sshTunnel
           && a.tls == b.tls && a.tlsVerify == b.tlsVerify && a.tlsCaCert == b.tlsCaCert
           && a.tlsCert == b.tlsCert && a.tlsKey == b.tlsKey && a.sslVersion == b.sslVersion
           && aBaseDir == bBaseDir;
}

} // namespace

ShipConnections::ShipConnections(ShipApiFactory factory)
    : m_factory(std::move(factory))
{
    if (!m_factory) {
        m_factory = [](const Core::Ship &ship, const QString &baseDir) {
            return std::make_unique<EngineShipApi>(connectionSettingsFor(ship, baseDir));
        };
    }
}

ShipConnections::~ShipConnections() = default;

std::shared_ptr<ShipApi> ShipConnections::api(const Core::Ship &ship, const QString &baseDir)
{
    QMutexLocker lock(&m_mutex);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (sameConnection(entry.ship, entry.baseDir, ship, baseDir))
            return entry.api;
    }
    std::shared_ptr<ShipApi> made = m_factory(ship, baseDir);
    m_entries.append({ship, baseDir, made});
    return made;
}

void ShipConnections::release(const Core::Environment &environment)
{
    QList<Entry> released; // shut down outside the lock: a client's destructor joins its thread
    {
        QMutexLocker lock(&m_mutex);
        const auto unused = [&environment](const Entry &entry) {
            const Core::Ship *ship = environment.ship(entry.ship.name);
            return !ship || !sameConnection(*ship, environment.baseDir, entry.ship, entry.baseDir);
        };
        const auto firstUnused = std::stable_partition(m_entries.begin(), m_entries.end(),
                                                       [&](const Entry &e) { return !unused(e); });
        std::move(firstUnused, m_entries.end(), std::back_inserter(released));
        m_entries.erase(firstUnused, m_entries.end());
    }
}

int ShipConnections::clientCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

} // namespace Maestro::Orchestration
