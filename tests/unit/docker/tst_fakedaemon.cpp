// SPDX-License-Identifier: GPL-3.0-or-later
// The unix-socket transport, the pool and the typed calls against a scripted fake daemon:
// the faults a real daemon cannot be made to produce.
#include "fakedaemon.h"

#include "docker/engineclient.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;

namespace {
// Waits for a future while the test thread keeps processing events; fails on a hang.
template<typename T>
bool finishes(const QFuture<T> &future, int ms = 15000)
{
    QDeadlineTimer deadline(ms);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(2);
    return future.isFinished();
}
} // namespace

class TestFakeDaemon : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeDaemon> m_daemon;
    QString m_socket;

    ConnectionSettings settings(int timeout = 2) const
    {
        ConnectionSettings s;
        s.shipName = u"fake"_s;
        s.socketPath = m_socket;
        s.timeoutSeconds = timeout;
        return s;
    }

    template<typename T>
    Maestro::Core::Result<T> get(const QFuture<Maestro::Core::Result<T>> &future)
    {
        if (!finishes(future))
            return Maestro::Core::Error{u"hang"_s, {}, {}};
        return future.result();
    }

    // Whether a request for `target` reached the daemon.
    bool requested(const QByteArray &target) const
    {
        const QList<QByteArray> lines = m_daemon->requestLines();
        return std::any_of(lines.begin(), lines.end(),
                           [&target](const QByteArray &line) { return line.contains(target); });
    }

    Maestro::Core::Result<HttpReply> raw(EngineClient &c, const QByteArray &target)
    {
        return get(c.send(HttpRequest::get(target)));
    }

private slots:
    void init()
    {
        m_socket = m_dir.path() + u"/fake.sock"_s;
        m_daemon = std::make_unique<FakeDaemon>(m_socket);
    }
    void cleanup() { m_daemon.reset(); }

    void negotiatesAndReusesOneConnection()
    {
        EngineClient client(settings());
        QVERIFY(get(client.ping()).ok());
        const auto list = get(client.listContainers());
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().message));
        QCOMPARE(list->size(), 40);
        QCOMPARE(list->at(7).names, QStringList{u"c7"_s});
        QCOMPARE(list->at(7).labels.value(u"k"_s), u"v"_s);
        for (int i = 0; i < 20; ++i)
            QVERIFY(get(client.inspectContainer(u"plain"_s)).ok());
        const auto stats = get(client.connectionStats());
        QVERIFY(stats.ok());
        QCOMPARE(stats->apiVersion, u"1.41"_s);
        QCOMPARE(m_daemon->connectionCount(), 1);
        QCOMPARE(stats->connectionsOpened, 1);
        const QList<QByteArray> lines = m_daemon->requestLines();
        QCOMPARE(lines.at(0), "GET /_ping HTTP/1.1"_ba);   // unversioned
        QCOMPARE(lines.at(1), "GET /version HTTP/1.1"_ba); // negotiation, once
        QVERIFY(lines.at(2).startsWith("GET /v1.41/containers/json?all=1"));
    }

    void explicitApiVersionIsUsedAsGiven()
    {
        ConnectionSettings s = settings();
        s.apiVersion = u"1.30"_s;
        EngineClient client(s);
        QVERIFY(get(client.inspectContainer(u"plain"_s)).ok());
        QCOMPARE(m_daemon->requestLines().value(0), "GET /v1.30/containers/plain/json HTTP/1.1"_ba);
    }

    void notFoundIsAValueAndOtherErrorsNameEverything()
    {
        EngineClient client(settings());
        const auto missing = get(client.inspectContainer(u"missing"_s));
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());
        const auto error = raw(client, "/nothing/here");
        QVERIFY(!error.ok());
        const QString m = error.error().message;
        QVERIFY2(m.contains(u"ship 'fake'"_s), qPrintable(m));
        QVERIFY2(m.contains(u"unix://"_s + m_socket), qPrintable(m));
        QVERIFY2(m.contains(u"GET /nothing/here"_s), qPrintable(m));
        QVERIFY2(m.contains(u"HTTP 404: page not found"_s), qPrintable(m));
    }

    void faults_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated chunk")
            << "/truncated"_ba << u"closed in the middle of the response body"_s;
        QTest::newRow("stalled response") << "/stall"_ba << u"timed out after 1 s"_s;
        QTest::newRow("stalled body") << "/stallbody"_ba << u"timed out after 1 s"_s;
        QTest::newRow("not HTTP") << "/notjson-http"_ba << u"malformed HTTP response"_s;
        QTest::newRow("connection reset") << "/reset"_ba << u"closed before a complete response"_s;
    }
    void faults()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, expected);
        EngineClient client(settings(1));
        const auto reply = raw(client, target);
        QVERIFY(!reply.ok());
        QVERIFY2(reply.error().message.contains(expected), qPrintable(reply.error().message));
        QVERIFY(reply.error().message.contains(u"ship 'fake'"_s));
        // The client is still usable afterwards, on a fresh connection.
        QVERIFY(get(client.ping()).ok());
    }

    void garbageJson()
    {
        EngineClient client(settings());
        const auto r = get(client.inspectContainer(u"garbage"_s));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"malformed JSON"_s), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"/containers/garbage/json"_s));
    }

    void peerClosedIdleConnection()
    {
        EngineClient client(settings());
        QVERIFY(raw(client, "/closeidle").ok());
        // The daemon has closed it: the pool holds a dead idle connection.
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->openConnections(), 0, 10000);
        QVERIFY(get(client.ping()).ok());
        QVERIFY(raw(client, "/closeidle").ok());
        QVERIFY(get(client.ping()).ok()); // immediately: the pool must not hand out a dead one
    }

    void deadSocket()
    {
        ConnectionSettings s = settings();
        s.socketPath = m_dir.path() + u"/nobody.sock"_s;
        EngineClient client(s);
        const auto r = get(client.ping());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"nobody.sock"_s));
    }

    void logsAreDemultiplexed()
    {
        EngineClient client(settings());
        const auto logs = get(client.containerLogs(u"plain"_s));
        QVERIFY2(logs.ok(), qPrintable(logs.ok() ? QString() : logs.error().message));
        QByteArray out, err;
        for (const LogEntry &e : *logs)
            (e.stream == OutputStream::Stderr ? err : out) += e.data;
        QCOMPARE(out, "out 1\nout 2\n"_ba);
        QCOMPARE(err, "err 1\n"_ba);
        const auto tty = get(client.containerLogs(u"tty"_s));
        QVERIFY(tty.ok());
        QCOMPARE(tty->size(), 1);
        QCOMPARE(tty->first().data, "raw tty text\n"_ba);
    }

    void eventsStreamAndCancel()
    {
        auto client = std::make_unique<EngineClient>(settings(1));
        QAtomicInt received;
        QFuture<Maestro::Core::Result<Maestro::Core::Success>> stream
            = client->streamEvents({}, [&received](const Event &e) {
                  if (e.action == u"start"_s && e.attributes.value(u"name"_s) == u"n"_s)
                      received.ref();
              });
        QTRY_VERIFY_WITH_TIMEOUT(received.loadRelaxed() >= 3, 10000); // longer than the timeout
        QVERIFY(!stream.isFinished());
        stream.cancel();
        QVERIFY(finishes(stream));
        QVERIFY(stream.isCanceled());
        const int seen = received.loadRelaxed();
        // Stopped: the daemon sees the stream's connection closed (it would write on).
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->openEventStreams(), 0, 10000);
        QVERIFY(received.loadRelaxed() <= seen + 1);
        QVERIFY(get(client->ping()).ok());
        // Destroying the client with a stream still running must not hang.
        auto second = client->streamEvents({}, {});
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->openEventStreams(), 1, 10000);
        client.reset();
        QVERIFY(finishes(second));
        QVERIFY(!second.result().ok());
    }

    void pullSendsAuthAndReportsStreamErrors()
    {
        EngineClient client(settings());
        const RegistryAuth auth{u"user"_s, u"pa55w0rd-secret"_s, {}, u"reg.example.com"_s, {}};
        QList<PullProgress> progress;
        const auto r
            = get(client.pullImage(*ImageReference::parse(u"reg.example.com/x/y:1"_s), auth,
                                   [&progress](const PullProgress &p) { progress.append(p); }));
        QVERIFY(!r.ok());
        const QString m = r.error().message;
        QVERIFY2(
            m.contains(
                u"Pull of image reg.example.com/x/y:1 failed: unauthorized: bad credentials"_s),
            qPrintable(m));
        QVERIFY(!m.contains(u"pa55w0rd"_s));
        QVERIFY(!m.contains(QString::fromLatin1(auth.headerValue())));
        QCOMPARE(m_daemon->lastRegistryAuth(), auth.headerValue());
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().status, u"Pulling from x/y"_s);
        const QByteArray line = m_daemon->requestLines().last();
        QVERIFY2(
            line.startsWith("POST /v1.41/images/create?fromImage=reg.example.com%2Fx%2Fy&tag=1"),
            line.constData());
    }

    // With every debug message of the client switched on, no secret reaches a log line.
    void secretsNeverReachTheLog()
    {
        static QStringList messages;
        static QMutex mutex;
        messages.clear();
        QLoggingCategory::setFilterRules(u"maestro.docker.debug=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) {
                QMutexLocker lock(&mutex);
                messages << message;
            });
        const RegistryAuth auth{
            u"user"_s, u"pa55w0rd-secret"_s, u"e@x"_s, u"reg.example.com"_s, {}};
        {
            EngineClient client(settings());
            (void)get(
                client.pullImage(*ImageReference::parse(u"reg.example.com/x/y:1"_s), auth, {}));
            (void)raw(client, "/nothing/here");
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(u"maestro.docker.debug=false"_s);
        QMutexLocker lock(&mutex);
        QVERIFY(!messages.isEmpty()); // the pull failure was logged
        for (const QString &m : std::as_const(messages)) {
            QVERIFY2(!m.contains(u"pa55w0rd"_s), qPrintable(m));
            QVERIFY2(!m.contains(QString::fromLatin1(auth.headerValue().left(20))), qPrintable(m));
        }
    }

    void destroyingTheClientFinishesPendingCalls()
    {
        auto client = std::make_unique<EngineClient>(settings(30));
        auto pending = client->send(HttpRequest::get("/stall"));
        QTRY_VERIFY_WITH_TIMEOUT(requested("/stall"), 10000); // in flight
        client.reset();
        QVERIFY(pending.isFinished());
        QVERIFY(!pending.result().ok());
        QVERIFY(pending.result().error().message.contains(u"shut down"_s));
    }

    // Stops a level of `count` instances on the fake ship at once, as a runner's workers do;
    // the daemon holds each stop until `count` are in flight together.
    int stopLevel(EngineClient &client, int count)
    {
        m_daemon->holdStops(count);
        QList<QFuture<Maestro::Core::Result<Maestro::Core::Success>>> stops;
        for (int i = 0; i < count; ++i)
            stops.append(client.stopContainer(u"c"_s + QString::number(i), 10));
        for (const auto &f : std::as_const(stops)) {
            const auto r = get(f);
            if (!r.ok())
                qWarning("%s", qPrintable(r.error().message));
        }
        return m_daemon->maxStopsInFlight();
    }

    void aLevelIsStoppedWithAllItsRequestsInFlight()
    {
        constexpr int N = 9; // more than the default of 6
        EngineClient client(settings(5));
        client.allowRequestsInFlight(N);
        QCOMPARE(stopLevel(client, N), N);
        QVERIFY(m_daemon->connectionCount() <= N + 1); // the version negotiation may add one
    }

    void withoutARunnerTheDefaultLimitHolds()
    {
        EngineClient client(settings(5));
        QCOMPARE(stopLevel(client, 9), 6);
    }

    void streamsDoNotTakeRequestSlots()
    {
        constexpr int N = 8;
        EngineClient client(settings(5));
        client.allowRequestsInFlight(N);
        QAtomicInt events;
        QAtomicInt lines;
        auto eventStream = client.streamEvents({}, [&events](const Event &) { events.ref(); });
        LogOptions follow;
        follow.follow = true;
        follow.tty = false;
        auto logStream = client.streamContainerLogs(u"follow"_s, follow,
                                                    [&lines](const LogEntry &) { lines.ref(); });
        QTRY_VERIFY(events.loadRelaxed() > 0 && lines.loadRelaxed() > 0);
        QCOMPARE(stopLevel(client, N), N);
        QVERIFY(!eventStream.isFinished() && !logStream.isFinished());
        eventStream.cancel();
        logStream.cancel();
        QVERIFY(finishes(eventStream) && finishes(logStream));
    }

    void callsFromManyThreads()
    {
        EngineClient client(settings());
        QAtomicInt ok;
        QList<QThread *> threads;
        for (int t = 0; t < 8; ++t) {
            threads.append(QThread::create([&client, &ok] {
                for (int i = 0; i < 25; ++i) {
                    auto f = client.inspectContainer(u"plain"_s);
                    f.waitForFinished(); // blocking is fine off the I/O thread
                    if (f.result().ok() && f.result()->has_value())
                        ok.ref();
                }
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(ok.loadRelaxed(), 200);
        QVERIFY(m_daemon->connectionCount() <= 6); // the pool's limit
    }
};

QTEST_GUILESS_MAIN(TestFakeDaemon)
#include "tst_fakedaemon.moc"
