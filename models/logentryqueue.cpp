// SPDX-License-Identifier: GPL-3.0-or-later
#include "logentryqueue.h"

namespace Maestro::Models {

void LogEntryQueue::push(const Docker::LogEntry &entry)
{
    QMutexLocker lock(&m_mutex);
    m_entries.append(entry);
    m_bytes += entry.data.size();
    // Dropping from the front keeps the newest output, which is what a follower wants.
    qsizetype dropped = 0;
    while (m_bytes > m_maxBytes && dropped < m_entries.size() - 1) {
        m_bytes -= m_entries.at(dropped).data.size();
        m_droppedBytes += m_entries.at(dropped).data.size();
        ++dropped;
    }
    if (dropped > 0)
        m_entries.remove(0, dropped);
}

LogEntryQueue::Batch LogEntryQueue::take()
{
    QMutexLocker lock(&m_mutex);
    Batch batch{std::exchange(m_entries, {}), std::exchange(m_droppedBytes, 0)};
    m_bytes = 0;
    return batch;
}

} // namespace Maestro::Models
