// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Maestro::Models {

// The logs view's filter over a LogBufferModel: which streams to show and a search text
// (plain, case-insensitive, on the line without its timestamp). Rows keep their order.
// GUI thread only.
class LogFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterProxyModel)

public:
    enum class Streams { Both, StdoutOnly, StderrOnly };
    Q_ENUM(Streams)

    explicit LogFilterProxyModel(QObject *parent = nullptr);

    void setStreams(Streams streams);
    Streams streams() const { return m_streams; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Streams m_streams = Streams::Both;
    QString m_searchText;
};

} // namespace Maestro::Models
