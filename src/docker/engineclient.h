// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "docker/apitypes.h"
#include "docker/connectionsettings.h"
#include "docker/engineconnection.h"
#include "docker/hostkeyproblem.h"
#include "docker/httprequest.h"
#include "docker/imagereference.h"
#include "docker/registryauth.h"
#include "docker/waitcondition.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

class QThread;

namespace Maestro::Docker {

// Counters that show how the client uses its connections (tests and benchmarks).
struct ConnectionStats
{
    QString apiVersion;      // in use; empty before the first versioned request
    int openConnections = 0; // pooled or busy
    int connectionsOpened = 0;
};

// The Docker Engine API client for one ship. Every call may be made from any thread and
// returns at once: a QFuture that finishes with the typed value or an error naming the
// ship, the endpoint, the request, the HTTP status and the daemon's message (never a
// password, key or auth header). The socket I/O runs on the client's own I/O thread,
// driven by signals. Connections are opened lazily and reused.
//
// Streams (logs with follow, events, pull progress) call their callback on the I/O thread
// for each item, in order; keep it short or post the item to your own thread. A stream's
// future finishes when the stream ends or fails; calling QFuture::cancel() on it stops the
// stream at once, and a cancelled future carries no result (check isCanceled()).
// Destroying the client cancels everything still running: those futures finish with a
// "client was shut down" error. Do not destroy the client from inside one of its callbacks.
//
// The implementation is split by API area: engineclient.cpp (the I/O thread, send()),
// engineclientsystem.cpp (system, login, events), engineclientcontainers.cpp (containers,
// logs), engineclientexec.cpp (exec), engineclientimages.cpp (images); what they share is in
// engineclientprivate.h.
class EngineClient final
{
    Q_DISABLE_COPY_MOVE(EngineClient)
public:
    template<typename T>
    using Future = QFuture<Core::Result<T>>;
    using VoidFuture = Future<Core::Success>;

    explicit EngineClient(ConnectionSettings settings);
    ~EngineClient();

    const ConnectionSettings &settings() const { return m_settings; }
    QString endpointDescription() const { return m_settings.endpointDescription(); }
    // Lets at least `n` ordinary requests be in flight at once on their own connections
    // (default 6; a plan runner raises it to its pool size). Streams (events, followed
    // logs, waits) never count. The limit is never lowered; idle connections close by
    // themselves.
    void allowRequestsInFlight(int n);

    // System
    VoidFuture ping();
    Future<VersionInfo> version();
    Future<SystemInfo> info();
    Future<ConnectionStats> connectionStats();
    // After a request failed because the ship's SSH host key is unknown or has changed:
    // that key, so the GUI can offer to trust it (trustHostKey() in connectioncheck.h).
    // nullopt when the last host key check passed or none was made.
    Future<std::optional<HostKeyProblem>> hostKeyProblem();

    // Containers
    Future<QList<ContainerSummary>> listContainers(const ContainerListOptions &options = {});
    // nullopt when the daemon knows no such container (HTTP 404).
    Future<std::optional<ContainerDetails>> inspectContainer(const QString &idOrName);
    // `body` is the create-container JSON (spec 13.2 with limits in HostConfig, KW-37).
    Future<CreatedContainer> createContainer(const QString &name, const QJsonObject &body);
    VoidFuture startContainer(const QString &id); // already running: success
    // `timeoutSeconds` is the daemon's grace period; the request may take that much longer.
    VoidFuture stopContainer(const QString &id, std::optional<int> timeoutSeconds = {});
    VoidFuture killContainer(const QString &id, const QString &signal = {});
    VoidFuture removeContainer(const QString &id, const RemoveOptions &options = {});
    // Waits (without a timeout, cancellable) for the condition; the container's exit code.
    Future<qint64> waitContainer(const QString &id,
                                 WaitCondition condition = WaitCondition::NotRunning);

    // Logs: demultiplexed stdout/stderr. The buffered form for bounded logs (no follow):
    Future<QList<LogEntry>> containerLogs(const QString &id, const LogOptions &options = {});
    // The streamed form (follow or not); ends when the container's output ends.
    VoidFuture streamContainerLogs(const QString &id, const LogOptions &options,
                                   std::function<void(const LogEntry &)> onEntry);

    // Exec (rexec checks)
    Future<QString> createExec(const QString &container, const ExecOptions &options);
    // Runs the exec to completion and returns its output.
    Future<ExecOutput> startExec(const QString &execId);
    Future<ExecDetails> inspectExec(const QString &execId);

    // Images
    Future<QList<ImageSummary>> listImages(const ImageListOptions &options = {});
    Future<std::optional<ImageDetails>> inspectImage(const QString &reference);
    // Pulls with streamed progress; an `error` message in the stream fails the pull.
    VoidFuture pullImage(const ImageReference &image, const std::optional<RegistryAuth> &auth,
                         std::function<void(const PullProgress &)> onProgress = {});

    // POST /auth: the daemon logs in to `auth.serverAddress` with the credentials (it keeps
    // nothing). Wrong credentials give an error with the registry's status; the password is
    // never part of an error or a log line.
    Future<LoginResult> login(const RegistryAuth &auth);

    // Events, streamed until cancelled (or the daemon goes away).
    VoidFuture streamEvents(const EventFilter &filter, std::function<void(const Event &)> onEvent);

    // Any other request, buffered; errors as for the typed calls.
    Future<HttpReply> send(const HttpRequest &request, const RequestOptions &options = {});

private:
    template<typename T>
    struct StreamJob;

    template<typename T>
    Future<T> call(const HttpRequest &request, const RequestOptions &options,
                   std::function<Core::Result<T>(const HttpReply &)> convert);
    template<typename T>
    Future<T> runStream(std::shared_ptr<StreamJob<T>> job);
    void post(std::function<void(EngineConnection *)> work);
    // GET `target`: a JSON array of T; a JSON object as T, or nullopt for HTTP 404.
    template<typename T>
    Future<QList<T>> getList(const QByteArray &target);
    template<typename T>
    Future<std::optional<T>> getOptional(const QByteArray &target);
    // A stream of JSON lines (events, pull progress) until the daemon ends it; `onObject`
    // sees each line's object and may end the stream with an error text.
    static std::shared_ptr<StreamJob<Core::Success>>
    jsonLinesJob(HttpRequest request,
                 std::function<std::optional<QString>(const QJsonObject &)> onObject);

    ConnectionSettings m_settings;
    QThread *m_thread;
    EngineConnection *m_connection;
};

} // namespace Maestro::Docker
