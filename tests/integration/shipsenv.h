// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "docker/connectionsettings.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFuture>
#include <QHash>
#include <QString>
#include <QTest>

// The test ships started by ships.sh: reads the KEY=value file named by $MAESTRO_SHIPS_ENV.
class ShipsEnv
{
public:
    bool load(QString *error);
    QString value(const QString &key) const { return m_values.value(key); }
    int port(const QString &key) const { return m_values.value(key).toInt(); }
    // MDT_DEAD_PORT once it is shown that nothing listens on it (binding 127.0.0.1 to it
    // works); 0, with the reason in `error`, when something does: a test of an unreachable
    // ship must not pass or fail because of another program.
    int deadPort(QString *error) const;
    // Runs `ships.sh <action> <dir>`; true on success.
    bool runScript(const QString &action) const;

    // Settings that reach a ship of ships.sh: "unix" (ship1), "tcp" (ship2), "tls" (ship3,
    // relative certificate paths found through baseDirectory), "ssh-unix" (ship1's socket
    // through sshd), "ssh-tcp" (ship2's TCP port through sshd), "ssh-tls" (ship3's TLS port
    // through sshd; the endpoint is `localhost`, the name in its certificate).
    Maestro::Docker::ConnectionSettings settingsFor(const QString &transport) const;

private:
    QHash<QString, QString> m_values;
};

// The log of a daemon that ships.sh started with --debug, from the moment this is made on: such
// a daemon logs every request it receives ("Calling GET /v1.43/events"), which tells a test
// that a request has reached it (and is not still in the client).
class DaemonLog
{
public:
    explicit DaemonLog(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    // Whether a request for a path containing `path` was logged since.
    bool received(const QByteArray &path);

private:
    QFile m_file;
    QByteArray m_seen;
};

// Waits for a client call while the event loop runs; a call that does not finish within `ms`
// gives an error that says so (a hang is a failure, not a stuck test).
template<typename T>
Maestro::Core::Result<T> awaitResult(const QFuture<Maestro::Core::Result<T>> &future,
                                     int ms = 30000)
{
    QDeadlineTimer deadline(ms);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(2);
    if (!future.isFinished())
        return Maestro::Core::Error{
            QStringLiteral("HANG: the call did not finish in %1 ms").arg(ms), {}, {}};
    return future.result();
}
