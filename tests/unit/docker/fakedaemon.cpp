// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakedaemon.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>
#include <QTimer>
#include <QVariant>

namespace {
QByteArray response(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status)
           + " X\r\nApi-Version: 1.41\r\nContent-Type: application/json\r\n" + extra
           + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray frame(int stream, const QByteArray &payload)
{
    QByteArray h(8, '\0');
    h[0] = char(stream);
    h[7] = char(payload.size());
    return h + payload;
}

QByteArray containerList()
{
    QByteArray list = "[";
    for (int i = 0; i < 40; ++i) {
        if (i)
            list += ',';
        list
            += R"({"Id":"id)" + QByteArray::number(i) + R"(","Names":["/c)" + QByteArray::number(i)
               + R"("],"Image":"mdt/busybox:test","State":"running","Status":"Up","Created":1700000000,"Labels":{"k":"v"}})";
    }
    return list + "]";
}
} // namespace

FakeDaemon::FakeDaemon(const QString &socketPath)
    : m_thread(new QThread)
    , m_path(socketPath)
{
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        this,
        [this] {
            QLocalServer::removeServer(m_path);
            m_server = new QLocalServer(this);
            m_server->listen(m_path);
            connect(m_server, &QLocalServer::newConnection, this, &FakeDaemon::onNewConnection);
        },
        Qt::BlockingQueuedConnection);
}

FakeDaemon::~FakeDaemon()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            delete m_server; // closes every connection (children)
            m_server = nullptr;
            // Timers go on their own thread: the object is destroyed on the caller's.
            delete m_releaseTimer;
            m_releaseTimer = nullptr;
            moveToThread(nullptr);
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

int FakeDaemon::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

int FakeDaemon::openConnections() const
{
    QMutexLocker lock(&m_mutex);
    return m_openConnections;
}

int FakeDaemon::openEventStreams() const
{
    QMutexLocker lock(&m_mutex);
    return m_openEventStreams;
}

QList<QByteArray> FakeDaemon::requestLines() const
{
    QMutexLocker lock(&m_mutex);
    return m_requestLines;
}

QByteArray FakeDaemon::lastRegistryAuth() const
{
    QMutexLocker lock(&m_mutex);
    return m_registryAuth;
}

void FakeDaemon::holdStops(int count)
{
    QMutexLocker lock(&m_mutex);
    m_holdTarget = count;
}

int FakeDaemon::maxStopsInFlight() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxStopsInFlight;
}

void FakeDaemon::holdStop(QLocalSocket *socket)
{
    m_heldStops.append(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_heldStops.removeAll(socket); });
    int target = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_maxStopsInFlight = std::max(m_maxStopsInFlight, int(m_heldStops.size()));
        target = m_holdTarget;
    }
    if (m_heldStops.size() >= target) {
        releaseStops();
        return;
    }
    // A client that never sends `target` at once still gets its answers, only later.
    if (!m_releaseTimer) {
        m_releaseTimer = new QTimer(this);
        m_releaseTimer->setSingleShot(true);
        connect(m_releaseTimer, &QTimer::timeout, this, &FakeDaemon::releaseStops);
    }
    m_releaseTimer->start(2000);
}

void FakeDaemon::releaseStops()
{
    if (m_releaseTimer)
        m_releaseTimer->stop();
    for (QLocalSocket *socket : std::exchange(m_heldStops, {}))
        socket->write("HTTP/1.1 204 No Content\r\nApi-Version: 1.41\r\n\r\n");
}

void FakeDaemon::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        {
            QMutexLocker lock(&m_mutex);
            ++m_connections;
            ++m_openConnections;
        }
        connect(socket, &QLocalSocket::disconnected, this, [this] {
            QMutexLocker lock(&m_mutex);
            --m_openConnections;
        });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeDaemon::onReadyRead(QLocalSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            break;
        buffer.remove(0, end + 4 + length);
        const QByteArray requestLine = head.left(head.indexOf('\r'));
        const QList<QByteArray> parts = requestLine.split(' ');
        QByteArray path = parts.value(1);
        if (path.startsWith("/v1.")) // strip the version prefix
            path = path.mid(path.indexOf('/', 1));
        {
            QMutexLocker lock(&m_mutex);
            m_requestLines.append(requestLine);
        }
        respond(socket, parts.value(0), path, head);
    }
    socket->setProperty("buffer", buffer);
}

void FakeDaemon::respond(QLocalSocket *socket, const QByteArray &, const QByteArray &path,
                         const QByteArray &headers)
{
    const QByteArray route = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
    if (route == "/_ping") {
        socket->write(response(200, "OK"));
    } else if (route == "/version") {
        socket->write(
            response(200, R"({"Version":"fake","ApiVersion":"1.41","MinAPIVersion":"1.12"})"));
    } else if (route == "/containers/json") {
        const QByteArray body = containerList();
        QByteArray wire = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n";
        for (qsizetype pos = 0, n = 1; pos < body.size(); pos += n, n = n * 3 + 1)
            wire += chunk(body.mid(pos, n));
        wire += "0\r\n\r\n";
        // Written in two pieces so the client sees a split in the middle of a chunk.
        socket->write(wire.left(wire.size() / 2 + 3));
        socket->flush();
        socket->write(wire.mid(wire.size() / 2 + 3));
    } else if (route == "/containers/missing/json") {
        socket->write(response(404, R"({"message":"No such container: missing"})"));
    } else if (route == "/containers/tty/json" || route == "/containers/plain/json") {
        const bool tty = route.contains("tty");
        socket->write(response(200, R"({"Id":"abc","Name":"/x","Config":{"Tty":)"
                                        + QByteArray(tty ? "true" : "false")
                                        + R"(},"State":{"Running":true}})"));
    } else if (route == "/containers/plain/logs") {
        const QByteArray body = frame(1, "out 1\n") + frame(2, "err 1\n") + frame(1, "out 2\n");
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk(body.left(11))
                      + chunk(body.mid(11)) + "0\r\n\r\n");
    } else if (route == "/containers/tty/logs") {
        socket->write(response(200, "raw tty text\n"));
    } else if (route == "/truncated") {
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n[{\"Id\":");
        socket->flush();
        socket->disconnectFromServer();
    } else if (route == "/stall") {
        // nothing
    } else if (route == "/stallbody") {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n[{\"Id\":");
    } else if (route == "/garbage" || route == "/containers/garbage/json") {
        socket->write(response(200, "this is {not json"));
    } else if (route == "/notjson-http") {
        socket->write("SSH-2.0-OpenSSH_9.2\r\nProtocol mismatch.\r\n");
        socket->flush();
        socket->disconnectFromServer();
    } else if (route == "/reset") {
        socket->abort();
    } else if (route == "/events") {
        {
            QMutexLocker lock(&m_mutex);
            ++m_openEventStreams;
        }
        // Queued to the daemon object's thread: safe after the server thread has ended.
        connect(socket, &QLocalSocket::disconnected, this, [this] {
            QMutexLocker lock(&m_mutex);
            --m_openEventStreams;
        });
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        auto *timer = new QTimer(socket);
        int *n = new int(0);
        connect(timer, &QTimer::destroyed, [n] { delete n; });
        connect(timer, &QTimer::timeout, socket, [socket, n] {
            ++*n;
            socket->write(chunk(R"({"Type":"container","Action":"start","Actor":{"ID":"c)"
                                + QByteArray::number(*n)
                                + R"(","Attributes":{"name":"n"}},"timeNano":1})"
                                  "\n"));
        });
        timer->start(50);
    } else if (route == "/images/create") {
        for (const QByteArray &line : headers.split('\n')) {
            if (line.toLower().startsWith("x-registry-auth:")) {
                QMutexLocker lock(&m_mutex);
                m_registryAuth = line.mid(16).trimmed();
            }
        }
        socket->write(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + chunk(R"({"status":"Pulling from x/y","id":"1"})"
                    "\n")
            + chunk(
                R"({"errorDetail":{"message":"unauthorized: bad credentials"},"error":"unauthorized: bad credentials"})"
                "\n")
            + "0\r\n\r\n");
    } else if (route.startsWith("/containers/") && route.endsWith("/stop")) {
        holdStop(socket);
    } else if (route == "/containers/follow/logs") {
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + chunk(frame(1, "following\n")));
    } else if (route == "/closeidle") {
        socket->write(response(200, "{}"));
        socket->flush();
        socket->disconnectFromServer();
    } else {
        socket->write(response(404, R"({"message":"page not found"})"));
    }
}
