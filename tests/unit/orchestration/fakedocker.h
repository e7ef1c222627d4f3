// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/ships/shipclients.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPromise>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace Maestro::Tests {

// One Docker API call a task made: when (ms since the FakeDocker was made, at the call),
// on which ship, which ShipApi method, and its subject (a container name or id, an image).
struct FakeCall
{
    qint64 atMs = 0;
    QString ship;
    QString method;
    QString target;
};

struct FakeContainer
{
    QString id;
    QString name;
    QString image; // as created
    QString imageId;
    QJsonObject body; // the create body
    bool running = false;
    QString status = QStringLiteral("created");
    int exitCode = 0;
    QDateTime created;
    QDateTime startedAt;
    QDateTime finishedAt;
    QByteArray logs;
};

// An in-memory Docker world for unit tests of the tasks: containers and images per ship,
// every call recorded with its time, scripted failures, delays, exec (rexec check)
// outcomes and containers that exit when started. factory() gives ShipClients one
// FakeShipApi per ship, all backed by this object, which must outlive them.
// Thread-safe: the tasks call it from worker threads, the test inspects it from its own.
class FakeDocker
{
    Q_DISABLE_COPY_MOVE(FakeDocker)

public:
    FakeDocker();
    ~FakeDocker();

    Orchestration::ShipApiFactory factory();
    // The owner of ship clients a test hands to the code under test, as main() does: every
    // ship's client is a FakeShipApi of this object.
    Orchestration::ShipConnections &connections() { return *m_connections; }

    // Setup. `ship` empty = every ship.
    void addImage(const QString &ship, const QString &reference, const QStringList &env = {},
                  const QStringList &cmd = {});
    FakeContainer addContainer(const QString &ship, const QString &name, const QString &image,
                               bool running);
    // A container that ends behind the tasks' back (killed: exit 137), as event streams see.
    void killContainer(const QString &ship, const QString &name);
    void setShipDown(const QString &ship, bool down = true);
    // The next `times` calls of `method` (on `target`, or any when empty) fail with
    // `message`; times < 0: all of them.
    void failCall(const QString &method, const QString &target, const QString &message,
                  int times = -1);
    // Calls of `method` finish `ms` later (on a worker of the fake's own pool).
    void setDelay(const QString &method, int ms);
    // Exit codes of the execs run in the container, in order; the last one repeats.
    void setExecExitCodes(const QString &container, const QList<int> &codes);
    // Starting this container makes it exit at once with `exitCode` and write `logs`.
    void exitOnStart(const QString &container, int exitCode, const QByteArray &logs);
    // While on, log streams deliver a chunk every millisecond, even once cancelled, until it is
    // switched off (or the fake is destroyed): the late delivery of a real client's I/O
    // thread, which a follower must survive. Off (the default): streams deliver the
    // container's log and end.
    void setLogStreamChatter(bool on);
    bool logStreamChatters() const;
    // How many chunks chattering streams have handed to their callbacks so far.
    int logStreamChatterChunks() const;
    void countLogStreamChatterChunk();
    // The container disappears now, as if another client had run `docker rm -f` on it.
    void removeExternally(const QString &ship, const QString &name);

    // Inspection.
    QList<FakeCall> calls() const;
    // "method target" per call, optionally only `ship`'s, in call order; ids the fake made
    // read `#name` (`#app-1` for that container's id, `#exec` for an exec).
    QStringList trace(const QString &ship = {}) const;
    std::optional<FakeContainer> container(const QString &ship, const QString &name) const;
    QList<std::optional<Docker::RegistryAuth>> pullAuths() const;
    QList<Docker::RegistryAuth> logins() const;
    // How many calls ran at once at most (delayed calls overlap).
    int maxConcurrentCalls() const;

    // What FakeShipApi's calls do (under the lock); not for tests.
    struct Outcome
    {
        std::optional<Core::Error> error;
        int delayMs = 0;
    };
    Outcome record(const QString &ship, const QString &method, const QString &target);
    void callEnded();
    // Runs `f` with the lock held.
    template<typename F>
    auto locked(F f)
    {
        QMutexLocker lock(&m_mutex);
        return f();
    }
    QThreadPool &pool() { return m_pool; }
    // An image's id and Config.
    struct Image
    {
        QString id;
        QJsonObject config;
    };
    struct Ship
    {
        bool down = false;
        QMap<QString, FakeContainer> containers; // by name
        QMap<QString, Image> images;             // by normalised reference
        QHash<QString, QString> execs;           // exec id -> container name
    };
    // The ship's state (made on first use), with the images added for every ship.
    Ship &shipUnlocked(const QString &ship);
    QHash<QString, QList<int>> &execCodesUnlocked() { return m_execCodes; }
    QHash<QString, std::pair<int, QByteArray>> &exitsUnlocked() { return m_exits; }
    void addPullAuthUnlocked(const std::optional<Docker::RegistryAuth> &auth)
    {
        m_pullAuths.append(auth);
    }
    void addLoginUnlocked(const Docker::RegistryAuth &auth) { m_logins.append(auth); }
    // Event streams, as a daemon keeps them: open until cancelled (or the fake goes), each
    // told of its ship's container changes.
    QFuture<Core::VoidResult> subscribeUnlocked(const QString &ship,
                                                const Docker::EventFilter &filter,
                                                std::function<void(const Docker::Event &)> onEvent);
    void publishUnlocked(const QString &ship, const QString &action,
                         const FakeContainer &container);
    QString newId(const QString &seed);

private:
    struct Failure
    {
        QString method;
        QString target;
        QString message;
        int times = -1;
    };

    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    QThreadPool m_pool;
    QMap<QString, Ship> m_ships;
    QMap<QString, Image> m_everyShipImages;
    QList<Failure> m_failures;
    QHash<QString, int> m_delays;
    QHash<QString, QList<int>> m_execCodes;
    QHash<QString, std::pair<int, QByteArray>> m_exits;
    QList<FakeCall> m_calls;
    QList<std::optional<Docker::RegistryAuth>> m_pullAuths;
    QList<Docker::RegistryAuth> m_logins;
    int m_running = 0;
    int m_maxRunning = 0;
    int m_nextId = 1;
    std::atomic<bool> m_logChatter{false};
    std::atomic<int> m_logChatterChunks{0};
    QHash<QString, QString> m_idSeeds; // id -> what it was made for
    struct Subscriber
    {
        QString ship;
        Docker::EventFilter filter; // its actions and container names (the rest is not used)
        std::function<void(const Docker::Event &)> onEvent;
        std::shared_ptr<QPromise<Core::VoidResult>> stream;
    };
    QList<Subscriber> m_subscribers;
    // Last: its clients use this object, so they go first.
    std::unique_ptr<Orchestration::ShipConnections> m_connections;
};

} // namespace Maestro::Tests
