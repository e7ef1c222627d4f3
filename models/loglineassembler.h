// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/logline.h"

#include "docker/apitypes.h"

#include <QByteArray>
#include <QList>

namespace Maestro::Models {

// Turns the chunks of a log stream (cut anywhere by the transport) into lines, one
// partial line per stream, so interleaved stdout and stderr do not mix. A line longer
// than maxLineBytes() is cut there, so a container that never prints a line break cannot
// grow a line without bound. With `timestamps`, the daemon's RFC 3339 prefix of each line
// is parsed off. Not thread-safe; the logs session uses it on the GUI thread.
class LogLineAssembler
{
public:
    explicit LogLineAssembler(bool timestamps = false)
        : m_timestamps(timestamps)
    {}

    static constexpr qsizetype maxLineBytes() { return 8192; }

    // Appends the complete lines of `entry` to `lines`.
    void feed(const Docker::LogEntry &entry, QList<LogLine> &lines);
    // End of the stream: the partial lines left, stdout's first.
    void flush(QList<LogLine> &lines);
    void reset(bool timestamps);

private:
    LogLine makeLine(Docker::OutputStream stream, QByteArrayView bytes) const;
    QByteArray &pendingFor(Docker::OutputStream stream);

    bool m_timestamps;
    QByteArray m_pendingStdout;
    QByteArray m_pendingStderr;
};

} // namespace Maestro::Models
