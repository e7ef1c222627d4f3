// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "docker/connectionsettings.h"
#include "docker/hostkeyproblem.h"
#include "docker/httprequest.h"
#include "docker/httpresponseparser.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QTimer;

namespace Maestro::Docker {

class Transport;
class SshSession;

// How the client treats one request.
struct RequestOptions
{
    enum class Timeout {
        Request, // the ship's timeout covers the whole exchange
        Head,    // only until the response head arrives (streams)
        None,    // never (waiting for a container to exit)
    };
    Timeout timeout = Timeout::Request;
    int extraTimeoutSeconds = 0; // e.g. a stop's grace period
    QList<int> acceptedStatuses; // besides 2xx, statuses that are not errors (304, 404)
};

// A complete (buffered) response.
struct HttpReply
{
    HttpResponseHead head;
    QByteArray body;
    int status() const { return head.status; }
};

// The I/O-thread half of an EngineClient: owns the transport (created lazily, so an SSH
// session is opened only when the ship is first contacted, KW-30), negotiates the API
// version once (lazily too, KW-41), applies timeouts and turns every failure into an error
// naming the ship, the endpoint, the request, the HTTP status and the daemon's message.
// Lives on and is used only from the client's I/O thread.
class EngineConnection final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Core::Result<HttpReply>)>;
    using HeadCallback = std::function<void(const HttpResponseHead &)>;
    using DataCallback = std::function<void(const QByteArray &)>;

    explicit EngineConnection(ConnectionSettings settings, QObject *parent = nullptr);
    ~EngineConnection() override; // fails every pending call with "client shut down"

    // A buffered request: `done` gets the whole response, or an error (also for statuses
    // >= 400 that are not accepted). Returns an id for cancel().
    quint64 request(const HttpRequest &request, const RequestOptions &options, Done done);
    // A streamed request: `onData` gets body bytes as they arrive (only for successful
    // statuses), then `done` an empty reply or an error.
    quint64 stream(const HttpRequest &request, const RequestOptions &options, HeadCallback onHead,
                   DataCallback onData, Done done);
    // Stops a call; its `done` is not called.
    void cancel(quint64 callId);
    // Lets at least `limit` ordinary requests be in flight at once (never lowers it).
    void raiseRequestLimit(int limit);

    const ConnectionSettings &settings() const { return m_settings; }
    QString apiVersionInUse() const { return m_apiVersion; }
    int openConnectionCount() const;
    int connectionsOpened() const;
    // Set after an SSH connection failed because known_hosts did not vouch for the key.
    std::optional<HostKeyProblem> hostKeyProblem() const;

    // "ship 'x' (endpoint): GET /path: what" — the one place error texts are made.
    Core::Error makeError(const HttpRequest &request, const QString &what) const;
    // The daemon's `message` from an error body, or its start as text.
    static QString daemonMessage(const QByteArray &body);

private:
    struct Call
    {
        quint64 id = 0;
        HttpRequest request;
        RequestOptions options;
        HeadCallback onHead;
        DataCallback onData;
        Done done;
        bool streaming = false;
        quint64 exchange = 0;
        QTimer *timer = nullptr;
        HttpReply reply;
        bool failedStatus = false;
    };

    quint64 enqueue(Call call);
    void startCall(quint64 id);
    void negotiate();
    void finish(quint64 id, Core::Result<HttpReply> result);
    Core::Result<Transport *> transport();
    bool isAccepted(const Call &call, int status) const;

    ConnectionSettings m_settings;
    Transport *m_transport = nullptr;
    SshSession *m_ssh = nullptr;
    Core::Error m_transportError;
    bool m_transportFailed = false;
    QString m_apiVersion;
    bool m_negotiating = false;
    QList<quint64> m_waitingForVersion;
    QHash<quint64, Call> m_calls;
    quint64 m_nextId = 1;
    int m_requestLimit = 0;
};

} // namespace Maestro::Docker
