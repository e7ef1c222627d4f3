// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/engineclient.h"

#include "docker/jsonlinesplitter.h"
#include "docker/logframedecoder.h"
#include "docker/logging.h"
#include "docker/tr.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;
using Core::Success;

namespace {
// A promise that always ends with a result, even when the work that should have set one
// is dropped (the client shut down before it ran): waiting callers never hang or crash.
template<typename T>
class Completion
{
public:
    Completion() { m_promise.start(); }
    ~Completion()
    {
        if (!m_promise.future().isFinished())
            complete(Error{Tr::tr("cancelled: the Docker client was shut down"), {}, {}});
    }
    QFuture<Result<T>> future() { return m_promise.future(); }
    void complete(Result<T> result)
    {
        if (m_done)
            return;
        m_done = true;
        m_promise.addResult(std::move(result));
        m_promise.finish();
    }
    void cancelled()
    {
        m_done = true;
        m_promise.finish();
    }
    bool isDone() const { return m_done; }

private:
    QPromise<Result<T>> m_promise;
    bool m_done = false;
};

QByteArray pathPart(const QString &idOrName)
{
    return percentEncode(idOrName);
}

Result<QJsonObject> jsonObject(const HttpReply &reply)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (!doc.isObject())
        return Error{Tr::tr("the daemon sent malformed JSON: %1").arg(error.errorString()), {}, {}};
    return doc.object();
}

Result<QJsonArray> jsonArray(const HttpReply &reply)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (!doc.isArray())
        return Error{Tr::tr("the daemon sent malformed JSON: %1").arg(error.errorString()), {}, {}};
    return doc.array();
}

template<typename T>
Result<QList<T>> listOf(const HttpReply &reply)
{
    const auto array = jsonArray(reply);
    if (!array)
        return array.error();
    QList<T> out;
    out.reserve(array->size());
    for (const QJsonValue &v : *array)
        out.append(T::fromJson(v.toObject()));
    return out;
}

Result<Success> success(const HttpReply &)
{
    return Success{};
}
} // namespace

// A streamed call: the request, what to do with each piece of body, and how to finish.
// `preflight` runs first when set (logs: learn whether the container has a TTY).
template<typename T>
struct EngineClient::StreamJob
{
    HttpRequest request;
    RequestOptions options;
    std::function<std::optional<QString>(const QByteArray &)> onData; // error text ends it
    std::function<Result<T>()> onEnd;
    std::optional<HttpRequest> preflight;
    std::function<std::optional<Error>(const HttpReply &, StreamJob &)> onPreflight;
    // When set, polled while the stream runs; once it says the work is over, the stream
    // ends even if the connection stays open (QNAM over TLS misses the daemon's
    // close_notify at the end of a hijacked exec stream).
    std::optional<HttpRequest> completionProbe;
    std::function<bool(const HttpReply &)> probeSaysDone;
};

EngineClient::EngineClient(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_thread(new QThread)
    , m_connection(new EngineConnection(m_settings))
{
    m_thread->setObjectName(u"docker-io-"_s + m_settings.shipName);
    m_connection->moveToThread(m_thread);
    // The connection must die on its own thread: after the loop ends, before run() returns.
    QObject::connect(m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread->start();
}

EngineClient::~EngineClient()
{
    if (QThread::currentThread() == m_thread) {
        qCWarning(lcDocker) << "EngineClient destroyed from its own I/O thread; leaking it";
        return;
    }
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void EngineClient::post(std::function<void(EngineConnection *)> work)
{
    EngineConnection *connection = m_connection;
    QMetaObject::invokeMethod(connection, [connection, work = std::move(work)] { work(connection); },
                              Qt::QueuedConnection);
}

template<typename T>
EngineClient::Future<T> EngineClient::call(const HttpRequest &request, const RequestOptions &options,
                                           std::function<Result<T>(const HttpReply &)> convert)
{
    auto completion = std::make_shared<Completion<T>>();
    auto future = completion->future();
    post([completion, request, options, convert = std::move(convert)](EngineConnection *c) {
        c->request(request, options, [completion, convert, c, request](Result<HttpReply> reply) {
            if (!reply) {
                completion->complete(reply.error());
                return;
            }
            Result<T> converted = convert(*reply);
            if (!converted) // name the ship and request in conversion errors too
                converted = c->makeError(request, converted.error().message);
            completion->complete(std::move(converted));
        });
    });
    return future;
}

template<typename T>
EngineClient::Future<T> EngineClient::runStream(std::shared_ptr<StreamJob<T>> job)
{
    auto completion = std::make_shared<Completion<T>>();
    auto future = completion->future();
    post([completion, job, future](EngineConnection *c) {
        struct State
        {
            quint64 callId = 0;
            bool over = false;
        };
        auto state = std::make_shared<State>();
        auto *watcher = new QFutureWatcher<void>(c);
        QTimer *probeTimer = job->completionProbe ? new QTimer(watcher) : nullptr;
        auto end = [completion, state, watcher](std::optional<Result<T>> result) {
            if (state->over)
                return;
            state->over = true;
            watcher->disconnect();
            watcher->deleteLater(); // and the probe timer with it
            if (result)
                completion->complete(std::move(*result));
            else
                completion->cancelled();
        };
        QObject::connect(watcher, &QFutureWatcher<void>::canceled, c, [c, state, end] {
            if (state->callId)
                c->cancel(state->callId);
            end(std::nullopt);
        });
        watcher->setFuture(QFuture<void>(future));

        auto startMain = [c, job, state, end, probeTimer] {
            if (state->over)
                return;
            if (probeTimer) {
                auto probing = std::make_shared<bool>(false);
                QObject::connect(probeTimer, &QTimer::timeout, c, [c, job, state, end, probing, probeTimer] {
                    if (*probing || state->over)
                        return;
                    *probing = true;
                    c->request(*job->completionProbe, {}, [c, job, state, end, probing, probeTimer](Result<HttpReply> r) {
                        *probing = false;
                        if (state->over || !r || !job->probeSaysDone(*r))
                            return;
                        probeTimer->stop();
                        // Leave the last bytes a moment to arrive, then end the stream.
                        QTimer::singleShot(200, c, [c, job, state, end] {
                            if (state->over)
                                return;
                            c->cancel(state->callId);
                            Result<T> result = job->onEnd();
                            if (!result)
                                result = c->makeError(job->request, result.error().message);
                            end(std::move(result));
                        });
                    });
                });
                probeTimer->start(250);
            }
            state->callId = c->stream(
                job->request, job->options, {},
                [c, job, state, end](const QByteArray &data) {
                    if (state->over)
                        return;
                    if (auto error = job->onData(data)) {
                        c->cancel(state->callId);
                        end(Result<T>(c->makeError(job->request, *error)));
                    }
                },
                [c, job, end](Result<HttpReply> reply) {
                    if (!reply) {
                        end(Result<T>(reply.error()));
                        return;
                    }
                    Result<T> result = job->onEnd();
                    if (!result)
                        result = c->makeError(job->request, result.error().message);
                    end(std::move(result));
                });
        };
        if (!job->preflight) {
            startMain();
            return;
        }
        state->callId = c->request(*job->preflight, {},
                                   [job, end, startMain](Result<HttpReply> reply) {
                                       if (!reply) {
                                           end(Result<T>(reply.error()));
                                           return;
                                       }
                                       if (auto error = job->onPreflight(*reply, *job)) {
                                           end(Result<T>(*error));
                                           return;
                                       }
                                       startMain();
                                   });
    });
    return future;
}

EngineClient::Future<HttpReply> EngineClient::send(const HttpRequest &request,
                                                   const RequestOptions &options)
{
    return call<HttpReply>(request, options, [](const HttpReply &r) { return Result<HttpReply>(r); });
}

EngineClient::VoidFuture EngineClient::ping()
{
    HttpRequest request = HttpRequest::get("/_ping");
    request.versioned = false;
    return call<Success>(request, {}, success);
}

EngineClient::Future<VersionInfo> EngineClient::version()
{
    return call<VersionInfo>(HttpRequest::get("/version"), {}, [](const HttpReply &r) -> Result<VersionInfo> {
        const auto o = jsonObject(r);
        if (!o)
            return o.error();
        return VersionInfo::fromJson(*o);
    });
}

EngineClient::Future<SystemInfo> EngineClient::info()
{
    return call<SystemInfo>(HttpRequest::get("/info"), {}, [](const HttpReply &r) -> Result<SystemInfo> {
        const auto o = jsonObject(r);
        if (!o)
            return o.error();
        return SystemInfo::fromJson(*o);
    });
}

EngineClient::Future<ConnectionStats> EngineClient::connectionStats()
{
    auto completion = std::make_shared<Completion<ConnectionStats>>();
    auto future = completion->future();
    post([completion](EngineConnection *c) {
        completion->complete(ConnectionStats{c->apiVersionInUse(), c->openConnectionCount(),
                                             c->connectionsOpened()});
    });
    return future;
}

EngineClient::Future<std::optional<HostKeyProblem>> EngineClient::hostKeyProblem()
{
    auto completion = std::make_shared<Completion<std::optional<HostKeyProblem>>>();
    auto future = completion->future();
    post([completion](EngineConnection *c) { completion->complete(c->hostKeyProblem()); });
    return future;
}

EngineClient::Future<LoginResult> EngineClient::login(const RegistryAuth &auth)
{
    const QByteArray body = QJsonDocument(auth.toJson()).toJson(QJsonDocument::Compact);
    return call<LoginResult>(HttpRequest::postJson("/auth", body), {},
                             [](const HttpReply &r) -> Result<LoginResult> {
                                 const auto o = jsonObject(r);
                                 if (!o)
                                     return o.error();
                                 return LoginResult::fromJson(*o);
                             });
}

EngineClient::Future<QList<ContainerSummary>> EngineClient::listContainers(
    const ContainerListOptions &options)
{
    return call<QList<ContainerSummary>>(HttpRequest::get("/containers/json" + options.query()), {},
                                         listOf<ContainerSummary>);
}

EngineClient::Future<std::optional<ContainerDetails>> EngineClient::inspectContainer(
    const QString &idOrName)
{
    RequestOptions options;
    options.acceptedStatuses = {404};
    return call<std::optional<ContainerDetails>>(
        HttpRequest::get("/containers/" + pathPart(idOrName) + "/json"), options,
        [](const HttpReply &r) -> Result<std::optional<ContainerDetails>> {
            if (r.status() == 404)
                return std::optional<ContainerDetails>();
            const auto o = jsonObject(r);
            if (!o)
                return o.error();
            return std::optional<ContainerDetails>(ContainerDetails::fromJson(*o));
        });
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
    return call<Success>(HttpRequest::post("/containers/" + pathPart(id) + "/start"), options, success);
}

EngineClient::VoidFuture EngineClient::stopContainer(const QString &id, std::optional<int> timeoutSeconds)
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

EngineClient::VoidFuture EngineClient::removeContainer(const QString &id, const RemoveOptions &options)
{
    const QByteArray target = "/containers/" + pathPart(id) + "?v=" + (options.volumes ? "1" : "0")
                              + "&force=" + (options.force ? "1" : "0");
    return call<Success>(HttpRequest::del(target), {}, success);
}

EngineClient::Future<qint64> EngineClient::waitContainer(const QString &id, WaitCondition condition)
{
    auto job = std::make_shared<StreamJob<qint64>>();
    const char *conditions[] = {"not-running", "next-exit", "removed"};
    job->request = HttpRequest::post("/containers/" + pathPart(id) + "/wait?condition="
                                     + conditions[int(condition)]);
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

EngineClient::VoidFuture EngineClient::streamContainerLogs(const QString &id, const LogOptions &options,
                                                           std::function<void(const LogEntry &)> onEntry)
{
    auto job = std::make_shared<StreamJob<Success>>();
    job->request = HttpRequest::get("/containers/" + pathPart(id) + "/logs" + options.query());
    job->options.timeout = options.follow ? RequestOptions::Timeout::Head
                                          : RequestOptions::Timeout::Request;
    auto decoder = std::make_shared<LogFrameDecoder>(options.tty.value_or(false));
    if (!options.tty) {
        // The logs of a TTY container are not multiplexed; API 1.41 does not say which it is.
        job->preflight = HttpRequest::get("/containers/" + pathPart(id) + "/json");
        job->onPreflight = [decoder](const HttpReply &reply, StreamJob<Success> &) -> std::optional<Error> {
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
    job->onEnd = [decoder]() -> Result<Success> {
        if (!decoder->finish())
            return Error{decoder->errorString(), {}, {}};
        return Success{};
    };
    return runStream(job);
}

EngineClient::Future<QList<LogEntry>> EngineClient::containerLogs(const QString &id, const LogOptions &options)
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

EngineClient::Future<QString> EngineClient::createExec(const QString &container, const ExecOptions &options)
{
    QJsonObject body{{u"AttachStdin"_s, false}, {u"AttachStdout"_s, true}, {u"AttachStderr"_s, true},
                     {u"Tty"_s, false}, {u"Privileged"_s, options.privileged},
                     {u"User"_s, options.user}, {u"Cmd"_s, QJsonArray::fromStringList(options.command)}};
    if (!options.env.isEmpty())
        body.insert(u"Env"_s, QJsonArray::fromStringList(options.env));
    if (!options.workingDir.isEmpty())
        body.insert(u"WorkingDir"_s, options.workingDir);
    return call<QString>(
        HttpRequest::postJson("/containers/" + pathPart(container) + "/exec",
                              QJsonDocument(body).toJson(QJsonDocument::Compact)),
        {}, [](const HttpReply &r) -> Result<QString> {
            const auto o = jsonObject(r);
            if (!o)
                return o.error();
            const QString id = o->value(u"Id"_s).toString();
            if (id.isEmpty())
                return Error{Tr::tr("the daemon returned no exec ID"), {}, {}};
            return id;
        });
}

EngineClient::Future<ExecOutput> EngineClient::startExec(const QString &execId)
{
    // Without Upgrade headers the daemon answers 200 and streams the multiplexed output
    // until the command ends, then closes the connection (a close-delimited body).
    auto job = std::make_shared<StreamJob<ExecOutput>>();
    job->request = HttpRequest::postJson("/exec/" + pathPart(execId) + "/start",
                                         R"({"Detach":false,"Tty":false})");
    job->options.timeout = RequestOptions::Timeout::Head;
    auto decoder = std::make_shared<LogFrameDecoder>();
    auto output = std::make_shared<ExecOutput>();
    job->onData = [decoder, output](const QByteArray &data) -> std::optional<QString> {
        for (const OutputChunk &chunk : decoder->feed(data)) {
            QByteArray &target = chunk.stream == OutputStream::Stderr ? output->stderrData
                                                                      : output->stdoutData;
            if (target.size() < 16 * 1024 * 1024)
                target.append(chunk.data);
        }
        if (decoder->hasFailed())
            return decoder->errorString();
        return std::nullopt;
    };
    job->onEnd = [decoder, output]() -> Result<ExecOutput> {
        if (!decoder->finish())
            return Error{decoder->errorString(), {}, {}};
        return *output;
    };
    // Over TLS (direct or through an SSH tunnel) the daemon ends a hijacked exec stream with
    // close_notify only, which the TLS socket does not report as the end of the stream.
    if (m_settings.transport() == ConnectionSettings::Transport::Tls
        || m_settings.tunnelUsesTls()) {
        job->completionProbe = HttpRequest::get("/exec/" + pathPart(execId) + "/json");
        job->probeSaysDone = [](const HttpReply &r) {
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            return o.contains(u"Running"_s) && !o.value(u"Running"_s).toBool();
        };
    }
    return runStream(job);
}

EngineClient::Future<ExecDetails> EngineClient::inspectExec(const QString &execId)
{
    return call<ExecDetails>(HttpRequest::get("/exec/" + pathPart(execId) + "/json"), {},
                             [](const HttpReply &r) -> Result<ExecDetails> {
                                 const auto o = jsonObject(r);
                                 if (!o)
                                     return o.error();
                                 return ExecDetails::fromJson(*o);
                             });
}

EngineClient::Future<QList<ImageSummary>> EngineClient::listImages(const ImageListOptions &options)
{
    return call<QList<ImageSummary>>(HttpRequest::get("/images/json" + options.query()), {},
                                     listOf<ImageSummary>);
}

EngineClient::Future<std::optional<ImageDetails>> EngineClient::inspectImage(const QString &reference)
{
    RequestOptions options;
    options.acceptedStatuses = {404};
    return call<std::optional<ImageDetails>>(
        HttpRequest::get("/images/" + pathPart(reference) + "/json"), options,
        [](const HttpReply &r) -> Result<std::optional<ImageDetails>> {
            if (r.status() == 404)
                return std::optional<ImageDetails>();
            const auto o = jsonObject(r);
            if (!o)
                return o.error();
            return std::optional<ImageDetails>(ImageDetails::fromJson(*o));
        });
}

EngineClient::VoidFuture EngineClient::pullImage(const ImageReference &image,
                                                 const std::optional<RegistryAuth> &auth,
                                                 std::function<void(const PullProgress &)> onProgress)
{
    auto job = std::make_shared<StreamJob<Success>>();
    job->request = HttpRequest::post("/images/create?fromImage=" + percentEncode(image.repository())
                                      + "&tag=" + percentEncode(image.pullTag()));
    if (auth && !auth->isEmpty())
        job->request.headers.append(qMakePair(QByteArray("X-Registry-Auth"), auth->headerValue()));
    job->options.timeout = RequestOptions::Timeout::Head; // spec 12.4: pulls have no timeout
    auto splitter = std::make_shared<JsonLineSplitter>();
    job->onData = [splitter, onProgress, image](const QByteArray &data) -> std::optional<QString> {
        for (const QJsonObject &o : splitter->feed(data)) {
            if (o.contains(u"error"_s) || o.contains(u"errorDetail"_s)) {
                QString message = o.value(u"errorDetail"_s).toObject().value(u"message"_s).toString();
                if (message.isEmpty())
                    message = o.value(u"error"_s).toString();
                return Tr::tr("Pull of image %1 failed: %2").arg(image.familiar(), message);
            }
            if (onProgress)
                onProgress(PullProgress::fromJson(o));
        }
        if (splitter->hasFailed())
            return splitter->errorString();
        return std::nullopt;
    };
    job->onEnd = [splitter]() -> Result<Success> {
        if (!splitter->finish())
            return Error{splitter->errorString(), {}, {}};
        return Success{};
    };
    return runStream(job);
}

EngineClient::VoidFuture EngineClient::streamEvents(const EventFilter &filter,
                                                    std::function<void(const Event &)> onEvent)
{
    auto job = std::make_shared<StreamJob<Success>>();
    job->request = HttpRequest::get("/events" + filter.query());
    job->options.timeout = RequestOptions::Timeout::Head;
    auto splitter = std::make_shared<JsonLineSplitter>();
    job->onData = [splitter, onEvent](const QByteArray &data) -> std::optional<QString> {
        for (const QJsonObject &o : splitter->feed(data)) {
            if (onEvent)
                onEvent(Event::fromJson(o));
        }
        if (splitter->hasFailed())
            return splitter->errorString();
        return std::nullopt;
    };
    job->onEnd = [splitter]() -> Result<Success> {
        if (!splitter->finish())
            return Error{splitter->errorString(), {}, {}};
        return Success{};
    };
    return runStream(job);
}

} // namespace Maestro::Docker
