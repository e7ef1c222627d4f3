// SPDX-License-Identifier: GPL-3.0-or-later
// Every call of the Docker client against real daemons, over every transport: unix socket,
// TCP, TLS, SSH to a remote unix socket and SSH to a remote TCP port (MaestroNG's tunnel).
#include "shipsenv.h"

#include "docker/apiversion.h"
#include "docker/engineclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;
using Maestro::Core::Result;

namespace {
template<typename T>
Result<T> await(const QFuture<Result<T>> &future, int ms = 30000)
{
    return awaitResult(future, ms);
}

#define AWAIT_OK(var, expr)                                                                        \
    auto var = await(expr);                                                                        \
    QVERIFY2(var.ok(), qPrintable(var.ok() ? QString() : var.error().message))

QJsonObject containerBody(const QString &image, const QStringList &cmd, const QString &label)
{
    return QJsonObject{
        {u"Image"_s, image},
        {u"Cmd"_s, QJsonArray::fromStringList(cmd)},
        {u"Labels"_s, QJsonObject{{u"mdt.test"_s, label}}},
        {u"Tty"_s, false},
        {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s},
                                      {u"Init"_s, true},
                                      {u"Memory"_s, 64 * 1024 * 1024}}},
    };
}
} // namespace

class TestDockerIntegration : public QObject
{
    Q_OBJECT
private:
    ShipsEnv m_env;

    ConnectionSettings settingsFor(const QString &transport) const
    {
        return m_env.settingsFor(transport);
    }

    QString image() const { return m_env.value(u"MDT_IMAGE"_s); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.load(&error), qPrintable(error));
    }

    void everyCall_data()
    {
        QTest::addColumn<QString>("transport");
        for (const char *t : {"unix", "tcp", "tls", "ssh-unix", "ssh-tcp", "ssh-tls"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void everyCall()
    {
        QFETCH(QString, transport);
        EngineClient client(settingsFor(transport));
        const QString name = u"mdt-it-"_s + transport;
        (void)await(client.removeContainer(name, {true, true})); // leftovers of an aborted run

        // System
        QVERIFY(await(client.ping()).ok());
        AWAIT_OK(version, client.version());
        QVERIFY(!version->apiVersion.isEmpty());
        AWAIT_OK(info, client.info());
        QVERIFY(!info->dockerRootDir.isEmpty());
        AWAIT_OK(stats, client.connectionStats());
        QCOMPARE(stats->apiVersion, ApiVersion::negotiate(version->apiVersion));

        // Images
        AWAIT_OK(images, client.listImages());
        bool found = false;
        for (const ImageSummary &i : *images)
            found = found || i.repoTags.contains(image());
        QVERIFY(found);
        AWAIT_OK(filtered, client.listImages({image(), false}));
        QCOMPARE(filtered->size(), 1);
        AWAIT_OK(inspected, client.inspectImage(image()));
        QVERIFY(inspected->has_value());
        QVERIFY((*inspected)->env.contains(u"PATH=/bin"_s));
        AWAIT_OK(noImage, client.inspectImage(u"mdt/none:nothing"_s));
        QVERIFY(!noImage->has_value());

        // Containers: create, start, inspect, list
        const QStringList writer{
            u"sh"_s, u"-c"_s,
            u"i=0; while true; do echo out $i; echo err $i >&2; i=$((i+1)); sleep 0.1; done"_s};
        // Events from here on: with `since` the daemon replays what happened between this
        // moment and the subscription, so no event depends on when the request reaches it.
        const qint64 beforeCreate = QDateTime::currentSecsSinceEpoch() - 1;
        AWAIT_OK(created, client.createContainer(name, containerBody(image(), writer, transport)));
        QVERIFY(!created->id.isEmpty());
        AWAIT_OK(duplicate, client.inspectContainer(name));
        QVERIFY(duplicate->has_value());
        QCOMPARE((*duplicate)->status, u"created"_s);

        // Events while the container changes state.
        QMutex mutex;
        QStringList actions;
        EventFilter filter;
        filter.types = {u"container"_s};
        filter.containers = {name};
        filter.since = beforeCreate;
        auto events = client.streamEvents(filter, [&](const Event &e) {
            QMutexLocker lock(&mutex);
            actions << e.action;
        });

        QVERIFY(await(client.startContainer(name)).ok());
        QVERIFY(await(client.startContainer(name)).ok()); // 304: already running is success
        AWAIT_OK(running, client.inspectContainer(created->id));
        QVERIFY(running->has_value());
        QVERIFY((*running)->running);
        QCOMPARE((*running)->name, name);
        QCOMPARE((*running)->configImage, image());
        QCOMPARE((*running)->labels.value(u"mdt.test"_s), transport);

        ContainerListOptions listOptions;
        listOptions.names = {name};
        AWAIT_OK(list, client.listContainers(listOptions));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().names, QStringList{name});
        QCOMPARE(list->first().state, u"running"_s);

        // Logs, followed while the container writes.
        QByteArray out, err;
        LogOptions follow;
        follow.follow = true;
        follow.tail = 0;
        auto logs = client.streamContainerLogs(name, follow, [&](const LogEntry &e) {
            QMutexLocker lock(&mutex);
            (e.stream == OutputStream::Stderr ? err : out) += e.data;
        });
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     QMutexLocker l(&mutex);
                                     return out.count('\n') >= 3 && err.count('\n') >= 3;
                                 }()),
                                 15000);
        QVERIFY(!logs.isFinished());
        logs.cancel();
        QTRY_VERIFY(logs.isFinished());
        {
            QMutexLocker lock(&mutex);
            QVERIFY(out.startsWith("out "));
            QVERIFY(err.startsWith("err "));
            QVERIFY(!out.contains("err"));
        }
        LogOptions tail;
        tail.tail = 2;
        tail.timestamps = true;
        AWAIT_OK(lastLines, client.containerLogs(name, tail));
        QByteArray both;
        for (const LogEntry &e : *lastLines)
            both += e.data;
        QCOMPARE(both.count('\n'), 2);
        QVERIFY(both.contains("Z out ") || both.contains("Z err ")); // RFC 3339 timestamps

        // Exec, as the rexec check uses it.
        ExecOptions exec;
        exec.command = {u"sh"_s, u"-c"_s, u"echo hi; echo oops >&2; exit 3"_s};
        AWAIT_OK(execId, client.createExec(name, exec));
        AWAIT_OK(execOut, client.startExec(*execId));
        QCOMPARE(execOut->stdoutData, "hi\n"_ba);
        QCOMPARE(execOut->stderrData, "oops\n"_ba);
        AWAIT_OK(execInfo, client.inspectExec(*execId));
        QVERIFY(!execInfo->running);
        QCOMPARE(execInfo->exitCode.value_or(-1), 3);

        // Kill, start again, stop, wait.
        QVERIFY(await(client.killContainer(name)).ok());
        AWAIT_OK(killed, client.inspectContainer(name));
        QVERIFY(!(*killed)->running);
        QVERIFY(await(client.startContainer(name)).ok());
        QVERIFY(await(client.stopContainer(name, 1)).ok());
        QVERIFY(await(client.stopContainer(name, 1)).ok()); // 304: already stopped
        AWAIT_OK(exitCode, client.waitContainer(name));
        Q_UNUSED(exitCode);
        AWAIT_OK(stopped, client.inspectContainer(name));
        QVERIFY(!(*stopped)->running);
        QVERIFY((*stopped)->finishedAt.isValid());

        QTRY_VERIFY_WITH_TIMEOUT(
            ([&] {
                QMutexLocker l(&mutex);
                return actions.contains(u"create"_s) && actions.count(u"start"_s) >= 2;
            }()) && ([&] {
                QMutexLocker l(&mutex);
                return actions.contains(u"die"_s) && actions.contains(u"kill"_s);
            }()),
            10000);
        QVERIFY(!events.isFinished());
        events.cancel();
        QTRY_VERIFY(events.isFinished());

        // Remove, then it is gone; removing again is a 404 naming the container.
        QVERIFY(await(client.removeContainer(name)).ok());
        AWAIT_OK(gone, client.inspectContainer(name));
        QVERIFY(!gone->has_value());
        const auto again = await(client.removeContainer(name));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(u"HTTP 404"_s), qPrintable(again.error().message));
        QVERIFY(again.error().message.contains(name));
        QVERIFY(again.error().message.contains(client.endpointDescription()));

        // The same connection served everything but the streams.
        AWAIT_OK(after, client.connectionStats());
        if (transport != u"tcp"_s && transport != u"tls"_s)
            QVERIFY2(after->connectionsOpened <= 6,
                     qPrintable(QString::number(after->connectionsOpened)));
    }

    void waitReturnsTheExitCode_data() { everyCall_data(); }
    void waitReturnsTheExitCode()
    {
        QFETCH(QString, transport);
        EngineClient client(settingsFor(transport));
        const QString name = u"mdt-wait-"_s + transport;
        (void)await(client.removeContainer(name, {true, true}));
        // The container exits with 7 and is restarted, to exit again, until it is removed: a
        // next-exit wait sees an exit whenever its request reaches the daemon, before or after
        // the start (which cannot be observed from here).
        QJsonObject body = containerBody(image(), {u"sh"_s, u"-c"_s, u"exit 7"_s}, transport);
        QJsonObject hostConfig = body.value(u"HostConfig"_s).toObject();
        hostConfig.insert(u"RestartPolicy"_s, QJsonObject{{u"Name"_s, u"on-failure"_s}});
        body.insert(u"HostConfig"_s, hostConfig);
        AWAIT_OK(created, client.createContainer(name, body));
        auto waiting = client.waitContainer(created->id, WaitCondition::NextExit);
        QVERIFY(await(client.startContainer(created->id)).ok());
        AWAIT_OK(code, waiting);
        QCOMPARE(*code, qint64(7));
        QVERIFY(await(client.removeContainer(created->id, {true, true})).ok());
    }

    void createErrorsCarryTheDaemonMessage()
    {
        EngineClient client(settingsFor(u"unix"_s));
        const auto r = await(client.createContainer(
            u"mdt-noimage"_s, containerBody(u"mdt/none:nothing"_s, {u"true"_s}, u"x"_s)));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"HTTP 404"_s), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"No such image"_s), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"ship 'ship-unix'"_s));
    }

    void pullErrorPathAndAuthHeader_data() { everyCall_data(); }
    void pullErrorPathAndAuthHeader()
    {
        QFETCH(QString, transport);
        EngineClient client(settingsFor(transport));
        // Nothing listens on port 1: the daemon fails the pull; no registry or internet needed.
        const auto ref = ImageReference::parse(u"127.0.0.1:1/mdt/none:1"_s);
        QVERIFY(ref.ok());
        const RegistryAuth auth{u"mdt-user"_s, u"mdt-very-secret"_s, {}, u"127.0.0.1:1"_s, {}};
        QList<PullProgress> progress;
        const auto r
            = await(client.pullImage(*ref, auth, [&](const PullProgress &p) { progress << p; }));
        QVERIFY(!r.ok());
        const QString m = r.error().message;
        QVERIFY2(m.contains(u"127.0.0.1:1"_s), qPrintable(m));
        QVERIFY(m.contains(u"ship-"_s + transport));
        QVERIFY(!m.contains(u"mdt-very-secret"_s));
        QVERIFY(!m.contains(QString::fromLatin1(auth.headerValue())));
    }

    void listingManyConcurrentCallers()
    {
        EngineClient client(settingsFor(u"unix"_s));
        QList<QFuture<Result<QList<ContainerSummary>>>> futures;
        for (int i = 0; i < 40; ++i)
            futures << client.listContainers();
        for (const auto &f : futures)
            QVERIFY(await(f).ok());
        AWAIT_OK(stats, client.connectionStats());
        QVERIFY(stats->connectionsOpened <= 6);
    }
};

QTEST_GUILESS_MAIN(TestDockerIntegration)
#include "tst_dockerintegration.moc"
