// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/apitypes.h"

#include <QList>
#include <QMap>

#include <optional>
#include <utility>

namespace Maestro::Orchestration {

// Turns the chunks of a log stream requested with `timestamps=1` into whole lines, each
// with its Docker timestamp (RFC 3339 with nanoseconds), and drops the lines at or before
// the newest one already delivered: when a log follower reconnects to a restarted
// container with `since` (whole seconds), the lines of that second it saw before are not
// repeated. The timestamps are removed unless `keepTimestamps`. Not thread-safe; one per
// follower.
class LogLineFilter
{
public:
    explicit LogLineFilter(bool keepTimestamps);

    // The complete lines in `chunk` (plus what earlier chunks left of their stream's line).
    QList<Docker::LogEntry> feed(const Docker::LogEntry &chunk);
    // What is left of unterminated lines, e.g. when a stream ends without a newline.
    QList<Docker::LogEntry> flush();
    // Lines of a new container are all new: forget the newest timestamp.
    void forgetHorizon() { m_newest.reset(); }
    // The newest delivered timestamp in whole UNIX seconds, for `since` (nullopt: none yet).
    std::optional<qint64> newestSecond() const;

private:
    std::optional<Docker::LogEntry> line(Docker::OutputStream stream, QByteArray text);

    bool m_keepTimestamps;
    QMap<int, QByteArray> m_partial;                   // by OutputStream
    std::optional<std::pair<qint64, qint64>> m_newest; // seconds, nanoseconds
};

} // namespace Maestro::Orchestration
