// SPDX-License-Identifier: GPL-3.0-or-later
#include "logbuffermodel.h"

#include <QColor>

namespace Maestro::Models {

LogBufferModel::LogBufferModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LogBufferModel::setCapacity(int lines)
{
    lines = std::max(lines, 1);
    if (lines == m_capacity)
        return;
    beginResetModel();
    const int keep = std::min(m_size, lines);
    std::vector<LogLine> ring;
    ring.reserve(keep);
    for (int row = m_size - keep; row < m_size; ++row)
        ring.push_back(std::move(m_ring[slot(row)]));
    m_evicted += m_size - keep;
    m_ring = std::move(ring);
    m_capacity = lines;
    m_head = 0;
    m_size = keep;
    endResetModel();
}

void LogBufferModel::append(QList<LogLine> lines)
{
    if (lines.isEmpty())
        return;
    // Lines of this batch that would be evicted at once are never shown.
    qsizetype first = 0;
    if (lines.size() > m_capacity) {
        first = lines.size() - m_capacity;
        m_evicted += first;
    }
    const int count = int(lines.size() - first);
    // The row sequence is what a row shows, so it is assigned for skipped lines too.
    m_nextSequence += first;

    const int overflow = m_size + count - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_head = slot(overflow);
        m_size -= overflow;
        m_evicted += overflow;
        endRemoveRows();
    }

    beginInsertRows({}, m_size, m_size + count - 1);
    for (qsizetype i = first; i < lines.size(); ++i) {
        // Slots fill in order, so a slot past the end is always the next one to grow.
        const qsizetype target = slot(m_size);
        if (target < qsizetype(m_ring.size()))
            m_ring[target] = std::move(lines[i]);
        else
            m_ring.push_back(std::move(lines[i]));
        ++m_size;
    }
    m_nextSequence += count;
    endInsertRows();
}

void LogBufferModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_head = 0;
    m_size = 0;
    m_nextSequence = 0;
    m_evicted = 0;
    endResetModel();
}

const LogLine &LogBufferModel::line(int row) const
{
    return m_ring[slot(row)];
}

int LogBufferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

QVariant LogBufferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &entry = line(index.row());
    const bool isStderr = entry.stream == Docker::OutputStream::Stderr;
    switch (role) {
    case Qt::DisplayRole:
        if (entry.timestamp.isValid()) {
            return tr("%1  %2").arg(
                entry.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz")),
                entry.text);
        }
        return entry.text;
    case Qt::AccessibleTextRole:
        return isStderr ? tr("stderr: %1").arg(entry.text) : entry.text;
    case Qt::ToolTipRole:
        if (entry.timestamp.isValid()) {
            return isStderr ? tr("stderr, %1").arg(entry.timestamp.toString(Qt::ISODateWithMs))
                            : tr("stdout, %1").arg(entry.timestamp.toString(Qt::ISODateWithMs));
        }
        return isStderr ? tr("stderr") : tr("stdout");
    case Qt::ForegroundRole:
        // Readable on light and dark palettes alike.
        return isStderr ? QVariant(QColor(0xd0, 0x3a, 0x2f)) : QVariant();
    case StreamRole:
        return int(entry.stream);
    case TimestampRole:
        return entry.timestamp;
    case TextRole:
        return entry.text;
    case SequenceRole:
        return m_nextSequence - m_size + index.row();
    default:
        return {};
    }
}

QHash<int, QByteArray> LogBufferModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StreamRole, "stream");
    names.insert(TimestampRole, "timestamp");
    names.insert(TextRole, "text");
    names.insert(SequenceRole, "sequence");
    return names;
}

} // namespace Maestro::Models
