// SPDX-License-Identifier: GPL-3.0-or-later
// EngineClient: containers (list, inspect, create, start, stop, kill, remove, wait) and
// their logs.
#include "docker/engineclient.h"

#include "docker/engineclientprivate.h"
#include "docker/logframedecoder.h"

namespace Maestro::Docker {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;
using Core::Success;
using namespace Internal;

EngineClient::Future<QList<ContainerSummary>>
EngineClient::listContainers(const ContainerListOptions &options)
{
    return getList<ContainerSummary>("/containers/json" + options.query());
}

EngineClient::Future<std::optional<ContainerDetails>>
EngineClient::inspectContainer(const QString &idOrName)
{
    return getOptional<ContainerDetails>("/containers/" + pathPart(idOrName) + "/json");
}

EngineClient::Future<CreatedContainer> EngineClient::createContainer(const QString &name,
                                                                     const QJsonObject &body)
{
    QByteArray target = "/containers/create";
    if (!name.isEmpty())
        target += "?name=" + percentEncode(name);
    return call<CreatedContainer>(
        HttpRequest::postJson(target, QJsonDocument(body).toJson(QJsonDocument::Compact)), {},
        [](const HttpReply &r) -> Result<CreatedContainer> {
            const auto o = jsonObject(r);
            if (!o)
                return o.error();
            CreatedContainer created;
            created.id = o->value(u"Id"_s).toString();
            for (const QJsonValue &w : o->value(u"Warnings"_s).toArray())
                created.warnings.append(w.toString());
            if (created.id.isEmpty())
                return Error{Tr::tr("the daemon returned no container ID"), {}, {}};
            return created;
        });
}

EngineClient::VoidFuture EngineClient::startContainer(const QString &id)
{
    RequestOptions options;
    options.acceptedStatuses = {304}; // already started
    return call<Success>(HttpRequest::post("/containers/" + pathPart(id) + "/start"), options,
                         success);
}

EngineClient::VoidFuture EngineClient::stopContainer(const QString &id,
                                                     std::optional<int> timeoutSeconds)
{
    QByteArray target = "/containers/" + pathPart(id) + "/stop";
    RequestOptions options;
    options.acceptedStatuses = {304}; // already stopped
    if (timeoutSeconds) {
        target += "?t=" + QByteArray::number(*timeoutSeconds);
        options.extraTimeoutSeconds = std::max(0, *timeoutSeconds);
    } else {
        options.extraTimeoutSeconds = 10; // the daemon's default grace period
    }
    return call<Success>(HttpRequest::post(target), options, success);
}

EngineClient::VoidFuture EngineClient::killContainer(const QString &id, const QString &signal)
{
    QByteArray target = "/containers/" + pathPart(id) + "/kill";
    if (!signal.isEmpty())
        target += "?signal=" + percentEncode(signal);
    return call<Success>(HttpRequest::post(target), {}, success);
}

EngineClient::VoidFuture EngineClient::removeContainer(const QString &id,
                                                       const RemoveOptions &options)
{
    const QByteArray target = "/containers/" + pathPart(id) + "?v=" + (options.volumes ? "1" : "0")
                              + "&force=" + (options.force ? "1" : "0");
    return call<Success>(HttpRequest::del(target), {}, success);
}

EngineClient::Future<qint64> EngineClient::waitContainer(const QString &id, WaitCondition condition)
{
    auto job = std::make_shared<StreamJob<qint64>>();
    const char *conditions[] = {"not-running", "next-exit", "removed"};
    job->request = HttpRequest::post("/containers/" + pathPart(id)
                                     + "/wait?condition=" + conditions[int(condition)]);
    job->options.timeout = RequestOptions::Timeout::None;
    auto body = std::make_shared<QByteArray>();
    job->onData = [body](const QByteArray &data) -> std::optional<QString> {
        body->append(data);
        if (body->size() > 1024 * 1024)
            return Tr::tr("oversized wait response");
        return std::nullopt;
    };
    job->onEnd = [body]() -> Result<qint64> {
        const QJsonObject o = QJsonDocument::fromJson(*body).object();
        if (!o.contains(u"StatusCode"_s))
            return Error{Tr::tr("the daemon's wait response has no StatusCode"), {}, {}};
        const QString error = o.value(u"Error"_s).toObject().value(u"Message"_s).toString();
        if (!error.isEmpty())
            return Error{error, {}, {}};
        return o.value(u"StatusCode"_s).toInteger();
    };
    return runStream(job);
}

EngineClient::VoidFuture
EngineClient::streamContainerLogs(const QString &id, const LogOptions &options,
                                  std::function<void(const LogEntry &)> onEntry)
{
    auto job = std::make_shared<StreamJob<Success>>();
    job->request = HttpRequest::get("/containers/" + pathPart(id) + "/logs" + options.query());
    job->options.timeout
        = options.follow ? RequestOptions::Timeout::Head : RequestOptions::Timeout::Request;
    auto decoder = std::make_shared<LogFrameDecoder>(options.tty.value_or(false));
    if (!options.tty) {
        // The logs of a TTY container are not multiplexed; API 1.41 does not say which it is.
        job->preflight = HttpRequest::get("/containers/" + pathPart(id) + "/json");
        job->onPreflight
            = [decoder](const HttpReply &reply, StreamJob<Success> &) -> std::optional<Error> {
            const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
            *decoder = LogFrameDecoder(o.value(u"Config"_s).toObject().value(u"Tty"_s).toBool());
            return std::nullopt;
        };
    }
    job->onData = [decoder, onEntry](const QByteArray &data) -> std::optional<QString> {
        const QList<OutputChunk> chunks = decoder->feed(data);
        if (onEntry) {
            for (const OutputChunk &chunk : chunks)
                onEntry(chunk);
        }
        if (decoder->hasFailed())
            return decoder->errorString();
        return std::nullopt;
    };
    job->onEnd = [decoder] { return endOfStream(*decoder); };
    return runStream(job);
}

EngineClient::Future<QList<LogEntry>> EngineClient::containerLogs(const QString &id,
                                                                  const LogOptions &options)
{
    LogOptions bounded = options;
    bounded.follow = false;
    auto entries = std::make_shared<QList<LogEntry>>();
    auto completion = std::make_shared<Completion<QList<LogEntry>>>();
    auto future = completion->future();
    // Entries arrive on the I/O thread, as does the end of the stream: no locking needed.
    VoidFuture done = streamContainerLogs(id, bounded, [entries](const LogEntry &entry) {
        if (!entries->isEmpty() && entries->last().stream == entry.stream)
            entries->last().data.append(entry.data);
        else
            entries->append(entry);
    });
    done.then(QtFuture::Launch::Sync, [completion, entries](Result<Success> result) {
        if (result)
            completion->complete(*entries);
        else
            completion->complete(result.error());
    });
    return future;
}

} // namespace Maestro::Docker
