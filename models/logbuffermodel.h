// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/logline.h"

#include <QAbstractListModel>
#include <QList>

#include <vector>

namespace Maestro::Models {

// The last capacity() lines of one container's output, in arrival order: a ring buffer,
// so a chatty container costs a bounded amount of memory. Appending past the capacity
// evicts the oldest rows (rowsRemoved at the top) before the new ones are inserted at the
// bottom (rowsInserted), so views keep their scroll position and selection honest.
// GUI thread only (LogSession feeds it in batches).
class LogBufferModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogBufferModel)

public:
    enum Role {
        StreamRole = Qt::UserRole + 1, // int: Docker::OutputStream
        TimestampRole,                 // QDateTime, invalid without timestamps
        TextRole,                      // QString: the line alone, without its timestamp
        SequenceRole,                  // qint64: 0-based number of the line since clear()
    };

    static constexpr int defaultCapacity() { return 10000; }

    explicit LogBufferModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    // Keeps the newest `lines` rows (at least 1).
    void setCapacity(int lines);

    void append(QList<LogLine> lines);
    void clear();

    const LogLine &line(int row) const;
    // Lines appended since clear() that are no longer (or never were) in the buffer.
    qint64 evictedCount() const { return m_evicted; }
    qint64 appendedCount() const { return m_nextSequence; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    qsizetype slot(int row) const { return (m_head + row) % m_capacity; }

    int m_capacity = defaultCapacity();
    std::vector<LogLine> m_ring; // grows up to m_capacity, then slots are reused
    qsizetype m_head = 0;        // slot of row 0
    int m_size = 0;
    qint64 m_nextSequence = 0; // sequence of the next appended line
    qint64 m_evicted = 0;
};

} // namespace Maestro::Models
