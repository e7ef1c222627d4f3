// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfollower.h"

#include "loglinefilter.h"
#include "orchestration/tr.h"

#include <QDateTime>
#include <QMutex>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

namespace Maestro::Orchestration {

namespace {

using Details = std::optional<Docker::ContainerDetails>;

constexpr int PollMs = 25;

// A follower waits on its streams for as long as the user watches: its own pool, so that
// followers never starve the plan runners' or the global pool's threads.
QThreadPool *followerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(256);
        return p;
    }();
    return pool;
}

// A Docker call's result, or nullopt once the follower was cancelled (the call with it).
template<typename T>
std::optional<Core::Result<T>> await(QFuture<Core::Result<T>> future,
                                     const QPromise<Core::Result<Core::Success>> &promise)
{
    while (!future.isFinished()) {
        if (promise.isCanceled()) {
            future.cancel();
            return std::nullopt;
        }
        QThread::msleep(PollMs);
    }
    if (future.isCanceled() || future.resultCount() == 0)
        return Core::Result<T>(Core::Error{TaskTr::tr("the request was cancelled"), {}, {}});
    return future.result();
}

// Where a stream's chunks go: the line filter and the caller's callback. The chunk
// callback runs on the Docker client's I/O thread, and a cancelled stream may still deliver
// a chunk after the follower has returned and been destroyed, so the callback shares this
// sink instead of pointing at the follower, and drops what arrives once it is closed.
class EntrySink
{
public:
    EntrySink(bool timestamps, std::function<void(const Docker::LogEntry &)> onEntry)
        : m_onEntry(std::move(onEntry))
        , m_filter(timestamps)
    {}

    void feed(const Docker::LogEntry &chunk)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_closed)
            deliver(m_filter.feed(chunk));
    }
    void flush()
    {
        QMutexLocker lock(&m_mutex);
        if (!m_closed)
            deliver(m_filter.flush());
    }
    std::optional<qint64> newestSecond() const
    {
        QMutexLocker lock(&m_mutex);
        return m_filter.newestSecond();
    }
    void forgetHorizon()
    {
        QMutexLocker lock(&m_mutex);
        m_filter.forgetHorizon();
    }
    // Nothing is delivered after this returns.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
    }

private:
    void deliver(const QList<Docker::LogEntry> &entries)
    {
        for (const Docker::LogEntry &e : entries)
            m_onEntry(e);
    }

    mutable QMutex m_mutex;
    std::function<void(const Docker::LogEntry &)> m_onEntry;
    LogLineFilter m_filter;
    bool m_closed = false;
};

class Follower
{
public:
    Follower(ShipClients &clients, const Core::Instance &instance, LogFollowOptions options,
             std::function<void(const Docker::LogEntry &)> onEntry)
        : m_clients(clients)
        , m_name(instance.name)
        , m_ship(instance.ship)
        , m_options(options)
        , m_sink(std::make_shared<EntrySink>(options.timestamps, std::move(onEntry)))
    {}
    ~Follower() { m_sink->close(); }

    // nullopt when cancelled.
    std::optional<Core::VoidResult> run(const QPromise<Core::VoidResult> &promise)
    {
        if (const Core::VoidResult up = m_clients.probe(m_ship); !up)
            return up;
        m_client = m_clients.client(m_ship);
        bool first = true;
        for (;;) {
            // Events since just before the inspect: a start between the inspect and the
            // subscription is replayed, not missed.
            const qint64 watchSince = QDateTime::currentSecsSinceEpoch() - 1;
            const auto details = await(m_client->inspectContainer(m_name), promise);
            if (!details)
                return std::nullopt;
            if (!*details)
                return details->error();
            const Details &d = **details;
            if (d && (d->id != m_lastId || d->startedAt != m_lastStarted)) {
                const auto streamed = stream(*d, first, promise);
                if (!streamed || !*streamed)
                    return streamed;
                first = false;
                if (!m_options.follow)
                    return Core::VoidResult(Core::Success{});
                continue; // it may have been restarted meanwhile
            }
            if (!m_options.follow)
                return Core::VoidResult(Core::Success{});
            first = false; // a container that appears later is new: all of its log
            tell(LogFollowPhase::WaitingForStart);
            const auto started = waitForStart(watchSince, promise);
            if (!started || !*started)
                return started;
        }
    }

private:
    void tell(LogFollowPhase phase) const
    {
        if (m_options.onPhase)
            m_options.onPhase(phase);
    }

    std::optional<Core::VoidResult> stream(const Docker::ContainerDetails &d, bool first,
                                           const QPromise<Core::VoidResult> &promise)
    {
        Docker::LogOptions options;
        options.follow = m_options.follow;
        options.timestamps = true; // LogLineFilter needs them to drop repeated lines
        options.tty = d.tty;
        if (first && m_options.tail >= 0)
            options.tail = m_options.tail;
        if (!first && d.id == m_lastId)
            options.since = m_sink->newestSecond(); // a restart: only what is new
        else if (!first)
            m_sink->forgetHorizon(); // a new container: all of it
        m_lastId = d.id;
        m_lastStarted = d.startedAt;
        tell(LogFollowPhase::Streaming);
        const auto result
            = await(m_client->streamContainerLogs(
                        d.id, options,
                        [sink = m_sink](const Docker::LogEntry &chunk) { sink->feed(chunk); }),
                    promise);
        m_sink->flush();
        return result;
    }

    // Waits for the next `start` event of the container's name (a restart or a new
    // container), ignoring events already handled.
    std::optional<Core::VoidResult> waitForStart(qint64 since,
                                                 const QPromise<Core::VoidResult> &promise)
    {
        Docker::EventFilter filter;
        filter.types = {QStringLiteral("container")};
        filter.events = {QStringLiteral("start")};
        filter.containers = {m_name};
        filter.since = since;
        auto seen = std::make_shared<std::atomic<qint64>>(0);
        const qint64 handled = m_lastEventNano;
        auto events = m_client->streamEvents(filter, [seen, handled](const Docker::Event &e) {
            if (e.timeNano > handled && seen->load() == 0)
                seen->store(e.timeNano);
        });
        while (!events.isFinished() && seen->load() == 0) {
            if (promise.isCanceled()) {
                events.cancel();
                return std::nullopt;
            }
            QThread::msleep(PollMs);
        }
        if (seen->load() != 0) {
            m_lastEventNano = seen->load();
            events.cancel();
            return Core::VoidResult(Core::Success{});
        }
        if (events.isCanceled() || events.resultCount() == 0)
            return Core::VoidResult(
                Core::Error{TaskTr::tr("the event stream was cancelled"), {}, {}});
        if (!events.result())
            return events.result();
        // The daemon closed the stream without an event (restarting?): look again.
        return Core::VoidResult(Core::Success{});
    }

    ShipClients &m_clients;
    ShipApi *m_client = nullptr;
    QString m_name;
    QString m_ship;
    LogFollowOptions m_options;
    std::shared_ptr<EntrySink> m_sink;
    QString m_lastId;
    QDateTime m_lastStarted;
    qint64 m_lastEventNano = 0;
};

} // namespace

QFuture<Core::Result<Core::Success>>
followLogs(ShipClients &clients, const Core::Instance &instance, const LogFollowOptions &options,
           std::function<void(const Docker::LogEntry &)> onEntry)
{
    auto follower = std::make_shared<Follower>(clients, instance, options, std::move(onEntry));
    return QtConcurrent::run(followerPool(), [follower](QPromise<Core::VoidResult> &promise) {
        if (const auto result = follower->run(promise))
            promise.addResult(*result);
    });
}

QFuture<Core::Result<Core::Success>>
followLogsTogether(ShipClients &clients, const QList<Core::Instance> &instances,
                   const LogFollowOptions &options,
                   std::function<void(const Docker::LogEntry &)> onEntry)
{
    // Each follower delivers on its own threads: one line at a time reaches `onEntry`.
    auto mutex = std::make_shared<QMutex>();
    LogFollowOptions each = options;
    each.onPhase = nullptr;
    QList<QFuture<Core::VoidResult>> followers;
    for (const Core::Instance &instance : instances) {
        const QByteArray label = instance.name.toUtf8() + " | ";
        followers.append(followLogs(
            clients, instance, each,
            [mutex, onEntry, label, timestamps = options.timestamps](const Docker::LogEntry &e) {
                Docker::LogEntry prefixed = e;
                const qsizetype space = timestamps ? e.data.indexOf(' ') : -1;
                prefixed.data.insert(space + 1, label);
                QMutexLocker lock(mutex.get());
                onEntry(prefixed);
            }));
    }
    return QtConcurrent::run(followerPool(), [followers](QPromise<Core::VoidResult> &promise) {
        const auto allFinished = [&followers] {
            return std::all_of(followers.cbegin(), followers.cend(),
                               [](const QFuture<Core::VoidResult> &f) { return f.isFinished(); });
        };
        while (!allFinished()) {
            if (promise.isCanceled()) {
                for (QFuture<Core::VoidResult> f : followers)
                    f.cancel();
                return;
            }
            QThread::msleep(PollMs);
        }
        for (const QFuture<Core::VoidResult> &f : followers) {
            if (f.resultCount() > 0 && !f.result()) {
                promise.addResult(f.result());
                return;
            }
        }
        promise.addResult(Core::VoidResult(Core::Success{}));
    });
}

} // namespace Maestro::Orchestration
