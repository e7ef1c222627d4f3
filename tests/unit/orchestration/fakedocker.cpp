// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakedocker.h"

#include "fakeshipapi.h"

#include "docker/imagereference.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Maestro::Tests {

namespace {

QString normalized(const QString &reference)
{
    const auto ref = Docker::ImageReference::parse(reference);
    return ref ? ref->normalized() : reference;
}

} // namespace

FakeDocker::FakeDocker()
{
    m_clock.start();
    m_pool.setMaxThreadCount(64);
    m_connections = std::make_unique<Orchestration::ShipConnections>(factory());
}

FakeDocker::~FakeDocker()
{
    m_logChatter = false; // a chattering stream would keep the pool busy for ever
    m_pool.waitForDone();
    QMutexLocker lock(&m_mutex);
    for (const Subscriber &s : std::as_const(m_subscribers))
        s.stream->finish();
}

QFuture<Core::VoidResult>
FakeDocker::subscribeUnlocked(const QString &ship, const Docker::EventFilter &filter,
                              std::function<void(const Docker::Event &)> onEvent)
{
    auto stream = std::make_shared<QPromise<Core::VoidResult>>();
    stream->start();
    m_subscribers.append(Subscriber{ship, filter, std::move(onEvent), stream});
    return stream->future();
}

void FakeDocker::publishUnlocked(const QString &ship, const QString &action,
                                 const FakeContainer &container)
{
    Docker::Event event;
    event.type = QStringLiteral("container");
    event.action = action;
    event.actorId = container.id;
    event.attributes.insert(QStringLiteral("name"), container.name);
    event.timeNano = QDateTime::currentMSecsSinceEpoch() * 1000000;
    for (auto it = m_subscribers.begin(); it != m_subscribers.end();) {
        if (it->stream->isCanceled()) {
            it->stream->finish();
            it = m_subscribers.erase(it);
            continue;
        }
        const Docker::EventFilter &filter = it->filter;
        if (it->ship == ship && (filter.events.isEmpty() || filter.events.contains(action))
            && (filter.containers.isEmpty() || filter.containers.contains(container.name)))
            it->onEvent(event);
        ++it;
    }
}

Orchestration::ShipApiFactory FakeDocker::factory()
{
    return [this](const Core::Ship &ship, const QString &) {
        return std::make_unique<FakeShipApi>(*this, ship.name);
    };
}

QString FakeDocker::newId(const QString &seed)
{
    const QByteArray text = seed.toUtf8() + QByteArray::number(m_nextId++);
    const QString id
        = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    m_idSeeds.insert(id, seed);
    return id;
}

FakeDocker::Ship &FakeDocker::shipUnlocked(const QString &ship)
{
    Ship &s = m_ships[ship];
    for (auto it = m_everyShipImages.cbegin(); it != m_everyShipImages.cend(); ++it) {
        if (!s.images.contains(it.key()))
            s.images.insert(it.key(), it.value());
    }
    return s;
}

void FakeDocker::addImage(const QString &ship, const QString &reference, const QStringList &env,
                          const QStringList &cmd)
{
    QMutexLocker lock(&m_mutex);
    const Image image{QStringLiteral("sha256:") + newId(reference),
                      QJsonObject{{QStringLiteral("Env"), QJsonArray::fromStringList(env)},
                                  {QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd)}}};
    if (ship.isEmpty())
        m_everyShipImages.insert(normalized(reference), image);
    else
        shipUnlocked(ship).images.insert(normalized(reference), image);
}

FakeContainer FakeDocker::addContainer(const QString &ship, const QString &name,
                                       const QString &image, bool running)
{
    QMutexLocker lock(&m_mutex);
    Ship &s = shipUnlocked(ship);
    FakeContainer c;
    c.id = newId(name);
    c.name = name;
    c.image = image;
    c.imageId = s.images.value(normalized(image)).id;
    c.body = QJsonObject{{QStringLiteral("Image"), image}};
    c.created = QDateTime::currentDateTimeUtc().addSecs(-600);
    c.running = running;
    c.status = running ? QStringLiteral("running") : QStringLiteral("exited");
    c.startedAt = c.created.addSecs(1);
    if (!running)
        c.finishedAt = c.created.addSecs(2);
    s.containers.insert(name, c);
    publishUnlocked(ship, QStringLiteral("create"), c);
    if (running)
        publishUnlocked(ship, QStringLiteral("start"), c);
    return c;
}

void FakeDocker::killContainer(const QString &ship, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    Ship &s = shipUnlocked(ship);
    const auto it = s.containers.find(name);
    if (it == s.containers.end() || !it->running)
        return;
    it->running = false;
    it->status = QStringLiteral("exited");
    it->exitCode = 137;
    it->finishedAt = QDateTime::currentDateTimeUtc();
    publishUnlocked(ship, QStringLiteral("die"), *it);
}

void FakeDocker::setShipDown(const QString &ship, bool down)
{
    QMutexLocker lock(&m_mutex);
    shipUnlocked(ship).down = down;
}

void FakeDocker::failCall(const QString &method, const QString &target, const QString &message,
                          int times)
{
    QMutexLocker lock(&m_mutex);
    m_failures.append({method, target, message, times});
}

void FakeDocker::setDelay(const QString &method, int ms)
{
    QMutexLocker lock(&m_mutex);
    m_delays.insert(method, ms);
}

void FakeDocker::setExecExitCodes(const QString &container, const QList<int> &codes)
{
    QMutexLocker lock(&m_mutex);
    m_execCodes.insert(container, codes);
}

void FakeDocker::exitOnStart(const QString &container, int exitCode, const QByteArray &logs)
{
    QMutexLocker lock(&m_mutex);
    m_exits.insert(container, {exitCode, logs});
}

void FakeDocker::removeExternally(const QString &ship, const QString &name)
{
    QMutexLocker lock(&m_mutex);
    shipUnlocked(ship).containers.remove(name);
}

QList<FakeCall> FakeDocker::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

QStringList FakeDocker::trace(const QString &ship) const
{
    QStringList out;
    const QList<FakeCall> all = calls();
    QMutexLocker lock(&m_mutex);
    for (const FakeCall &c : all) {
        if (!ship.isEmpty() && c.ship != ship)
            continue;
        QStringList words = c.target.split(QLatin1Char(' '));
        for (QString &word : words) {
            const auto seed = m_idSeeds.constFind(word);
            if (seed != m_idSeeds.constEnd())
                word = QLatin1Char('#') + *seed;
        }
        const QString target = words.join(QLatin1Char(' '));
        out << (target.isEmpty() ? c.method : c.method + QLatin1Char(' ') + target);
    }
    return out;
}

std::optional<FakeContainer> FakeDocker::container(const QString &ship, const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    const auto s = m_ships.constFind(ship);
    if (s == m_ships.constEnd() || !s->containers.contains(name))
        return std::nullopt;
    return s->containers.value(name);
}

QList<std::optional<Docker::RegistryAuth>> FakeDocker::pullAuths() const
{
    QMutexLocker lock(&m_mutex);
    return m_pullAuths;
}

QList<Docker::RegistryAuth> FakeDocker::logins() const
{
    QMutexLocker lock(&m_mutex);
    return m_logins;
}

int FakeDocker::maxConcurrentCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxRunning;
}

FakeDocker::Outcome FakeDocker::record(const QString &ship, const QString &method,
                                       const QString &target)
{
    QMutexLocker lock(&m_mutex);
    m_calls.append({m_clock.elapsed(), ship, method, target});
    m_maxRunning = std::max(m_maxRunning, ++m_running);
    Outcome outcome;
    outcome.delayMs = m_delays.value(method);
    if (shipUnlocked(ship).down) {
        outcome.error
            = Core::Error{QStringLiteral("ship '%1' (fake): connection refused").arg(ship), {}, {}};
        return outcome;
    }
    for (Failure &f : m_failures) {
        if (f.times == 0 || f.method != method || (!f.target.isEmpty() && f.target != target))
            continue;
        if (f.times > 0)
            --f.times;
        outcome.error = Core::Error{f.message, {}, {}};
        break;
    }
    return outcome;
}

void FakeDocker::callEnded()
{
    QMutexLocker lock(&m_mutex);
    --m_running;
}

void FakeDocker::setLogStreamChatter(bool on)
{
    m_logChatter = on;
}

bool FakeDocker::logStreamChatters() const
{
    return m_logChatter;
}

int FakeDocker::logStreamChatterChunks() const
{
    return m_logChatterChunks;
}

void FakeDocker::countLogStreamChatterChunk()
{
    ++m_logChatterChunks;
}

} // namespace Maestro::Tests
