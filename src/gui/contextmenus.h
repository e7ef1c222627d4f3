// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QPoint;
class QTreeView;
class QWidget;

namespace Maestro::Models {
class EnvironmentTreeModel;
}

namespace Maestro::Gui {

class GraphView;
class InstanceActions;
class RunActions;
class SelectionSync;
class StructureActions;

// The context menus of the environment tree and the dependency graph: the run entries for
// what was clicked, then that instance's container entries (tree, or a service of one
// instance in the graph), then the tree's structure entries, or the graph's view entries on
// its background. GUI thread only.
class ContextMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextMenus)

public:
    struct Parts
    {
        QTreeView *tree;
        GraphView *graph;
        Models::EnvironmentTreeModel *model;
        SelectionSync *selection;
        RunActions *runs;
        InstanceActions *instances;
        StructureActions *structure;
        QList<QAction *> graphViewActions; // zoom, fit, export: on the graph's background
    };

    ContextMenus(const Parts &parts, QWidget *window);

private:
    void showTreeMenu(const QPoint &position);
    void showGraphMenu(const QPoint &globalPos, const QString &service);

    Parts m_parts;
    QWidget *m_window;
};

} // namespace Maestro::Gui
