// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionsync.h"

#include "gui/graph/dependencygraphscene.h"
#include "gui/instance/detailspanel.h"
#include "gui/instance/instancepanels.h"

#include "models/environmenttreemodel.h"
#include "models/instancedetailsmodel.h"

#include <QSortFilterProxyModel>
#include <QTreeView>

namespace Maestro::Gui {

using Models::EnvironmentTreeModel;

SelectionSync::SelectionSync(QTreeView *tree, QSortFilterProxyModel *proxy,
                             EnvironmentTreeModel *model, DependencyGraphScene *scene,
                             InstancePanels *panels, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
    , m_proxy(proxy)
    , m_model(model)
    , m_scene(scene)
    , m_panels(panels)
{
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SelectionSync::onTreeCurrentChanged);
    connect(m_scene, &DependencyGraphScene::serviceSelected, this, &SelectionSync::selectService);
}

QString SelectionSync::shownInstance() const
{
    return m_panels->detailsPanel()->model()->instance();
}

void SelectionSync::setTreeCurrent(const QModelIndex &sourceIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void SelectionSync::selectInstance(const QString &instance)
{
    setTreeCurrent(m_model->indexForInstance(instance));
}

void SelectionSync::clear()
{
    m_tree->selectionModel()->clear();
}

void SelectionSync::onTreeCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    const QString instance = source.data(EnvironmentTreeModel::InstanceNameRole).toString();
    const QString service = source.data(EnvironmentTreeModel::ServiceNameRole).toString();
    if (!instance.isEmpty() || !source.isValid())
        m_panels->showInstance(instance);
    else if (!service.isEmpty())
        m_panels->showService(service); // a service's group: its instances' logs together
    emit instanceSelected(instance);
    if (m_syncing)
        return;
    m_syncing = true;
    m_scene->selectService(service);
    m_syncing = false;
}

void SelectionSync::selectService(const QString &service)
{
    if (m_syncing || service.isEmpty())
        return;
    m_syncing = true;
    const bool byService = m_model->grouping() == EnvironmentTreeModel::Grouping::ByService;
    const Core::Service *s
        = m_model->environment() ? m_model->environment()->service(service) : nullptr;
    if (byService)
        setTreeCurrent(m_model->indexForGroup(service));
    else if (s && !s->instances.isEmpty())
        setTreeCurrent(m_model->indexForInstance(s->instances.first()));
    // Grouped by ship, the service's instances are spread over the ships: select them all,
    // so the run actions act on the service picked in the graph.
    if (!byService && s) {
        QItemSelection selection;
        for (const QString &instance : s->instances) {
            const QModelIndex row = m_proxy->mapFromSource(m_model->indexForInstance(instance));
            if (row.isValid())
                selection.select(row, row);
        }
        m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                        | QItemSelectionModel::Rows);
    }
    m_syncing = false;
}

QStringList SelectionSync::selectedThings() const
{
    QStringList things;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    const Core::EnvironmentPtr environment = m_model->environment();
    if (!environment)
        return things;
    const auto add = [&things](const QString &thing) {
        if (!thing.isEmpty() && !things.contains(thing))
            things.append(thing);
    };
    for (const QModelIndex &proxyIndex : rows) {
        const QModelIndex index = m_proxy->mapToSource(proxyIndex);
        const QString instance = index.data(EnvironmentTreeModel::InstanceNameRole).toString();
        if (!instance.isEmpty()) {
            add(instance);
            continue;
        }
        const QString service = index.data(EnvironmentTreeModel::ServiceNameRole).toString();
        if (!service.isEmpty()) {
            add(service);
            continue;
        }
        // A ship: its instances (the command line has no ship selector besides -S).
        const QString ship = index.data(EnvironmentTreeModel::ShipNameRole).toString();
        for (const Core::Instance &i : environment->instances) {
            if (i.ship == ship)
                add(i.name);
        }
    }
    return things;
}

} // namespace Maestro::Gui
