// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancepanels.h"

#include "detailspanel.h"
#include "logsview.h"
#include "shipspanel.h"

#include "models/instanceinspection.h"
#include "models/logsession.h"
#include "orchestration/logfollower.h"
#include "orchestration/shipclients.h"

#include <QDockWidget>

namespace Maestro::Gui {

InstancePanels::InstancePanels(QThreadPool *pool, QWidget *window)
    : QObject(window)
    , m_pool(pool)
    , m_logs(new LogsView(window))
    , m_details(new DetailsPanel(window))
    , m_ships(new ShipsPanel(window))
    , m_logsDock(new QDockWidget(tr("Logs"), window))
    , m_shipsDock(new QDockWidget(tr("Ships"), window))
{
    m_logsDock->setObjectName(QStringLiteral("logsDock"));
    m_logsDock->setWidget(m_logs);
    m_shipsDock->setObjectName(QStringLiteral("shipsDock"));
    m_shipsDock->setWidget(m_ships);
}

InstancePanels::~InstancePanels()
{
    stopAll();
}

// The streams and inspections hold pointers to the clients: they end before the clients go.
void InstancePanels::stopAll()
{
    m_logs->setInstance({}, {});
    m_logs->session()->waitForStopped();
    m_details->setInstance(m_environment, {});
    m_details->waitForInspection();
}

void InstancePanels::setEnvironment(const Core::EnvironmentPtr &environment)
{
    stopAll();
    m_instance.clear();
    m_observed.clear();
    m_clients.reset();
    m_environment = environment;
    if (m_environment)
        m_clients = std::make_unique<Orchestration::ShipClients>(m_environment);
    m_ships->setEnvironment(m_environment);
}

void InstancePanels::setLiveEnabled(bool enabled)
{
    if (enabled == m_live)
        return;
    m_live = enabled;
    const QString instance = m_instance;
    m_instance.clear();
    showInstance(instance);
}

void InstancePanels::showInstance(const QString &instance)
{
    const Core::Instance *found = m_environment ? m_environment->instance(instance) : nullptr;
    const QString name = found ? instance : QString();
    if (name == m_instance && !name.isEmpty())
        return;
    m_instance = name;
    if (!found || !m_live || !m_clients) {
        m_logs->setInstance({}, {});
        m_details->setInstance(m_environment, name);
        if (found)
            m_ships->selectShip(found->ship);
        return;
    }

    Orchestration::ShipClients *clients = m_clients.get();
    const Core::Instance configured = *found;
    m_logs->setInstance(name, [clients, configured](const Models::LogRequest &request,
                                                    Models::LogEntryCallback onEntry) {
        Orchestration::LogFollowOptions options;
        options.tail = request.tail;
        options.timestamps = request.timestamps;
        options.follow = request.follow;
        return Orchestration::followLogs(*clients, configured, options, std::move(onEntry));
    });
    Orchestration::ShipApi *client = clients->client(configured.ship);
    QThreadPool *pool = m_pool;
    const Core::EnvironmentPtr environment = m_environment;
    m_details->setInstance(m_environment, name, [pool, client, environment, name] {
        return Models::inspectInstance(pool, client, environment, name);
    });
    // What the inspection just started sees; only changes from it inspect again.
    if (const auto it = m_observed.constFind(name); it != m_observed.constEnd())
        m_details->setObservedState(it.value());
    m_ships->selectShip(configured.ship);
}

void InstancePanels::setObservedStates(const Orchestration::ObservedStates &states)
{
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        m_observed.insert(it.key(), it.value());
    if (const auto it = states.constFind(m_instance); it != states.constEnd() && m_live)
        m_details->setObservedState(it.value());
}

} // namespace Maestro::Gui
