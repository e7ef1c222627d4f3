// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/live/observedstate.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Maestro::Models {

// What is known about one instance's container at one moment: a plain value the status
// monitor builds on its worker thread and hands to the GUI thread, where the models apply
// it. Until live data exists every instance is Unknown.
struct InstanceState
{
    enum class Status { Unknown, Down, Created, Running, Exited, HostDown };
    enum class Check { Unknown, None, Checking, Passed, Failed };

    Status status = Status::Unknown;
    QString imageTag;    // "redis:1" of the running container
    QString containerId; // short (12 hex digits) id
    QDateTime startedAt; // Running: since when
    int exitCode = 0;    // Exited
    Check check = Check::Unknown;
    QString checkDetail;  // "http:admin attempt 3/20", or the last failure
    QString statusDetail; // HostDown: why the ship did not answer
    QString drift;        // how the container differs from the file; "" matches or unknown
    // Our stop killed this container when its timeout of this many seconds ran out (it
    // ignored SIGTERM): its exit code 137 is no crash. 0: not known to be ours.
    int killedAfterTimeoutS = 0;

    // Takes the container facts the StateMonitor observed. The check state stays unless
    // the container was replaced, or a passed check's container no longer runs.
    void applyObserved(const Orchestration::ObservedState &observed);

    friend bool operator==(const InstanceState &, const InstanceState &) = default;

    bool isDrifted() const { return !drift.isEmpty(); }
    // Its container runs although a check of it failed: it serves nothing it should.
    bool runsWithFailedCheck() const { return status == Status::Running && check == Check::Failed; }

    // "running for 5m", "exited (137)", "down", "host down", "unknown": the state column;
    // "running for 5m, check failed" while runsWithFailedCheck(); "stopped (killed after
    // 10 s timeout)" for the 137 of our own stop.
    QString statusText(const QDateTime &now) const;
    // The state column's tooltip: the host-down reason, the start time.
    QString statusToolTip() const;
    // "passed", "checking: tcp:redis attempt 2/20", ...: the check column.
    QString checkText() const;
    // "redis:1 · 3f2a9c1b0d4e", or "" when no container is known.
    QString containerText() const;
};

// Instance name -> state. A snapshot names the instances it knows about; the others keep
// their previous state (the event stream reports one container at a time).
using StateSnapshot = QHash<QString, InstanceState>;

// "5m", "2h 3m", "4d": how long something has been going, coarse as `docker ps` shows it.
QString formatDuration(qint64 seconds);

} // namespace Maestro::Models
