// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the files that implement EngineClient share (engineclient.h lists them): the
// completion of a future, the two ways a call runs on the I/O thread (call() buffered,
// runStream() streamed) and the conversion of the daemon's JSON. Include it only from
// those files.

#include "docker/engineclient.h"

#include "docker/tr.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace Maestro::Docker {

namespace Internal {

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
            complete(Core::Error{Tr::tr("cancelled: the Docker client was shut down"), {}, {}});
    }
    QFuture<Core::Result<T>> future() { return m_promise.future(); }
    void complete(Core::Result<T> result)
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
    QPromise<Core::Result<T>> m_promise;
    bool m_done = false;
};

// A container, image or exec name or id as one segment of a request path.
QByteArray pathPart(const QString &idOrName);

// The reply's body as a JSON object or array; an error when it is not one.
Core::Result<QJsonObject> jsonObject(const HttpReply &reply);
Core::Result<QJsonArray> jsonArray(const HttpReply &reply);

// For calls whose reply carries nothing to convert.
Core::Result<Core::Success> success(const HttpReply &reply);

// The reply's object as a T (T::fromJson).
template<typename T>
Core::Result<T> objectOf(const HttpReply &reply)
{
    const auto object = jsonObject(reply);
    if (!object)
        return object.error();
    return T::fromJson(*object);
}

// The reply's array as a list of T (T::fromJson for each element).
template<typename T>
Core::Result<QList<T>> listOf(const HttpReply &reply)
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

// The end of a stream whose parser (JsonLineSplitter, LogFrameDecoder) must have consumed
// every byte: success, or the parser's error.
template<typename Parser>
Core::Result<Core::Success> endOfStream(Parser &parser)
{
    if (!parser.finish())
        return Core::Error{parser.errorString(), {}, {}};
    return Core::Success{};
}

} // namespace Internal

// A streamed call: the request, what to do with each piece of body, and how to finish.
// `preflight` runs first when set (logs: learn whether the container has a TTY).
template<typename T>
struct EngineClient::StreamJob
{
    HttpRequest request;
    RequestOptions options;
    std::function<std::optional<QString>(const QByteArray &)> onData; // error text ends it
    std::function<Core::Result<T>()> onEnd;
    std::optional<HttpRequest> preflight;
    std::function<std::optional<Core::Error>(const HttpReply &, StreamJob &)> onPreflight;
    // When set, polled while the stream runs; once it says the work is over, the stream
    // ends even if the connection stays open (QNAM over TLS misses the daemon's
    // close_notify at the end of a hijacked exec stream).
    std::optional<HttpRequest> completionProbe;
    std::function<bool(const HttpReply &)> probeSaysDone;
};

template<typename T>
EngineClient::Future<T>
EngineClient::call(const HttpRequest &request, const RequestOptions &options,
                   std::function<Core::Result<T>(const HttpReply &)> convert)
{
    auto completion = std::make_shared<Internal::Completion<T>>();
    auto future = completion->future();
    post([completion, request, options, convert = std::move(convert)](EngineConnection *c) {
        c->request(request, options,
                   [completion, convert, c, request](Core::Result<HttpReply> reply) {
                       if (!reply) {
                           completion->complete(reply.error());
                           return;
                       }
                       Core::Result<T> converted = convert(*reply);
                       if (!converted) // name the ship and request in conversion errors too
                           converted = c->makeError(request, converted.error().message);
                       completion->complete(std::move(converted));
                   });
    });
    return future;
}

template<typename T>
EngineClient::Future<QList<T>> EngineClient::getList(const QByteArray &target)
{
    return call<QList<T>>(HttpRequest::get(target), {}, Internal::listOf<T>);
}

template<typename T>
EngineClient::Future<std::optional<T>> EngineClient::getOptional(const QByteArray &target)
{
    RequestOptions options;
    options.acceptedStatuses = {404};
    return call<std::optional<T>>(HttpRequest::get(target), options,
                                  [](const HttpReply &reply) -> Core::Result<std::optional<T>> {
                                      if (reply.status() == 404)
                                          return std::optional<T>();
                                      const auto object = Internal::objectOf<T>(reply);
                                      if (!object)
                                          return object.error();
                                      return std::optional<T>(*object);
                                  });
}

template<typename T>
EngineClient::Future<T> EngineClient::runStream(std::shared_ptr<StreamJob<T>> job)
{
    using Core::Result;
    auto completion = std::make_shared<Internal::Completion<T>>();
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
        // The stream is over: the job's result, its error naming the ship and request.
        auto endWithResult = [c, job, end] {
            Result<T> result = job->onEnd();
            if (!result)
                result = c->makeError(job->request, result.error().message);
            end(std::move(result));
        };

        // Asks whether the work is over (completionProbe); once it is, ends the stream.
        auto probe
            = [c, job, state, endWithResult, probeTimer, probing = std::make_shared<bool>(false)] {
                  if (*probing || state->over)
                      return;
                  *probing = true;
                  auto onReply
                      = [c, job, state, endWithResult, probeTimer, probing](Result<HttpReply> r) {
                            *probing = false;
                            if (state->over || !r || !job->probeSaysDone(*r))
                                return;
                            probeTimer->stop();
                            // Leave the last bytes a moment to arrive, then end the stream.
                            QTimer::singleShot(200, c, [c, state, endWithResult] {
                                if (state->over)
                                    return;
                                c->cancel(state->callId);
                                endWithResult();
                            });
                        };
                  c->request(*job->completionProbe, {}, onReply);
              };

        auto startMain = [c, job, state, end, endWithResult, probeTimer, probe] {
            if (state->over)
                return;
            if (probeTimer) {
                QObject::connect(probeTimer, &QTimer::timeout, c, probe);
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
                [end, endWithResult](Result<HttpReply> reply) {
                    if (!reply) {
                        end(Result<T>(reply.error()));
                        return;
                    }
                    endWithResult();
                });
        };
        if (!job->preflight) {
            startMain();
            return;
        }
        state->callId
            = c->request(*job->preflight, {}, [job, end, startMain](Result<HttpReply> reply) {
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

} // namespace Maestro::Docker
