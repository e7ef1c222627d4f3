// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeshipapi.h"

#include "docker/imagereference.h"

#include <QJsonArray>
#include <QThread>
#include <QtConcurrent>

namespace Maestro::Tests {

namespace {

Core::Error noSuchContainer(const QString &id)
{
    return Core::Error{QStringLiteral("No such container: %1").arg(id), {}, {}};
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QStringLiteral("0001-01-01T00:00:00Z");
}

QJsonObject inspectJson(const FakeContainer &c)
{
    QJsonObject config = c.body;
    const QJsonObject host = config.take(QStringLiteral("HostConfig")).toObject();
    return QJsonObject{{QStringLiteral("Id"), c.id},
                       {QStringLiteral("Name"), QLatin1Char('/') + c.name},
                       {QStringLiteral("Image"), c.imageId},
                       {QStringLiteral("Config"), config},
                       {QStringLiteral("HostConfig"), host},
                       {QStringLiteral("State"),
                        QJsonObject{{QStringLiteral("Running"), c.running},
                                    {QStringLiteral("Status"), c.status},
                                    {QStringLiteral("ExitCode"), c.exitCode},
                                    {QStringLiteral("StartedAt"), timeText(c.startedAt)},
                                    {QStringLiteral("FinishedAt"), timeText(c.finishedAt)}}}};
}

QString normalized(const QString &reference)
{
    const auto ref = Docker::ImageReference::parse(reference);
    return ref ? ref->normalized() : reference;
}

void stopped(FakeContainer &c, int exitCode)
{
    c.running = false;
    c.status = QStringLiteral("exited");
    c.exitCode = exitCode;
    c.finishedAt = QDateTime::currentDateTimeUtc();
}

} // namespace

FakeShipApi::FakeShipApi(FakeDocker &docker, QString ship)
    : m_docker(docker)
    , m_ship(std::move(ship))
{}

template<typename T>
FakeShipApi::Future<T> FakeShipApi::respond(const QString &method, const QString &target,
                                            std::function<Core::Result<T>()> work)
{
    const FakeDocker::Outcome outcome = m_docker.record(m_ship, method, target);
    auto run = [this, outcome, work = std::move(work)]() -> Core::Result<T> {
        Core::Result<T> result
            = outcome.error ? Core::Result<T>(*outcome.error) : m_docker.locked(work);
        m_docker.callEnded();
        return result;
    };
    if (outcome.delayMs <= 0)
        return QtFuture::makeReadyFuture(run());
    return QtConcurrent::run(&m_docker.pool(), [run, ms = outcome.delayMs] {
        QThread::msleep(ulong(ms));
        return run();
    });
}

FakeContainer *FakeShipApi::find(const QString &idOrName)
{
    auto &containers = m_docker.shipUnlocked(m_ship).containers;
    for (auto it = containers.begin(); it != containers.end(); ++it) {
        if (it->name == idOrName || (idOrName.size() >= 7 && it->id.startsWith(idOrName)))
            return &*it;
    }
    return nullptr;
}

QString FakeShipApi::endpointDescription() const
{
    return QStringLiteral("ship '%1' (fake)").arg(m_ship);
}

FakeShipApi::VoidFuture FakeShipApi::ping()
{
    return respond<Core::Success>(QStringLiteral("ping"), {}, [] { return Core::Success{}; });
}

FakeShipApi::Future<QList<Docker::ContainerSummary>>
FakeShipApi::listContainers(const Docker::ContainerListOptions &)
{
    return respond<QList<Docker::ContainerSummary>>(QStringLiteral("list"), {}, [this] {
        QList<Docker::ContainerSummary> out;
        for (const FakeContainer &c : std::as_const(m_docker.shipUnlocked(m_ship).containers)) {
            Docker::ContainerSummary s;
            s.id = c.id;
            s.names = {c.name};
            s.image = c.image;
            s.imageId = c.imageId;
            s.created = c.created;
            s.state = c.status;
            s.status = c.running ? QStringLiteral("Up 10 minutes")
                                 : QStringLiteral("Exited (%1) 5 minutes ago").arg(c.exitCode);
            out.append(s);
        }
        return out;
    });
}

FakeShipApi::Future<std::optional<Docker::ContainerDetails>>
FakeShipApi::inspectContainer(const QString &idOrName)
{
    return respond<std::optional<Docker::ContainerDetails>>(
        QStringLiteral("inspect"), idOrName, [this, idOrName] {
            const FakeContainer *c = find(idOrName);
            return c ? std::optional(Docker::ContainerDetails::fromJson(inspectJson(*c)))
                     : std::nullopt;
        });
}

FakeShipApi::Future<Docker::CreatedContainer> FakeShipApi::createContainer(const QString &name,
                                                                           const QJsonObject &body)
{
    return respond<Docker::CreatedContainer>(
        QStringLiteral("create"), name,
        [this, name, body]() -> Core::Result<Docker::CreatedContainer> {
            FakeDocker::Ship &ship = m_docker.shipUnlocked(m_ship);
            if (ship.containers.contains(name))
                return Core::Error{QStringLiteral("Conflict. The container name \"/%1\" is "
                                                  "already in use")
                                       .arg(name),
                                   {},
                                   {}};
            const QString image = body.value(QStringLiteral("Image")).toString();
            const auto found = ship.images.constFind(normalized(image));
            if (found == ship.images.constEnd())
                return Core::Error{QStringLiteral("No such image: %1").arg(image), {}, {}};
            FakeContainer c;
            c.id = m_docker.newId(name);
            c.name = name;
            c.image = image;
            c.imageId = found->id;
            c.body = body;
            c.created = QDateTime::currentDateTimeUtc();
            ship.containers.insert(name, c);
            m_docker.publishUnlocked(m_ship, QStringLiteral("create"), c);
            return Docker::CreatedContainer{c.id, {}};
        });
}

FakeShipApi::VoidFuture FakeShipApi::startContainer(const QString &id)
{
    return respond<Core::Success>(QStringLiteral("start"), id, [this, id]() -> Core::VoidResult {
        FakeContainer *c = find(id);
        if (!c)
            return noSuchContainer(id);
        c->running = true;
        c->status = QStringLiteral("running");
        c->startedAt = QDateTime::currentDateTimeUtc();
        m_docker.publishUnlocked(m_ship, QStringLiteral("start"), *c);
        const auto exits = m_docker.exitsUnlocked().constFind(c->name);
        if (exits != m_docker.exitsUnlocked().constEnd()) {
            stopped(*c, exits->first);
            c->logs += exits->second;
            m_docker.publishUnlocked(m_ship, QStringLiteral("die"), *c);
        }
        return Core::Success{};
    });
}

FakeShipApi::VoidFuture FakeShipApi::stopContainer(const QString &id, std::optional<int>)
{
    return respond<Core::Success>(QStringLiteral("stop"), id, [this, id]() -> Core::VoidResult {
        FakeContainer *c = find(id);
        if (!c)
            return noSuchContainer(id);
        if (c->running) {
            stopped(*c, 0);
            m_docker.publishUnlocked(m_ship, QStringLiteral("die"), *c);
        }
        return Core::Success{};
    });
}

FakeShipApi::VoidFuture FakeShipApi::killContainer(const QString &id, const QString &)
{
    return respond<Core::Success>(QStringLiteral("kill"), id, [this, id]() -> Core::VoidResult {
        FakeContainer *c = find(id);
        if (!c)
            return noSuchContainer(id);
        if (!c->running)
            return Core::Error{QStringLiteral("Container %1 is not running").arg(id), {}, {}};
        stopped(*c, 137);
        m_docker.publishUnlocked(m_ship, QStringLiteral("die"), *c);
        return Core::Success{};
    });
}

FakeShipApi::VoidFuture FakeShipApi::removeContainer(const QString &id,
                                                     const Docker::RemoveOptions &options)
{
    return respond<Core::Success>(
        QStringLiteral("remove"), id, [this, id, options]() -> Core::VoidResult {
            FakeContainer *c = find(id);
            if (!c)
                return noSuchContainer(id);
            if (c->running && !options.force)
                return Core::Error{
                    QStringLiteral("You cannot remove a running container %1").arg(c->id), {}, {}};
            m_docker.publishUnlocked(m_ship, QStringLiteral("destroy"), *c);
            m_docker.shipUnlocked(m_ship).containers.remove(c->name);
            return Core::Success{};
        });
}

FakeShipApi::Future<qint64> FakeShipApi::waitContainer(const QString &id, WaitCondition)
{
    return respond<qint64>(QStringLiteral("wait"), id, [this, id]() -> Core::Result<qint64> {
        const FakeContainer *c = find(id);
        if (!c)
            return noSuchContainer(id);
        if (c->running)
            return Core::Error{QStringLiteral("fake: waiting on a running container"), {}, {}};
        return qint64(c->exitCode);
    });
}

FakeShipApi::Future<QList<Docker::LogEntry>>
FakeShipApi::containerLogs(const QString &id, const Docker::LogOptions &options)
{
    return respond<QList<Docker::LogEntry>>(
        QStringLiteral("logs"), id, [this, id, options]() -> Core::Result<QList<Docker::LogEntry>> {
            const FakeContainer *c = find(id);
            if (!c)
                return noSuchContainer(id);
            QList<QByteArray> lines = c->logs.split('\n');
            if (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
            if (options.tail && *options.tail >= 0 && lines.size() > *options.tail)
                lines = lines.mid(lines.size() - *options.tail);
            QList<Docker::LogEntry> out;
            for (const QByteArray &line : lines)
                out.append(Docker::LogEntry{Docker::OutputStream::Stdout, line + '\n'});
            return out;
        });
}

FakeShipApi::VoidFuture FakeShipApi::chatter(std::function<void(const Docker::LogEntry &)> onEntry)
{
    FakeDocker &docker = m_docker;
    return QtConcurrent::run(&docker.pool(), [&docker,
                                              onEntry](QPromise<Core::VoidResult> &promise) {
        while (docker.logStreamChatters()) {
            onEntry(Docker::LogEntry{Docker::OutputStream::Stdout, QByteArrayLiteral("chatter\n")});
            docker.countLogStreamChatterChunk();
            QThread::msleep(1);
        }
        promise.addResult(Core::Success{});
    });
}

FakeShipApi::VoidFuture
FakeShipApi::streamContainerLogs(const QString &id, const Docker::LogOptions &options,
                                 std::function<void(const Docker::LogEntry &)> onEntry)
{
    if (m_docker.logStreamChatters())
        return chatter(std::move(onEntry));
    auto entries = containerLogs(id, options);
    return entries.then([onEntry](Core::Result<QList<Docker::LogEntry>> r) -> Core::VoidResult {
        if (!r)
            return r.error();
        for (const Docker::LogEntry &e : *r)
            onEntry(e);
        return Core::Success{};
    });
}

FakeShipApi::Future<QString> FakeShipApi::createExec(const QString &container,
                                                     const Docker::ExecOptions &options)
{
    return respond<QString>(QStringLiteral("exec"),
                            container + QLatin1Char(' ') + options.command.join(QLatin1Char(' ')),
                            [this, container]() -> Core::Result<QString> {
                                const FakeContainer *c = find(container);
                                if (!c)
                                    return noSuchContainer(container);
                                const QString id = m_docker.newId(QStringLiteral("exec"));
                                m_docker.shipUnlocked(m_ship).execs.insert(id, c->name);
                                return id;
                            });
}

FakeShipApi::Future<Docker::ExecOutput> FakeShipApi::startExec(const QString &execId)
{
    return respond<Docker::ExecOutput>(QStringLiteral("exec start"), execId,
                                       [] { return Docker::ExecOutput{}; });
}

FakeShipApi::Future<Docker::ExecDetails> FakeShipApi::inspectExec(const QString &execId)
{
    return respond<Docker::ExecDetails>(QStringLiteral("exec inspect"), {}, [this, execId] {
        Docker::ExecDetails d;
        d.id = execId;
        const QString container = m_docker.shipUnlocked(m_ship).execs.value(execId);
        QList<int> &codes = m_docker.execCodesUnlocked()[container];
        d.exitCode = codes.isEmpty() ? 0 : (codes.size() > 1 ? codes.takeFirst() : codes.first());
        return d;
    });
}

FakeShipApi::Future<std::optional<Docker::ImageDetails>>
FakeShipApi::inspectImage(const QString &reference)
{
    return respond<std::optional<Docker::ImageDetails>>(
        QStringLiteral("image inspect"), reference, [this, reference] {
            const auto &images = m_docker.shipUnlocked(m_ship).images;
            const auto found = images.constFind(normalized(reference));
            if (found == images.constEnd())
                return std::optional<Docker::ImageDetails>();
            return std::optional(Docker::ImageDetails::fromJson(
                QJsonObject{{QStringLiteral("Id"), found->id},
                            {QStringLiteral("RepoTags"), QJsonArray{reference}},
                            {QStringLiteral("Config"), found->config}}));
        });
}

FakeShipApi::VoidFuture
FakeShipApi::pullImage(const Docker::ImageReference &image,
                       const std::optional<Docker::RegistryAuth> &auth,
                       std::function<void(const Docker::PullProgress &)> onProgress)
{
    const QString reference = image.normalized();
    return respond<Core::Success>(
        QStringLiteral("pull"), reference, [this, reference, auth, onProgress] {
            m_docker.addPullAuthUnlocked(auth);
            auto &images = m_docker.shipUnlocked(m_ship).images;
            if (!images.contains(reference))
                images.insert(reference, {QStringLiteral("sha256:") + m_docker.newId(reference),
                                          QJsonObject()});
            if (onProgress) {
                Docker::PullProgress p;
                p.status = QStringLiteral("Download complete");
                p.layerId = QStringLiteral("layer1");
                onProgress(p);
            }
            return Core::Success{};
        });
}

FakeShipApi::VoidFuture FakeShipApi::login(const Docker::RegistryAuth &auth)
{
    return respond<Core::Success>(QStringLiteral("login"),
                                  auth.serverAddress + QLatin1Char(' ') + auth.username,
                                  [this, auth] {
                                      m_docker.addLoginUnlocked(auth);
                                      return Core::Success{};
                                  });
}

FakeShipApi::VoidFuture
FakeShipApi::streamEvents(const Docker::EventFilter &filter,
                          std::function<void(const Docker::Event &)> onEvent)
{
    // A scripted failure or a ship that is down ends the stream at once, as a daemon that
    // does not answer would; else it stays open, as a daemon's does.
    const FakeDocker::Outcome outcome = m_docker.record(m_ship, QStringLiteral("events"), {});
    m_docker.callEnded();
    if (outcome.error)
        return QtFuture::makeReadyFuture(Core::VoidResult(*outcome.error));
    return m_docker.locked(
        [&] { return m_docker.subscribeUnlocked(m_ship, filter, std::move(onEvent)); });
}

} // namespace Maestro::Tests
