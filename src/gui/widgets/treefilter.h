// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>

class QSortFilterProxyModel;
class QTreeView;

namespace Maestro::Gui {

// Filters a two-level tree (groups and their rows) as the user types, and keeps the groups'
// expansion: while a filter is set every match shows (all groups expanded); once it is
// cleared, the groups the user had collapsed before stay collapsed and all others are
// expanded again (the proxy re-inserts the rows it had filtered out collapsed). Groups are
// told apart by their display text. GUI thread only.
class TreeFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeFilter)

public:
    TreeFilter(QTreeView *view, QSortFilterProxyModel *proxy, QObject *parent = nullptr);

    void setText(const QString &text);

private:
    QTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
    QSet<QString> m_collapsed; // before the filter was set
    bool m_filtering = false;
};

} // namespace Maestro::Gui
