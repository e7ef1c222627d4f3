// SPDX-License-Identifier: GPL-3.0-or-later
#include "treefilter.h"

#include <QSortFilterProxyModel>
#include <QTreeView>

namespace Maestro::Gui {

TreeFilter::TreeFilter(QTreeView *view, QSortFilterProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_proxy(proxy)
{}

void TreeFilter::setText(const QString &text)
{
    if (!text.isEmpty() && !m_filtering) {
        m_collapsed.clear();
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex group = m_proxy->index(row, 0);
            if (!m_view->isExpanded(group))
                m_collapsed.insert(group.data().toString());
        }
    }
    m_filtering = !text.isEmpty();
    m_proxy->setFilterFixedString(text);
    if (m_filtering) {
        m_view->expandAll();
        return;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex group = m_proxy->index(row, 0);
        m_view->setExpanded(group, !m_collapsed.contains(group.data().toString()));
    }
}

} // namespace Maestro::Gui
