// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfilterproxymodel.h"

#include "models/logbuffermodel.h"

namespace Maestro::Models {

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Appended rows are filtered as they arrive; nothing is ever sorted.
    setDynamicSortFilter(true);
}

void LogFilterProxyModel::setStreams(Streams streams)
{
    if (streams == m_streams)
        return;
    m_streams = streams;
    invalidateFilter();
}

void LogFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    invalidateFilter();
}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_streams != Streams::Both) {
        const bool isStderr
            = index.data(LogBufferModel::StreamRole).toInt() == int(Docker::OutputStream::Stderr);
        if (isStderr != (m_streams == Streams::StderrOnly))
            return false;
    }
    return m_searchText.isEmpty()
           || index.data(LogBufferModel::TextRole)
                  .toString()
                  .contains(m_searchText, Qt::CaseInsensitive);
}

} // namespace Maestro::Models
