// SPDX-License-Identifier: GPL-3.0-or-later
// EngineClient: images (list, inspect, pull).
#include "docker/engineclient.h"

#include "docker/engineclientprivate.h"

namespace Maestro::Docker {

using namespace Qt::StringLiterals;
using namespace Internal;

EngineClient::Future<QList<ImageSummary>> EngineClient::listImages(const ImageListOptions &options)
{
    return getList<ImageSummary>("/images/json" + options.query());
}

EngineClient::Future<std::optional<ImageDetails>>
EngineClient::inspectImage(const QString &reference)
{
    return getOptional<ImageDetails>("/images/" + pathPart(reference) + "/json");
}

EngineClient::VoidFuture
EngineClient::pullImage(const ImageReference &image, const std::optional<RegistryAuth> &auth,
                        std::function<void(const PullProgress &)> onProgress)
{
    HttpRequest request
        = HttpRequest::post("/images/create?fromImage=" + percentEncode(image.repository())
                            + "&tag=" + percentEncode(image.pullTag()));
    if (auth && !auth->isEmpty())
        request.headers.append(qMakePair(QByteArray("X-Registry-Auth"), auth->headerValue()));
    // spec 12.4: pulls have no timeout (jsonLinesJob waits only for the head)
    return runStream(jsonLinesJob(
        std::move(request), [onProgress, image](const QJsonObject &o) -> std::optional<QString> {
            if (o.contains(u"error"_s) || o.contains(u"errorDetail"_s)) {
                QString message
                    = o.value(u"errorDetail"_s).toObject().value(u"message"_s).toString();
                if (message.isEmpty())
                    message = o.value(u"error"_s).toString();
                return Tr::tr("Pull of image %1 failed: %2").arg(image.familiar(), message);
            }
            if (onProgress)
                onProgress(PullProgress::fromJson(o));
            return std::nullopt;
        }));
}

} // namespace Maestro::Docker
