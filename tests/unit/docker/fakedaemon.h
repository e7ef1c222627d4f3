// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;
class QThread;
class QTimer;

// A tiny scripted "Docker daemon" on a unix socket, for what a real daemon cannot be made to
// do: truncated chunks, stalled responses, garbage, resets. Runs on its own thread so tests
// may block on futures. Routes (after an optional /vX.Y prefix):
//   /_ping, /version           normal answers (ApiVersion 1.41)
//   /containers/json            a chunked JSON list cut into odd chunk sizes
//   /containers/missing/json    404 {"message":"No such container: missing"}
//   /containers/tty/json, /containers/plain/json  inspect results (Tty true/false)
//   /containers/plain/logs      multiplexed frames; /containers/tty/logs raw
//   /truncated                  a chunk cut short, then the connection closes
//   /stall                      reads the request, never answers
//   /stallbody                  sends the head and part of a body, then nothing
//   /garbage                    200 with a non-JSON body
//   /notjson-http               bytes that are not HTTP at all
//   /reset                      closes the connection without a byte
//   /events                     an event every 50 ms, forever
//   /images/create              records X-Registry-Auth, answers with an error message
//   /closeidle                  answers, then closes the connection (pool must cope)
//   /containers/follow/logs     a followed log: one frame, then open forever
//   /containers/{id}/stop       held until holdStops() requests are held at once (or 2 s
//                               after the last arrived), then all answered with 204
class FakeDaemon : public QObject
{
    Q_OBJECT
public:
    explicit FakeDaemon(const QString &socketPath);
    ~FakeDaemon() override;

    int connectionCount() const; // accepted so far
    // Connections not closed yet, by either side.
    int openConnections() const;
    // /events streams whose connection the client has not closed yet.
    int openEventStreams() const;
    QList<QByteArray> requestLines() const;
    QByteArray lastRegistryAuth() const;
    // Stop requests are answered once `count` of them are held at once.
    void holdStops(int count);
    // The most stop requests that were held at the same time.
    int maxStopsInFlight() const;

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    void holdStop(QLocalSocket *socket);
    void releaseStops();
    void respond(QLocalSocket *socket, const QByteArray &method, const QByteArray &path,
                 const QByteArray &headers);

    QThread *m_thread;
    QLocalServer *m_server = nullptr;
    QString m_path;
    mutable QMutex m_mutex;
    int m_connections = 0;
    int m_openEventStreams = 0;
    int m_openConnections = 0;
    QList<QByteArray> m_requestLines;
    QByteArray m_registryAuth;
    QList<QLocalSocket *> m_heldStops; // the daemon's thread only
    QTimer *m_releaseTimer = nullptr;
    int m_holdTarget = 1;
    int m_maxStopsInFlight = 0;
};
