// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "docker/apitypes.h"

#include <QFuture>

#include <functional>

namespace Maestro::Models {

// What the logs view asks of a container's output.
struct LogRequest
{
    int tail = 500; // lines of history before following; negative: all
    bool timestamps = false;
    bool follow = true;
};

// Called for each chunk of output, on whatever thread the source streams on.
using LogEntryCallback = std::function<void(const Docker::LogEntry &)>;

// Starts streaming one instance's output (the application binds it to the orchestration
// layer's log follower for the selected instance; tests bind a daemon or a generator).
// The future finishes when the output ends, fails with a readable error, and stops the
// stream when cancelled.
using LogSource = std::function<QFuture<Core::VoidResult>(const LogRequest &, LogEntryCallback)>;

} // namespace Maestro::Models
