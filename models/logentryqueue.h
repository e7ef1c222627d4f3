// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/apitypes.h"

#include <QList>
#include <QMutex>

namespace Maestro::Models {

// Hands log entries from the Docker client's I/O thread to the GUI thread: push() from
// the stream callback (a lock and an append, nothing more), take() from the GUI thread's
// batch timer. Bounded in bytes: when the GUI falls behind a flood, the oldest entries
// are dropped and counted rather than piling up. Thread-safe.
class LogEntryQueue
{
    Q_DISABLE_COPY_MOVE(LogEntryQueue)

public:
    explicit LogEntryQueue(qsizetype maxBytes)
        : m_maxBytes(maxBytes)
    {}

    struct Batch
    {
        QList<Docker::LogEntry> entries;
        qint64 droppedBytes = 0;
    };

    void push(const Docker::LogEntry &entry);
    Batch take();

private:
    const qsizetype m_maxBytes;
    QMutex m_mutex;
    QList<Docker::LogEntry> m_entries;
    qsizetype m_bytes = 0;
    qint64 m_droppedBytes = 0;
};

} // namespace Maestro::Models
