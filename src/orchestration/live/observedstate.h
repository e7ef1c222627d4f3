// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/apitypes.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace Maestro::Orchestration {

// What a ship's daemon said about one instance's container at one moment: the unit the
// StateMonitor reports. A plain value, built on whichever thread parses the daemon's
// answer and safe to pass through queued connections.
struct ObservedState
{
    enum class Status { Down, Created, Running, Exited, HostDown };

    Status status = Status::Down;
    QString image;       // as the container was created ("redis:7")
    QString containerId; // short id (12 hex digits); empty when there is no container
    QDateTime startedAt; // Running: since when (as precise as the daemon tells)
    int exitCode = 0;    // Exited
    QString detail;      // HostDown: why the ship did not answer

    friend bool operator==(const ObservedState &, const ObservedState &) = default;

    // Reads one entry of `GET /containers/json?all=1`. The list has no start time, so a
    // running container's start is derived from Docker's "Up 5 minutes" text relative to
    // `now`; the StateMonitor replaces it with the exact time of a `start` event when it
    // saw one.
    static ObservedState fromSummary(const Docker::ContainerSummary &summary, const QDateTime &now);
    static ObservedState hostDown(const QString &reason);
};

// Instance name -> observed state, for the instances of one or more ships.
using ObservedStates = QHash<QString, ObservedState>;

// "Up 5 minutes" -> 300, "Up About an hour" -> 3600, "Up Less than a second" -> 0;
// -1 when the text is not Docker's running status.
qint64 secondsUpFromStatus(const QString &status);
// "Exited (137) 2 minutes ago" -> 137; 0 when the text carries no code.
int exitCodeFromStatus(const QString &status);

} // namespace Maestro::Orchestration

Q_DECLARE_METATYPE(Maestro::Orchestration::ObservedStates)
