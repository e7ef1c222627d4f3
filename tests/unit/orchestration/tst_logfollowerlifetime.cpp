// SPDX-License-Identifier: GPL-3.0-or-later
// followLogs() when the stream outlives the follower: a real client's I/O thread can still
// deliver a chunk after the follower gave up on a cancelled stream and was destroyed. The
// fake keeps a stream chattering until the test has seen late chunks dropped; under
// AddressSanitizer (the unit tests' CI run) a callback that reached into the destroyed
// follower is reported.
#include "fakedocker.h"

#include "core/model/environmentloader.h"
#include "orchestration/live/logfollower.h"
#include "orchestration/ships/shipclients.h"

#include <QTest>

#include <atomic>
#include <memory>

using namespace Maestro;
using namespace Maestro::Tests;

namespace {

constexpr char kEnvironment[] = R"(name: lifetime
ships:
  s1: {ip: 10.0.0.1}
services:
  app:
    image: app
    instances: {app-1: {ship: s1}}
)";

} // namespace

class TestLogFollowerLifetime : public QObject
{
    Q_OBJECT

private slots:
    void lateChunksAfterCancelGoNowhere()
    {
        const Core::LoadResult loaded
            = Core::loadEnvironmentText(QString::fromUtf8(kEnvironment),
                                        QStringLiteral("fake.yaml"), QStringLiteral("/tmp"), {});
        QVERIFY(loaded.environment);
        FakeDocker docker;
        docker.addImage({}, QStringLiteral("app"));
        docker.addContainer(QStringLiteral("s1"), QStringLiteral("app-1"), QStringLiteral("app"),
                            true);
        docker.setLogStreamChatter(true);
        Orchestration::ShipClients clients(loaded.environment, docker.connections());

        auto received = std::make_shared<std::atomic<int>>(0);
        // The fake's chunk count when the follower last passed a chunk on.
        auto chunksAtLastEntry = std::make_shared<std::atomic<int>>(0);
        auto future = Orchestration::followLogs(
            clients, *loaded.environment->instance(QStringLiteral("app-1")), {},
            [&docker, received, chunksAtLastEntry](const Docker::LogEntry &) {
                ++*received;
                *chunksAtLastEntry = docker.logStreamChatterChunks();
            });
        QTRY_VERIFY(received->load() > 0);
        future.cancel();
        future.waitForFinished();

        // The follower is destroyed shortly after its task ends (with the task's functor),
        // while the stream goes on chattering. Wait until the stream has handed many chunks
        // to its callback since the last one that came through: the late chunks were
        // delivered, and dropped.
        QTRY_VERIFY_WITH_TIMEOUT(docker.logStreamChatterChunks() - chunksAtLastEntry->load() >= 100,
                                 60000);
        const int afterFollowerEnded = received->load();
        docker.setLogStreamChatter(false);
        docker.pool().waitForDone();
        QCOMPARE(received->load(), afterFollowerEnded);
    }
};

QTEST_GUILESS_MAIN(TestLogFollowerLifetime)
#include "tst_logfollowerlifetime.moc"
