// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/ships/shipclients.h"

#include "core/model/instance.h"
#include "core/result.h"
#include "docker/apitypes.h"

#include <QFuture>

#include <functional>

namespace Maestro::Orchestration {

// What a following follower does (LogFollowOptions::onPhase).
enum class LogFollowPhase {
    Streaming,      // reading the container's log
    WaitingForStart // the container stopped or is absent: waiting for its next start
};

struct LogFollowOptions
{
    int tail = 100; // lines of the existing log shown first; negative: all
    bool timestamps = false;
    bool follow = true;
    // Optional: told each time the follower starts reading or waiting (also again in the
    // same phase), on the follower's own thread, never while an entry is delivered.
    std::function<void(LogFollowPhase)> onPhase;
};

// Streams an instance's logs (KW-19); with follow, keeps following across container
// restarts and re-creations (a new container of the same name) until cancelled: when the
// stream ends it waits for the daemon's next `start` event of that name and resumes, with
// the new output of a restarted container (nothing repeated) or the whole log of a new
// one. Without follow it ends after the current log. An absent container is waited for
// with follow, and is an empty log without.
//
// Entries are whole lines, delivered in order, one at a time, on the client's I/O thread
// or the follower's own thread; keep `onEntry` short. Cancelling the future stops the
// follower within about 50 ms (the future then carries no result); an error (ship down,
// daemon error) ends it. `clients` must outlive the future. Any thread may call it.
QFuture<Core::Result<Core::Success>>
followLogs(ShipClients &clients, const Core::Instance &instance, const LogFollowOptions &options,
           std::function<void(const Docker::LogEntry &)> onEntry);

// The logs of several instances as one stream (a service's): followLogs() for each, every
// line prefixed with "instance | " (after the timestamp when there is one), delivered one at
// a time. Ends once every follower has ended, with the first error if any; cancelling it
// cancels them all. The same rules as followLogs() otherwise (`onPhase` is not used).
QFuture<Core::Result<Core::Success>>
followLogsTogether(ShipClients &clients, const QList<Core::Instance> &instances,
                   const LogFollowOptions &options,
                   std::function<void(const Docker::LogEntry &)> onEntry);

} // namespace Maestro::Orchestration
