// SPDX-License-Identifier: GPL-3.0-or-later
#include "statemonitor.h"

#include "orchestration/orchestrationlog.h"
#include "orchestration/ships/shipconnections.h"
#include "orchestration/ships/shipsettings.h"
#include "orchestration/tr.h"

#include "docker/connectioncheck.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QSet>

namespace Maestro::Orchestration {

struct StateMonitor::Ship
{
    QString name;
    QStringList instances;
    std::shared_ptr<ShipApi> client;
    // The answers of the list and the stream come through watchers the entry owns, not
    // through continuations: the client is shared and may finish a future after the
    // monitor is gone, and a watcher that goes with the monitor hears nothing more.
    QFutureWatcher<Core::Result<QList<Docker::ContainerSummary>>> lister;
    QFutureWatcher<Core::VoidResult> stream;
    bool streaming = false;
    bool listing = false;
    bool listAgain = false;
    bool down = false;
    bool answered = false; // a list finished (with or without an error) since start
    int listRequests = 0;
    QFuture<QList<Docker::ConnectionCheckStep>> diagnosis;
    QTimer debounce;
    // Container id -> when its last `start` event happened: more precise than "Up 5 minutes".
    QHash<QString, QDateTime> startTimes;
};

// The way from a client's I/O thread back to the monitor. The clients are shared and
// outlive the monitor, so a stream may still deliver an event after the monitor is gone:
// the event is posted only while `target` is set, which the destructor clears first.
struct StateMonitor::Relay
{
    QMutex mutex;
    StateMonitor *target;
};

StateMonitor::StateMonitor(Core::EnvironmentPtr environment, ShipConnections &connections,
                           QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_connections(connections)
    , m_relay(std::make_shared<Relay>())
{
    m_relay->target = this;
    if (m_environment) {
        QHash<QString, QStringList> byShip;
        for (const Core::Instance &instance : m_environment->instances)
            byShip[instance.ship].append(instance.name);
        for (const Core::Ship &ship : m_environment->ships) {
            if (!byShip.contains(ship.name))
                continue; // never contact a ship nothing runs on
            auto entry = std::make_shared<Ship>();
            entry->name = ship.name;
            entry->instances = byShip.value(ship.name);
            entry->debounce.setSingleShot(true);
            connect(&entry->debounce, &QTimer::timeout, this,
                    [this, name = ship.name] { refreshShip(name); });
            connect(&entry->lister, &QFutureWatcherBase::finished, this,
                    [this, lister = &entry->lister, name = ship.name] {
                        if (lister->future().resultCount() > 0)
                            onListed(name, lister->result());
                    });
            // Ended by the daemon, an error or a cancel alike: find out which at once.
            connect(&entry->stream, &QFutureWatcherBase::finished, this,
                    [this, name = ship.name] { onStreamEnded(name); });
            m_ships.insert(ship.name, entry);
            m_shipOrder.append(ship.name);
        }
    }
    m_periodic.setInterval(15000);
    connect(&m_periodic, &QTimer::timeout, this, &StateMonitor::refresh);
}

StateMonitor::~StateMonitor()
{
    // No event is posted from now on; the streams end on the clients' own threads.
    {
        QMutexLocker lock(&m_relay->mutex);
        m_relay->target = nullptr;
    }
    for (const std::shared_ptr<Ship> &ship : std::as_const(m_ships))
        ship->stream.cancel();
    // A diagnosis cannot be cancelled; it ends within the ship's timeout.
    for (const std::shared_ptr<Ship> &ship : std::as_const(m_ships))
        ship->diagnosis.waitForFinished();
}

void StateMonitor::setRefreshInterval(int ms)
{
    m_periodic.setInterval(ms);
    if (ms <= 0)
        m_periodic.stop();
    else if (m_started)
        m_periodic.start();
}

void StateMonitor::setEventDebounce(int ms)
{
    m_debounceMs = std::max(0, ms);
}

void StateMonitor::start()
{
    m_started = true;
    if (m_periodic.interval() > 0)
        m_periodic.start();
    refresh();
}

void StateMonitor::refresh()
{
    for (const QString &name : std::as_const(m_shipOrder))
        refreshShip(name);
}

StateMonitor::Ship *StateMonitor::shipEntry(const QString &name)
{
    const auto it = m_ships.constFind(name);
    if (it == m_ships.constEnd())
        return nullptr;
    Ship *ship = it.value().get();
    if (!ship->client) {
        const Core::Ship *model = m_environment->ship(name);
        ship->client = m_connections.api(*model, m_environment->baseDir);
    }
    return ship;
}

void StateMonitor::refreshShip(const QString &name)
{
    Ship *ship = shipEntry(name);
    if (!ship)
        return;
    if (ship->listing) {
        ship->listAgain = true;
        return;
    }
    list(*ship);
}

void StateMonitor::list(Ship &ship)
{
    ship.listing = true;
    ship.listAgain = false;
    ++ship.listRequests;
    Docker::ContainerListOptions options;
    options.all = true;
    ship.lister.setFuture(ship.client->listContainers(options));
}

void StateMonitor::onListed(const QString &name,
                            const Core::Result<QList<Docker::ContainerSummary>> &result)
{
    Ship *ship = shipEntry(name);
    if (!ship)
        return;
    ship->listing = false;
    ObservedStates changed;
    if (!result) {
        const QString reason = TaskTr::tr("host down: %1").arg(result.error().message);
        qCWarning(lcOrchestration).noquote() << name << reason;
        for (const QString &instance : std::as_const(ship->instances))
            changed.insert(instance, ObservedState::hostDown(reason));
        const bool wentDown = !ship->down;
        ship->down = true;
        ship->answered = true;
        if (wentDown) {
            emit shipStatusChanged(name, reason);
            emit shipReachabilityChanged(name, false, reason);
            diagnose(*ship);
        }
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QHash<QString, const Docker::ContainerSummary *> byName;
        for (const Docker::ContainerSummary &summary : *result) {
            for (const QString &containerName : summary.names)
                byName.insert(containerName, &summary);
        }
        for (const QString &instance : std::as_const(ship->instances)) {
            const Docker::ContainerSummary *summary = byName.value(instance);
            if (!summary) {
                changed.insert(instance, ObservedState{});
                continue;
            }
            ObservedState state = ObservedState::fromSummary(*summary, now);
            const ObservedState previous = m_states.value(instance);
            if (state.status == ObservedState::Status::Running) {
                // Keep the most precise start time known for this very container.
                if (const QDateTime exact = ship->startTimes.value(summary->id); exact.isValid())
                    state.startedAt = exact;
                else if (previous.status == state.status
                         && previous.containerId == state.containerId
                         && previous.startedAt.isValid())
                    state.startedAt = previous.startedAt;
            }
            changed.insert(instance, state);
        }
        const bool cameBack = ship->down;
        const bool first = !ship->answered;
        ship->down = false;
        ship->answered = true;
        if (cameBack)
            emit shipStatusChanged(name, QString());
        if (cameBack || first)
            emit shipReachabilityChanged(name, true, QString());
        if (!ship->streaming)
            openStream(*ship);
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        m_states.insert(it.key(), it.value());
    emit statesChanged(changed);
    if (ship->listAgain)
        list(*ship);
}

void StateMonitor::diagnose(Ship &ship)
{
    if (ship.diagnosis.isRunning())
        return;
    // The test opens connections of its own, step by step, to say which step fails.
    const Core::Ship *model = m_environment->ship(ship.name);
    ship.diagnosis = Docker::checkConnection(connectionSettingsFor(*model, m_environment->baseDir));
    ship.diagnosis.then(this,
                        [this, name = ship.name](const QList<Docker::ConnectionCheckStep> &steps) {
                            const auto it = m_ships.constFind(name);
                            // A ship that answers again needs no explanation any more.
                            if (it != m_ships.constEnd() && it.value()->down)
                                emit shipDiagnosed(name, steps);
                        });
}

void StateMonitor::openStream(Ship &ship)
{
    Docker::EventFilter filter;
    filter.types = {QStringLiteral("container")};
    filter.containers = ship.instances;
    ship.streaming = true;
    const QString name = ship.name;
    const QSet<QString> instances(ship.instances.cbegin(), ship.instances.cend());
    // Runs on the client's I/O thread: only copies and posts.
    auto forward = [relay = m_relay, name, instances](const Docker::Event &event) {
        const QString container = event.attributes.value(QStringLiteral("name"));
        if (!instances.contains(container))
            return;
        QMutexLocker lock(&relay->mutex);
        StateMonitor *monitor = relay->target;
        if (!monitor)
            return;
        QMetaObject::invokeMethod(
            monitor,
            [monitor, name, action = event.action, container, id = event.actorId,
             time = event.timeNano] { monitor->onEvent(name, action, container, id, time); },
            Qt::QueuedConnection);
    };
    ship.stream.setFuture(ship.client->streamEvents(filter, forward));
}

void StateMonitor::onStreamEnded(const QString &name)
{
    Ship *ship = shipEntry(name);
    if (!ship)
        return;
    ship->streaming = false;
    // The daemon went away or restarted: find out which, at once.
    refreshShip(name);
}

void StateMonitor::onEvent(const QString &name, const QString &action, const QString &container,
                           const QString &id, qint64 timeNano)
{
    Q_UNUSED(container)
    Ship *ship = shipEntry(name);
    if (!ship)
        return;
    if (action == QLatin1String("start") && timeNano > 0)
        ship->startTimes.insert(id, QDateTime::fromMSecsSinceEpoch(timeNano / 1000000, Qt::UTC));
    else if (action == QLatin1String("destroy"))
        ship->startTimes.remove(id);
    // Events come in bursts (create, start, exec_*...): one list answers all of them.
    ship->debounce.start(m_debounceMs);
}

QStringList StateMonitor::contactedShips() const
{
    QStringList names;
    for (auto it = m_ships.cbegin(); it != m_ships.cend(); ++it) {
        if (it.value()->listRequests > 0)
            names.append(it.key());
    }
    names.sort();
    return names;
}

int StateMonitor::listRequests(const QString &ship) const
{
    const auto it = m_ships.constFind(ship);
    return it == m_ships.constEnd() ? 0 : it.value()->listRequests;
}

bool StateMonitor::isStreaming(const QString &ship) const
{
    const auto it = m_ships.constFind(ship);
    return it != m_ships.constEnd() && it.value()->streaming;
}

} // namespace Maestro::Orchestration
