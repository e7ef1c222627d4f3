// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftwatch.h"

#include "models/environmenttreemodel.h"

#include "orchestration/checks/instanceinspection.h"
#include "orchestration/live/configdrift.h"
#include "orchestration/ships/shipclients.h"

namespace Maestro::Gui {

namespace {
// Inspections at once: they share the application's pool with loads and layouts.
constexpr int kMaxRunning = 2;
} // namespace

DriftWatch::DriftWatch(QThreadPool *pool, Orchestration::ShipConnections &connections,
                       Models::EnvironmentTreeModel *tree, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_connections(connections)
    , m_tree(tree)
{}

DriftWatch::~DriftWatch()
{
    // The inspections use the clients: they end before the clients go.
    for (Watcher *watcher : std::as_const(m_running)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

void DriftWatch::setEnvironment(Core::EnvironmentPtr environment)
{
    if (environment == m_environment)
        return;
    ++m_generation;
    m_environment = std::move(environment);
    m_queue.clear();
    m_asked.clear();
    // Running inspections keep the old clients alive through their lambdas.
    m_clients = m_environment
                    ? std::make_shared<Orchestration::ShipClients>(m_environment, m_connections)
                    : nullptr;
}

void DriftWatch::observe(const Orchestration::ObservedStates &states)
{
    if (!m_environment)
        return;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const QString &id = it.value().containerId;
        if (id.isEmpty()) {
            m_asked.remove(it.key());
            continue;
        }
        if (m_asked.value(it.key()) == id)
            continue;
        m_asked.insert(it.key(), id);
        if (!m_queue.contains(it.key()))
            m_queue.append(it.key());
    }
    startNext();
}

void DriftWatch::startNext()
{
    while (m_running.size() < kMaxRunning && !m_queue.isEmpty()) {
        const QString instance = m_queue.takeFirst();
        const Core::Instance *configured = m_environment->instance(instance);
        Orchestration::ShipApi *client = configured ? m_clients->client(configured->ship) : nullptr;
        if (!client)
            continue;
        auto *watcher = new Watcher(this);
        m_running.append(watcher);
        const quint64 generation = m_generation;
        // The clients stay until the inspection has ended, even past a new environment.
        connect(watcher, &Watcher::finished, this,
                [this, watcher, instance, generation, keep = m_clients] {
                    onInspected(watcher, instance, generation);
                });
        watcher->setFuture(Orchestration::inspectInstance(m_pool, client, m_environment, instance));
    }
}

void DriftWatch::onInspected(Watcher *watcher, const QString &instance, quint64 generation)
{
    m_running.removeAll(watcher);
    watcher->deleteLater();
    if (watcher->future().resultCount() == 0) { // cannot happen: inspections are not cancelled
        startNext();
        return;
    }
    const auto result = watcher->future().result();
    if (generation == m_generation && result && result->container) {
        Models::InstanceState state = m_tree->state(instance);
        // Only for the container the tree still shows (a newer one is queued already).
        if (!state.containerId.isEmpty() && result->container->id.startsWith(state.containerId)) {
            state.drift = Orchestration::describeDrift(result->drift);
            m_tree->applySnapshot({{instance, state}});
            emit inspected(instance);
        }
    } else if (generation == m_generation && !result) {
        m_asked.remove(instance); // unreachable now: ask again when it is seen again
    }
    startNext();
}

} // namespace Maestro::Gui
