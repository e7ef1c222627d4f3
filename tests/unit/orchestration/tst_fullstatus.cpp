// SPDX-License-Identifier: GPL-3.0-or-later
// fullStatusOf() (status -F, spec 12.2) against FakeDocker: the container, the drift, and
// the ports probed on the ship's ip (a local QTcpServer stands for a published port).
#include "fakedocker.h"

#include "orchestration/live/fullstatus.h"

#include "core/model/environmentloader.h"

#include <QTcpServer>
#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;
using namespace Maestro::Tests;

class TestFullStatus : public QObject
{
    Q_OBJECT

    QTcpServer m_listening;
    quint16 m_closedPort = 0;
    Core::EnvironmentPtr m_environment;

private slots:
    void initTestCase()
    {
        QVERIFY(m_listening.listen(QHostAddress::LocalHost));
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            m_closedPort = closed.serverPort();
        }
        const QString yaml = QStringLiteral(R"(name: full
ships:
  s1: {ip: 127.0.0.1}
  s2: {ip: 127.0.0.1}
services:
  web:
    image: web:1
    instances:
      web-1:
        ship: s1
        ports: {http: "80:%1", admin: "81:%2", dns: "53/udp:%1/udp", r: "9000-9001:19000-19001"}
      web-2: {ship: s2}
)")
                                 .arg(m_listening.serverPort())
                                 .arg(m_closedPort);
        m_environment = Core::loadEnvironmentText(yaml, QStringLiteral("full.yaml"),
                                                  QStringLiteral("/tmp"), {})
                            .environment;
        QVERIFY(m_environment);
    }

    void portsAndDrift()
    {
        FakeDocker docker;
        docker.addImage({}, QStringLiteral("web:1"));
        docker.addContainer(QStringLiteral("s1"), QStringLiteral("web-1"), QStringLiteral("web:1"),
                            true);
        ShipClients clients(m_environment, docker.connections());
        const FullStatus s = fullStatusOf(*m_environment, clients,
                                          *m_environment->instance(QStringLiteral("web-1")));
        QVERIFY(!s.hostDown);
        QVERIFY(s.container && s.container->running);
        QCOMPARE(s.ports.size(), 4);
        QMap<QString, PortProbe::State> states;
        for (const PortProbe &p : s.ports)
            states.insert(p.name, p.state);
        QCOMPARE(states.value(QStringLiteral("http")), PortProbe::State::Up);
        QCOMPARE(states.value(QStringLiteral("admin")), PortProbe::State::Down);
        QCOMPARE(states.value(QStringLiteral("dns")),
                 PortProbe::State::Down); // udp: never probed up
        QCOMPARE(states.value(QStringLiteral("r")), PortProbe::State::NotProbed);
        // The fake's container was not made from the configuration: it has drift.
        QVERIFY(!s.drift.isEmpty());
        QVERIFY(docker.trace().contains(QStringLiteral("image inspect docker.io/library/web:1")));
    }

    void absentAndHostDown()
    {
        FakeDocker docker;
        docker.setShipDown(QStringLiteral("s2"));
        ShipClients clients(m_environment, docker.connections());
        const FullStatus absent = fullStatusOf(*m_environment, clients,
                                               *m_environment->instance(QStringLiteral("web-1")));
        QVERIFY(!absent.hostDown);
        QVERIFY(!absent.container);
        QVERIFY(absent.drift.isEmpty());
        const FullStatus down = fullStatusOf(*m_environment, clients,
                                             *m_environment->instance(QStringLiteral("web-2")));
        QVERIFY(down.hostDown);
        QVERIFY2(down.hostDown->contains(QLatin1String("connection refused")),
                 qPrintable(*down.hostDown));
        QCOMPARE(docker.trace(QStringLiteral("s2")), QStringList{"ping"});
    }
};

QTEST_GUILESS_MAIN(TestFullStatus)
#include "tst_fullstatus.moc"
