// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/engineclient.h"

#include "docker/engineclientprivate.h"
#include "docker/jsonlinesplitter.h"
#include "docker/logging.h"

#include <QThread>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;
using Core::Success;

namespace Internal {

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

Result<Success> success(const HttpReply &)
{
    return Success{};
}

} // namespace Internal

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
    QMetaObject::invokeMethod(
        connection, [connection, work = std::move(work)] { work(connection); },
        Qt::QueuedConnection);
}

std::shared_ptr<EngineClient::StreamJob<Success>>
EngineClient::jsonLinesJob(HttpRequest request,
                           std::function<std::optional<QString>(const QJsonObject &)> onObject)
{
    auto job = std::make_shared<StreamJob<Success>>();
    job->request = std::move(request);
    job->options.timeout = RequestOptions::Timeout::Head;
    auto splitter = std::make_shared<JsonLineSplitter>();
    job->onData = [splitter, onObject](const QByteArray &data) -> std::optional<QString> {
        for (const QJsonObject &o : splitter->feed(data)) {
            if (auto error = onObject(o))
                return error;
        }
        if (splitter->hasFailed())
            return splitter->errorString();
        return std::nullopt;
    };
    job->onEnd = [splitter] { return Internal::endOfStream(*splitter); };
    return job;
}

EngineClient::Future<HttpReply> EngineClient::send(const HttpRequest &request,
                                                   const RequestOptions &options)
{
    return call<HttpReply>(request, options,
                           [](const HttpReply &r) { return Result<HttpReply>(r); });
}

} // namespace Maestro::Docker
