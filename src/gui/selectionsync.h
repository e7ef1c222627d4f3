// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace Maestro::Models {
class EnvironmentTreeModel;
}

namespace Maestro::Gui {

class DependencyGraphScene;
class InstancePanels;

// Keeps the window's one selection: the environment tree's current row selects its service in
// the dependency graph and its instance in the panels that follow it (details, logs, ships); a
// service picked in the graph selects its row, or grouped by ship all its instances' rows, in
// the tree. selectedThings() is what the run actions act on. The tree shows `proxy` over
// `model`. GUI thread only.
class SelectionSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionSync)

public:
    SelectionSync(QTreeView *tree, QSortFilterProxyModel *proxy,
                  Models::EnvironmentTreeModel *model, DependencyGraphScene *scene,
                  InstancePanels *panels, QObject *parent = nullptr);

    // Selects an instance in the tree (and so its service in the graph and its details).
    void selectInstance(const QString &instance);
    // Selects in the tree what the graph shows as `service` (what a click in the graph does).
    void selectService(const QString &service);
    // Selects nothing: the run actions then act on the whole environment.
    void clear();
    // The instance the panels show (empty when none): kept across a change of the tree.
    QString shownInstance() const;
    // What the run actions act on: the selected instances, services (service groups) and
    // the instances of selected ships; empty = the whole environment.
    QStringList selectedThings() const;

signals:
    // The instance selected in the tree (empty when a group or nothing is selected).
    void instanceSelected(const QString &instance);

private:
    void onTreeCurrentChanged(const QModelIndex &current);
    void setTreeCurrent(const QModelIndex &sourceIndex);

    QTreeView *m_tree;
    QSortFilterProxyModel *m_proxy;
    Models::EnvironmentTreeModel *m_model;
    DependencyGraphScene *m_scene;
    InstancePanels *m_panels;
    bool m_syncing = false;
};

} // namespace Maestro::Gui
