// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observedstate.h"

#include "core/model/environment.h"
#include "docker/connectioncheck.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Maestro::Orchestration {

class ShipConnections;

// Keeps the live state of an environment's instances: per ship, one
// `GET /containers/json?all=1` per refresh (never a request per instance, KW-9) and an
// event stream (`/events`, container events of the ship's instances) whose events trigger
// a debounced refresh of that ship. A periodic refresh is the fallback for lost streams.
// A ship that does not answer reports its instances as HostDown with the reason, and is
// tried again at the next refresh. Only ships that run instances of the environment are
// ever contacted.
//
// The failure of a list says only "host down: <message>". To tell why (unreachable, TLS
// error, unknown or changed SSH host key, login refused), a ship that goes down is also
// given one connection test (Docker::checkConnection, step by step), whose steps
// shipDiagnosed() reports; it runs once per time the ship goes down, not at each refresh.
//
// The ships are reached through `connections`, the process's one owner of ship clients,
// which must outlive the monitor: the monitor shares the clients (and so the connections)
// of runs and panels instead of opening its own.
//
// Threads: lives on and is used from the thread that created it (the GUI thread), which
// must run an event loop. The Docker I/O runs on the clients' own threads; the results
// come back as continuations on this object's thread, so nothing here ever blocks.
// statesChanged() is emitted on this thread.
class StateMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateMonitor)

public:
    StateMonitor(Core::EnvironmentPtr environment, ShipConnections &connections,
                 QObject *parent = nullptr);
    ~StateMonitor() override;

    Core::EnvironmentPtr environment() const { return m_environment; }

    // The fallback refresh period in milliseconds (default 15 s); 0 disables it.
    void setRefreshInterval(int ms);
    // How long an event waits for others before its ship is listed (default 150 ms).
    void setEventDebounce(int ms);

    // First refresh of every ship and the event streams; then the periodic refresh.
    void start();
    // Lists every ship now (one request each; a ship already being listed is listed once
    // more when that answer is in).
    void refresh();
    void refreshShip(const QString &ship);

    // The ships that run instances of the environment, in document order.
    QStringList ships() const { return m_shipOrder; }
    // The ships a request was sent to so far, sorted (tests: nothing else is contacted).
    QStringList contactedShips() const;
    // Container list requests sent to `ship` so far.
    int listRequests(const QString &ship) const;
    // Whether the event stream of `ship` is open.
    bool isStreaming(const QString &ship) const;
    ObservedStates states() const { return m_states; }

signals:
    // The states of the instances of one ship, after each answer (or failure) of a list.
    void statesChanged(const Maestro::Orchestration::ObservedStates &states);
    // A ship stopped answering (`host down: ...`), or answered again (empty message).
    void shipStatusChanged(const QString &ship, const QString &message);
    // Whether `ship` answers: after its first list, and whenever that changes. `reason` is
    // the `host down: ...` message of an unreachable ship, empty otherwise.
    void shipReachabilityChanged(const QString &ship, bool reachable, const QString &reason);
    // Why a ship that went down does not answer: the steps of a connection test, made once
    // after it went down. Not emitted when the ship answered again before the test ended.
    void shipDiagnosed(const QString &ship,
                       const QList<Maestro::Docker::ConnectionCheckStep> &steps);

private:
    struct Ship;
    struct Relay;

    Ship *shipEntry(const QString &name);
    void list(Ship &ship);
    void onListed(const QString &ship, const Core::Result<QList<Docker::ContainerSummary>> &result);
    void diagnose(Ship &ship);
    void openStream(Ship &ship);
    void onStreamEnded(const QString &ship);
    void onEvent(const QString &ship, const QString &action, const QString &name, const QString &id,
                 qint64 timeNano);

    Core::EnvironmentPtr m_environment;
    ShipConnections &m_connections;
    std::shared_ptr<Relay> m_relay;
    QStringList m_shipOrder;
    QHash<QString, std::shared_ptr<Ship>> m_ships;
    ObservedStates m_states;
    QTimer m_periodic;
    int m_debounceMs = 150;
    bool m_started = false;
};

} // namespace Maestro::Orchestration
