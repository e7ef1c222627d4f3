// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextmenus.h"

#include "selectionsync.h"

#include "gui/graph/graphview.h"
#include "gui/instance/instanceactions.h"
#include "gui/run/runactions.h"
#include "gui/structure/structureactions.h"

#include "models/environmenttreemodel.h"

#include <QTreeView>

namespace Maestro::Gui {

ContextMenus::ContextMenus(const Parts &parts, QWidget *window)
    : QObject(window)
    , m_parts(parts)
    , m_window(window)
{
    m_parts.tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_parts.tree, &QWidget::customContextMenuRequested, this, &ContextMenus::showTreeMenu);
    connect(m_parts.graph, &GraphView::contextMenuRequested, this, &ContextMenus::showGraphMenu);
}

void ContextMenus::showTreeMenu(const QPoint &position)
{
    // On an instance: its container's entries after the run actions; they go with the menu.
    QObject menuScope;
    const QString instance = m_parts.tree->indexAt(position)
                                 .data(Models::EnvironmentTreeModel::InstanceNameRole)
                                 .toString();
    QList<QAction *> more = instance.isEmpty()
                                ? QList<QAction *>()
                                : m_parts.instances->actionsFor(instance, &menuScope);
    more += m_parts.structure->contextMenuActions(); // on the row clicked, which is now current
    m_parts.runs->showMenu(m_parts.tree->viewport()->mapToGlobal(position), more, m_window);
}

void ContextMenus::showGraphMenu(const QPoint &globalPos, const QString &service)
{
    // The menu acts on what the graph shows selected: the service's instances, or for the
    // background nothing, which the run actions take as the whole environment.
    QList<QAction *> view;
    if (service.isEmpty()) {
        m_parts.selection->clear();
        view = m_parts.graphViewActions;
    } else {
        m_parts.selection->selectService(service);
    }
    // A service of one instance: that instance's container entries as well.
    QObject menuScope;
    const Core::EnvironmentPtr environment = m_parts.model->environment();
    const Core::Service *node = environment ? environment->service(service) : nullptr;
    if (node && node->instances.size() == 1)
        view += m_parts.instances->actionsFor(node->instances.constFirst(), &menuScope);
    m_parts.runs->showMenu(globalPos, view, m_window);
}

} // namespace Maestro::Gui
