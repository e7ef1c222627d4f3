// SPDX-License-Identifier: GPL-3.0-or-later
// EngineClient: commands run in a container (the exec API, for rexec checks).
#include "docker/engineclient.h"

#include "docker/engineclientprivate.h"
#include "docker/logframedecoder.h"

namespace Maestro::Docker {

using namespace Qt::StringLiterals;
using Core::Error;
using Core::Result;
using namespace Internal;

EngineClient::Future<QString> EngineClient::createExec(const QString &container,
                                                       const ExecOptions &options)
{
    QJsonObject body{{u"AttachStdin"_s, false},
                     {u"AttachStdout"_s, true},
                     {u"AttachStderr"_s, true},
                     {u"Tty"_s, false},
                     {u"Privileged"_s, options.privileged},
                     {u"User"_s, options.user},
                     {u"Cmd"_s, QJsonArray::fromStringList(options.command)}};
    if (!options.env.isEmpty())
        body.insert(u"Env"_s, QJsonArray::fromStringList(options.env));
    if (!options.workingDir.isEmpty())
        body.insert(u"WorkingDir"_s, options.workingDir);
    return call<QString>(HttpRequest::postJson("/containers/" + pathPart(container) + "/exec",
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
            QByteArray &target
                = chunk.stream == OutputStream::Stderr ? output->stderrData : output->stdoutData;
            if (target.size() < 16 * 1024 * 1024)
                target.append(chunk.data);
        }
        if (decoder->hasFailed())
            return decoder->errorString();
        return std::nullopt;
    };
    job->onEnd = [decoder, output]() -> Result<ExecOutput> {
        if (const auto end = endOfStream(*decoder); !end)
            return end.error();
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
                             objectOf<ExecDetails>);
}

} // namespace Maestro::Docker
