// SPDX-License-Identifier: GPL-3.0-or-later
// ShipConnections, the one owner of a process's ship clients: every user of a ship gets the
// same client (the tasks of a run, another run, the live state), a changed ship gets a new
// one, and release() forgets the clients the environment no longer has.
#include "fakedocker.h"

#include "orchestration/live/statemonitor.h"
#include "orchestration/ships/shipclients.h"
#include "orchestration/ships/shipconnections.h"

#include "core/model/environmentloader.h"

#include <QSignalSpy>
#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;
using namespace Maestro::Tests;

namespace {

Core::EnvironmentPtr environment(const QString &betaShip)
{
    const QString text = QStringLiteral(R"(name: owners
ships:
  alpha: {ip: 10.0.0.1}
  beta: %1
services:
  web:
    image: web
    instances:
      web-1: {ship: alpha}
      web-2: {ship: beta}
)")
                             .arg(betaShip);
    const Core::LoadResult loaded = Core::loadEnvironmentText(text, QStringLiteral("owners.yaml"),
                                                              QStringLiteral("/tmp"), {});
    return loaded.environment;
}

} // namespace

class TestShipConnections : public QObject
{
    Q_OBJECT

private slots:
    void oneClientPerShipForEveryUser()
    {
        FakeDocker docker;
        ShipConnections &connections = docker.connections();
        const Core::EnvironmentPtr env = environment(QStringLiteral("{ip: 10.0.0.2}"));
        QVERIFY(env);
        ShipClients run(env, connections);
        ShipClients otherRun(env, connections);
        QVERIFY(run.client(QStringLiteral("alpha")));
        QCOMPARE(run.client(QStringLiteral("alpha")), otherRun.client(QStringLiteral("alpha")));
        QVERIFY(run.client(QStringLiteral("alpha")) != run.client(QStringLiteral("beta")));
        QCOMPARE(connections.clientCount(), 2);

        // The same file loaded again (positions differ, nothing about the ships does) reaches
        // its ships through the same clients.
        const Core::EnvironmentPtr reloaded
            = environment(QStringLiteral("{ip: 10.0.0.2}   # a comment moves nothing"));
        ShipClients afterReload(reloaded, connections);
        QCOMPARE(afterReload.client(QStringLiteral("beta")), run.client(QStringLiteral("beta")));
        QCOMPARE(connections.clientCount(), 2);
    }

    void changedShipGetsANewClientAndReleaseDropsTheOld()
    {
        FakeDocker docker;
        ShipConnections &connections = docker.connections();
        const Core::EnvironmentPtr before = environment(QStringLiteral("{ip: 10.0.0.2}"));
        const Core::EnvironmentPtr after
            = environment(QStringLiteral("{ip: 10.0.0.2, docker_port: 2380}"));
        QVERIFY(before && after);
        const Core::Ship *oldBeta = before->ship(QStringLiteral("beta"));
        const Core::Ship *newBeta = after->ship(QStringLiteral("beta"));
        const std::shared_ptr<ShipApi> oldClient = connections.api(*oldBeta, before->baseDir);
        const std::shared_ptr<ShipApi> newClient = connections.api(*newBeta, after->baseDir);
        QVERIFY(oldClient != newClient);
        QCOMPARE(connections.clientCount(), 2);

        connections.release(*after);
        QCOMPARE(connections.clientCount(), 1);
        // A caller that still holds the old client keeps a working one.
        QVERIFY(oldClient->endpointDescription().contains(QStringLiteral("beta")));
        QCOMPARE(connections.api(*newBeta, after->baseDir), newClient);
    }

    void stateMonitorSharesTheRunsClients()
    {
        FakeDocker docker;
        docker.addImage({}, QStringLiteral("web"));
        docker.addContainer(QStringLiteral("alpha"), QStringLiteral("web-1"), QStringLiteral("web"),
                            true);
        const Core::EnvironmentPtr env = environment(QStringLiteral("{ip: 10.0.0.2}"));
        ShipClients run(env, docker.connections());
        QVERIFY(run.client(QStringLiteral("alpha")));
        StateMonitor monitor(env, docker.connections());
        monitor.setRefreshInterval(0);
        QSignalSpy states(&monitor, &StateMonitor::statesChanged);
        monitor.start();
        QTRY_VERIFY(monitor.states().contains(QStringLiteral("web-1")));
        QCOMPARE(monitor.states().value(QStringLiteral("web-1")).status,
                 ObservedState::Status::Running);
        // Both ships were listed through the clients the run holds: no client of its own.
        QTRY_COMPARE(monitor.contactedShips(),
                     (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(docker.connections().clientCount(), 2);
        QVERIFY(docker.trace(QStringLiteral("alpha")).contains(QStringLiteral("list")));
    }
};

QTEST_GUILESS_MAIN(TestShipConnections)
#include "tst_shipconnections.moc"
