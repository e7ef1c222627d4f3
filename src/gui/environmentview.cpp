// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentview.h"

#include "core/model/environment.h"

#include "models/environmenttreemodel.h"
#include "models/instancestate.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace Maestro::Gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Gui::EnvironmentView)
};
} // namespace

using Models::EnvironmentTreeModel;

void setUpEnvironmentView(QTreeView *view, QSortFilterProxyModel *proxy,
                          EnvironmentTreeModel *model)
{
    proxy->setSourceModel(model);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Groups keep document order until the user sorts by a column.
    proxy->sort(-1);
    view->setModel(proxy);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->header()->setStretchLastSection(true);
}

void fitEnvironmentView(QTreeView *view)
{
    view->expandAll();
    // Sized once per file: large environments would make this a full scan on every change.
    for (int column = 0; column < EnvironmentTreeModel::ColumnCount - 1; ++column)
        view->resizeColumnToContents(column);
    // Live state arrives later and is longer than "unknown": leave room for it.
    QHeaderView *header = view->header();
    const int stateWidth = header->fontMetrics().horizontalAdvance(
                               Tr::tr("running for %1").arg(Models::formatDuration(59 * 60)))
                           + 16;
    if (header->sectionSize(EnvironmentTreeModel::StateColumn) < stateWidth)
        header->resizeSection(EnvironmentTreeModel::StateColumn, stateWidth);
}

QString environmentSummary(const Core::Environment *environment, int errors)
{
    QString text;
    if (environment) {
        text = Tr::tr("%n ship(s)", nullptr, int(environment->ships.size())) + QStringLiteral(", ")
               + Tr::tr("%n service(s)", nullptr, int(environment->services.size()))
               + QStringLiteral(", ")
               + Tr::tr("%n instance(s)", nullptr, int(environment->instances.size()));
    }
    if (errors > 0) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" · "))
                + Tr::tr("%n error(s)", nullptr, errors);
    }
    return text;
}

} // namespace Maestro::Gui
