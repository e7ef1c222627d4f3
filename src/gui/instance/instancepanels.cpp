// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancepanels.h"

#include "detailspanel.h"
#include "gui/ships/shipspanel.h"
#include "logsview.h"

#include "models/instancedetailsmodel.h"
#include "models/logsession.h"
#include "orchestration/checks/instanceinspection.h"
#include "orchestration/live/logfollower.h"
#include "orchestration/ships/shipclients.h"

#include <QDockWidget>

#include <tuple>

namespace Maestro::Gui {

InstancePanels::InstancePanels(QThreadPool *pool, Orchestration::ShipConnections &connections,
                               QWidget *window)
    : QObject(window)
    , m_pool(pool)
    , m_connections(connections)
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
    stopDetails();
    stopLogs();
}

namespace {

// Whether two versions of a ship reach the same daemon the same way: what the file says
// about the connection, not where it says it (nor the ip advertised to containers, which
// the connection only uses through the endpoint).
bool reachesSameDaemon(const Core::Ship &a, const Core::Ship &b)
{
    const auto connection = [](const Core::Ship &s) {
        return std::tie(s.name, s.endpoint, s.dockerPort, s.socketPath, s.apiVersion, s.timeout,
                        s.sshTunnel, s.tls, s.tlsVerify, s.tlsCaCert, s.tlsCert, s.tlsKey,
                        s.sslVersion);
    };
    return connection(a) == connection(b);
}

} // namespace

// The streams and inspections hold pointers to the clients: they end before the clients go.
void InstancePanels::stopLogs()
{
    m_logs->setInstance({}, {});
    m_logs->session()->waitForStopped();
    m_logClients.reset();
    m_logShip.reset();
}

void InstancePanels::stopDetails()
{
    m_details->setInstance(m_environment, {});
    m_details->waitForInspection();
}

bool InstancePanels::logStreamSurvives(const Core::Environment &environment) const
{
    if (!m_logClients || !m_logShip || !m_environment
        || environment.baseDir != m_environment->baseDir) // relative certificate paths
        return false;
    const Core::Instance *instance = environment.instance(m_instance);
    const Core::Ship *ship = instance ? environment.ship(instance->ship) : nullptr;
    return ship && reachesSameDaemon(*ship, *m_logShip);
}

void InstancePanels::setEnvironment(const Core::EnvironmentPtr &environment)
{
    const bool keepLogs = environment && logStreamSurvives(*environment);
    stopDetails();
    if (!keepLogs) {
        stopLogs();
        m_instance.clear();
    }
    m_observed.clear();
    m_clients.reset(); // the log stream may still hold them, through m_logClients
    m_environment = environment;
    if (m_environment)
        m_clients = std::make_shared<Orchestration::ShipClients>(m_environment, m_connections);
    m_ships->setEnvironment(m_environment);
    if (keepLogs)
        showDetails(m_environment->instance(m_instance));
}

void InstancePanels::replaceEnvironment(const Core::EnvironmentPtr &environment)
{
    m_environment = environment;
    m_details->model()->replaceEnvironment(environment);
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
    followLogs(m_live ? found : nullptr);
    showDetails(found);
}

void InstancePanels::followLogs(const Core::Instance *configured)
{
    if (m_logClients && m_logClients != m_clients)
        stopLogs(); // a stream kept by a reload: the previous environment's clients go now
    if (!configured || !m_clients) {
        m_logs->setInstance({}, {});
        m_logClients.reset();
        m_logShip.reset();
        return;
    }
    m_logClients = m_clients;
    m_logShip = *m_environment->ship(configured->ship);
    Orchestration::ShipClients *clients = m_logClients.get();
    m_logs->setInstance(
        configured->name, [clients, instance = *configured](const Models::LogRequest &request,
                                                            Models::LogEntryCallback onEntry) {
            Orchestration::LogFollowOptions options;
            options.tail = request.tail;
            options.timestamps = request.timestamps;
            options.follow = request.follow;
            return Orchestration::followLogs(*clients, instance, options, std::move(onEntry));
        });
}

void InstancePanels::showService(const QString &service)
{
    const Core::Service *found = m_environment ? m_environment->service(service) : nullptr;
    if (!found)
        return;
    m_instance.clear();
    showDetails(nullptr);
    stopLogs();
    if (!m_live || !m_clients)
        return;
    QList<Core::Instance> instances;
    for (const QString &name : found->instances) {
        if (const Core::Instance *instance = m_environment->instance(name))
            instances.append(*instance);
    }
    // No ship of its own: a reload does not keep this stream (logStreamSurvives()).
    m_logClients = m_clients;
    Orchestration::ShipClients *clients = m_logClients.get();
    m_logs->setInstance(
        tr("%1 (all instances)").arg(service),
        [clients, instances](const Models::LogRequest &request, Models::LogEntryCallback onEntry) {
            Orchestration::LogFollowOptions options;
            options.tail = request.tail;
            options.timestamps = request.timestamps;
            options.follow = request.follow;
            return Orchestration::followLogsTogether(*clients, instances, options,
                                                     std::move(onEntry));
        });
}

void InstancePanels::showDetails(const Core::Instance *configured)
{
    if (!configured) {
        m_details->setInstance(m_environment, {});
        return;
    }
    const QString name = configured->name;
    if (!m_live || !m_clients) {
        m_details->setInstance(m_environment, name);
    } else {
        Orchestration::ShipApi *client = m_clients->client(configured->ship);
        QThreadPool *pool = m_pool;
        const Core::EnvironmentPtr environment = m_environment;
        m_details->setInstance(m_environment, name, [pool, client, environment, name] {
            return Orchestration::inspectInstance(pool, client, environment, name);
        });
        // What the inspection just started sees; only changes from it inspect again.
        if (const auto it = m_observed.constFind(name); it != m_observed.constEnd())
            m_details->setObservedState(it.value());
    }
    m_ships->selectShip(configured->ship);
}

void InstancePanels::setObservedStates(const Orchestration::ObservedStates &states)
{
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        m_observed.insert(it.key(), it.value());
    if (const auto it = states.constFind(m_instance); it != states.constEnd() && m_live)
        m_details->setObservedState(it.value());
}

} // namespace Maestro::Gui
