// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the maestro-guest executable (MAESTRO_GUEST) with exactly the environment a test
// prepares, as a container would see only what `maestro` injected.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct GuestResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// KEY=value entries; nothing of the test's own environment is passed on.
inline QProcessEnvironment guestEnvironment(const QStringList &entries)
{
    QProcessEnvironment environment;
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        environment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    return environment;
}

inline void startGuest(QProcess &process, const QStringList &arguments, const QStringList &entries)
{
    process.setProcessEnvironment(guestEnvironment(entries));
    process.start(QStringLiteral(MAESTRO_GUEST), arguments);
}

// Runs to the end; exitCode stays -1 when the process did not finish normally in time.
inline GuestResult runGuest(const QStringList &arguments, const QStringList &entries)
{
    QProcess process;
    startGuest(process, arguments, entries);
    GuestResult result;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
