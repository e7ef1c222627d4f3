// SPDX-License-Identifier: GPL-3.0-or-later
// followLogs() against a real daemon of orchships.sh (KW-19): the log of one container
// followed across a restart of that container and its re-creation under the same name,
// nothing lost or repeated; cancellation; the non-following form.
#include "orchtestships.h"

#include "orchestration/live/logfollower.h"

#include "core/model/containercreatebody.h"
#include "core/model/environmentloader.h"
#include "docker/engineclient.h"

#include <QMutex>
#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;

namespace {

const QString kName = QStringLiteral("mdt-orch-follow-1");

// Each run of the container prints `{run id} {counter}` every 0.1 s, the counter from 0.
const char *kEnvironment = R"(__maestro: {schema: 2}
name: orch-follow
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
services:
  tick:
    image: @IMAGE@
    instances:
      mdt-orch-follow-1:
        ship: orch1
        command: ["sh", "-c", "trap 'exit 0' TERM; r=$(cut -c1-8 /proc/sys/kernel/random/uuid); i=0; while true; do echo $r $i; i=$((i+1)); sleep 0.1; done"]
)";

template<typename T>
Core::Result<T> await(QFuture<Core::Result<T>> future)
{
    return Tests::awaitResult(std::move(future));
}

// The lines a follower delivered, from its threads.
class Collected
{
public:
    void add(const Docker::LogEntry &entry)
    {
        QMutexLocker lock(&m_mutex);
        m_lines << QString::fromUtf8(entry.data).trimmed();
    }
    QStringList lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    // The run ids in order of first appearance.
    QStringList runs() const
    {
        QStringList ids;
        for (const QString &line : lines()) {
            const QString id = line.section(QLatin1Char(' '), 0, 0);
            if (!ids.contains(id))
                ids << id;
        }
        return ids;
    }
    // The counters printed by one run, in delivery order.
    QList<int> counters(const QString &run) const
    {
        QList<int> out;
        for (const QString &line : lines()) {
            if (line.section(QLatin1Char(' '), 0, 0) == run)
                out << line.section(QLatin1Char(' '), 1, 1).toInt();
        }
        return out;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_lines;
};

bool contiguousFromZero(const QList<int> &counters)
{
    for (int i = 0; i < counters.size(); ++i) {
        if (counters[i] != i)
            return false;
    }
    return !counters.isEmpty();
}

} // namespace

class TestLogFollower : public QObject
{
    Q_OBJECT

    Tests::OrchTestShips m_ships;
    Core::EnvironmentPtr m_environment;
    Docker::EngineClient *m_client = nullptr;

    void removeContainer()
    {
        Docker::RemoveOptions force;
        force.force = true;
        (void)await(m_client->removeContainer(kName, force));
    }

    QString createAndStart()
    {
        const Core::Instance *instance = m_environment->instance(kName);
        const auto created = await(
            m_client->createContainer(kName, Core::containerCreateBody(*m_environment, *instance)));
        if (!created)
            qWarning() << created.error().message;
        if (!created || !await(m_client->startContainer(created->id)))
            return {};
        return created->id;
    }

    // The counter of the last line the container has printed, as the daemon has it (asked
    // for on its own, not through a follower); -1 before the first line.
    int lastPrintedCounter()
    {
        const auto logs = await(m_client->containerLogs(kName));
        if (!logs)
            return -1;
        QByteArray all;
        for (const Docker::LogEntry &e : *logs)
            all += e.data;
        const QByteArray last = all.trimmed().split('\n').constLast();
        bool ok = false;
        const int counter = last.split(' ').value(1).toInt(&ok);
        return ok ? counter : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_ships.error().isEmpty(), qPrintable(m_ships.error()));
        const QString yaml = m_ships.substitute(QString::fromUtf8(kEnvironment));
        const Core::LoadResult loaded = Core::loadEnvironmentText(
            yaml, QStringLiteral("follow.yaml"), QStringLiteral("/tmp"), {});
        QVERIFY(loaded.environment);
        m_environment = loaded.environment;
        m_client = &m_ships.orch1();
        QVERIFY(await(m_client->ping()));
        removeContainer();
    }

    void cleanup() { removeContainer(); }

    void followsAcrossRestartAndRecreation()
    {
        const QString first = createAndStart();
        QVERIFY(!first.isEmpty());
        ShipConnections clientsConnections;
        ShipClients clients(m_environment, clientsConnections);
        Collected collected;
        LogFollowOptions options;
        options.tail = -1; // everything since the first start, so every run counts from 0
        auto future = followLogs(clients, *m_environment->instance(kName), options,
                                 [&](const Docker::LogEntry &e) { collected.add(e); });
        QTRY_VERIFY_WITH_TIMEOUT(collected.lines().size() >= 5, 20000);

        // Restart: the same container, a new run; what the first run printed is not repeated.
        QVERIFY(await(m_client->stopContainer(first, 5)));
        QVERIFY(await(m_client->startContainer(first)));
        QTRY_VERIFY_WITH_TIMEOUT(collected.runs().size() == 2
                                     && collected.counters(collected.runs().at(1)).size() >= 5,
                                 20000);

        // Re-creation: a new container with the same name.
        removeContainer();
        QVERIFY(!createAndStart().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(collected.runs().size() == 3
                                     && collected.counters(collected.runs().at(2)).size() >= 5,
                                 20000);
        QVERIFY(!future.isFinished());

        future.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
        const QStringList runs = collected.runs();
        for (const QString &run : runs)
            QVERIFY2(contiguousFromZero(collected.counters(run)),
                     qPrintable(collected.lines().join(QLatin1Char('|'))));
        // Nothing arrives after the cancel, although the container printed more lines since:
        // ones a follower that had not stopped would have delivered.
        const qsizetype after = collected.lines().size();
        const int lastDelivered = collected.counters(runs.constLast()).constLast();
        QTRY_VERIFY_WITH_TIMEOUT(lastPrintedCounter() >= lastDelivered + 5, 20000);
        QCOMPARE(collected.lines().size(), after);
    }

    void withoutFollowEndsWithTheTail()
    {
        QVERIFY(!createAndStart().isEmpty());
        // More lines than the tail of 3, so that the tail leaves some out.
        QTRY_VERIFY_WITH_TIMEOUT(lastPrintedCounter() >= 4, 20000);
        QVERIFY(await(m_client->stopContainer(kName, 5)));
        ShipConnections clientsConnections;
        ShipClients clients(m_environment, clientsConnections);
        Collected collected;
        LogFollowOptions options;
        options.follow = false;
        options.tail = 3;
        auto future = followLogs(clients, *m_environment->instance(kName), options,
                                 [&](const Docker::LogEntry &e) { collected.add(e); });
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);
        QVERIFY(future.result());
        QCOMPARE(collected.lines().size(), 3);
        const QList<int> counters = collected.counters(collected.runs().value(0));
        QCOMPARE(counters.size(), 3);
        QCOMPARE(counters[1], counters[0] + 1);
        QCOMPARE(counters[2], counters[0] + 2);
        QVERIFY2(counters[0] >= 2, "the last three lines, not the first"); // 0..4 were printed
    }

    void absentWithoutFollowIsEmpty()
    {
        ShipConnections clientsConnections;
        ShipClients clients(m_environment, clientsConnections);
        Collected collected;
        LogFollowOptions options;
        options.follow = false;
        auto future = followLogs(clients, *m_environment->instance(kName), options,
                                 [&](const Docker::LogEntry &e) { collected.add(e); });
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);
        QVERIFY(future.result());
        QVERIFY(collected.lines().isEmpty());
    }

    void deadShipFailsWithItsName()
    {
        QString yaml = QString::fromUtf8(kEnvironment);
        yaml.replace(QStringLiteral("@ORCH1@"), QStringLiteral("/nonexistent/orch-follow.sock"));
        yaml = m_ships.substitute(yaml);
        const Core::LoadResult loaded = Core::loadEnvironmentText(yaml, QStringLiteral("dead.yaml"),
                                                                  QStringLiteral("/tmp"), {});
        QVERIFY(loaded.environment);
        ShipConnections clientsConnections;
        ShipClients clients(loaded.environment, clientsConnections);
        auto future = followLogs(clients, *loaded.environment->instance(kName), {},
                                 [](const Docker::LogEntry &) {});
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);
        QVERIFY(!future.result());
        QVERIFY2(future.result().error().message.contains(QLatin1String("host down")),
                 qPrintable(future.result().error().message));
    }
};

QTEST_GUILESS_MAIN(TestLogFollower)
#include "tst_logfollower.moc"
