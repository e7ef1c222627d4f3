// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencygraphscene.h"

#include "dependencyedgeitem.h"
#include "graphlayouter.h"
#include "servicenodeitem.h"

#include "models/environmenttreemodel.h"

namespace Maestro::Gui {

using Models::EnvironmentTreeModel;

DependencyGraphScene::DependencyGraphScene(QThreadPool *pool, QObject *parent)
    : QGraphicsScene(parent)
    , m_layouter(new GraphLayouter(pool, this))
{
    connect(m_layouter, &GraphLayouter::finished, this, &DependencyGraphScene::onLayoutFinished);
    connect(m_layouter, &GraphLayouter::failed, this, &DependencyGraphScene::onLayoutFailed);
    connect(this, &QGraphicsScene::selectionChanged, this,
            &DependencyGraphScene::onSelectionChanged);
}

DependencyGraphScene::~DependencyGraphScene()
{
    // Items go before the layouter's wait, with no signal reaching a half-destroyed scene.
    disconnect(this, &QGraphicsScene::selectionChanged, this,
               &DependencyGraphScene::onSelectionChanged);
    clearItems();
}

void DependencyGraphScene::setModel(EnvironmentTreeModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this,
                &DependencyGraphScene::onEnvironmentMaybeChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                &DependencyGraphScene::onModelDataChanged);
        connect(m_model, &EnvironmentTreeModel::environmentReplaced, this,
                &DependencyGraphScene::onEnvironmentReplaced);
    }
    onEnvironmentMaybeChanged();
}

void DependencyGraphScene::onEnvironmentMaybeChanged()
{
    Core::EnvironmentPtr environment = m_model ? m_model->environment() : nullptr;
    if (environment == m_layoutFor && (m_pendingRequest != 0 || environment == m_environment)) {
        refreshAllStatuses(); // a regrouping: same environment, nothing to lay out
        return;
    }
    m_layoutFor = environment;
    if (!environment) {
        m_pendingRequest = 0;
        m_environment.reset();
        clearItems();
        emit layoutApplied();
        return;
    }
    const Core::DependencyGraph &graph = environment->dependencies();
    GraphLayoutInput input;
    input.nodes.reserve(graph.serviceCount());
    input.nodeSizes.reserve(graph.serviceCount());
    for (int i = 0; i < graph.serviceCount(); ++i) {
        const QString &name = graph.serviceName(i);
        const Core::Service *service = environment->service(name);
        input.nodes.append(name);
        input.nodeSizes.append(
            ServiceNodeItem::preferredSize(name, service ? int(service->instances.size()) : 0));
    }
    input.edges = graph.edges();
    m_pendingRequest = m_layouter->requestLayout(input);
}

void DependencyGraphScene::onEnvironmentReplaced()
{
    // Same services and edges: a layout in flight (for the one before) fits this one too.
    const bool shown = m_pendingRequest == 0 && m_environment == m_layoutFor;
    m_layoutFor = m_model->environment();
    if (shown)
        m_environment = m_layoutFor;
}

void DependencyGraphScene::onLayoutFinished(quint64 request, const GraphLayout &layout)
{
    if (request != m_pendingRequest || !m_layoutFor)
        return;
    m_pendingRequest = 0;
    const QString selected = selectedService();
    clearItems();
    m_environment = m_layoutFor;
    m_lastError.clear();
    const Core::DependencyGraph &graph = m_environment->dependencies();
    for (int i = 0; i < graph.serviceCount() && i < layout.nodeCenters.size(); ++i) {
        const QString &name = graph.serviceName(i);
        const Core::Service *service = m_environment->service(name);
        const QStringList instances = service ? service->instances : QStringList();
        auto *node = new ServiceNodeItem(name, instances);
        node->setPos(layout.nodeCenters.at(i));
        addItem(node);
        m_nodes.insert(name, node);
        for (int k = 0; k < instances.size(); ++k)
            m_instanceDots.insert(instances.at(k), {node, k});
    }
    const auto &edges = graph.edges();
    for (int i = 0; i < edges.size() && i < layout.edgePaths.size(); ++i) {
        auto *edge = new DependencyEdgeItem(edges.at(i), layout.edgePaths.at(i));
        addItem(edge);
        m_edges.append(edge);
    }
    setSceneRect(layout.bounds.adjusted(-20, -20, 20, 20));
    refreshAllStatuses();
    setRunHighlights(m_waitedServices, m_blockingEdges);
    if (!selected.isEmpty())
        selectService(selected);
    emit layoutApplied();
}

void DependencyGraphScene::onLayoutFailed(quint64 request, const QString &message)
{
    if (request != m_pendingRequest)
        return;
    m_pendingRequest = 0;
    m_lastError = message;
    emit layoutFailed(message);
}

void DependencyGraphScene::onModelDataChanged(const QModelIndex &topLeft,
                                              const QModelIndex &bottomRight)
{
    if (!m_model || m_environment != m_model->environment())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex index = m_model->index(row, 0, topLeft.parent());
        const QString instance = index.data(EnvironmentTreeModel::InstanceNameRole).toString();
        if (instance.isEmpty())
            continue; // a group row
        const auto dot = m_instanceDots.value(instance);
        if (dot.first) {
            dot.first->setInstanceState(
                dot.second,
                index.data(EnvironmentTreeModel::StateRole).value<Models::InstanceState>());
        }
    }
}

void DependencyGraphScene::refreshAllStatuses()
{
    if (!m_model || m_environment != m_model->environment())
        return;
    for (auto it = m_instanceDots.cbegin(); it != m_instanceDots.cend(); ++it)
        it.value().first->setInstanceState(it.value().second, m_model->state(it.key()));
}

void DependencyGraphScene::selectService(const QString &service)
{
    if (service == selectedService())
        return;
    m_selecting = true;
    clearSelection();
    if (ServiceNodeItem *node = m_nodes.value(service))
        node->setSelected(true);
    m_selecting = false;
    updateHighlights();
}

QString DependencyGraphScene::selectedService() const
{
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (auto *node = qgraphicsitem_cast<ServiceNodeItem *>(item))
            return node->service();
    }
    return {};
}

void DependencyGraphScene::onSelectionChanged()
{
    if (m_selecting)
        return;
    emit serviceSelected(updateHighlights());
}

QString DependencyGraphScene::updateHighlights()
{
    const QString service = selectedService();
    const Core::DependencyGraph *graph = m_environment ? &m_environment->dependencies() : nullptr;
    for (DependencyEdgeItem *edge : std::as_const(m_edges)) {
        const bool touches = graph && !service.isEmpty()
                             && (graph->serviceName(edge->edge().from) == service
                                 || graph->serviceName(edge->edge().to) == service);
        edge->setHighlighted(touches);
    }
    return service;
}

void DependencyGraphScene::setRunHighlights(const QSet<QString> &waitedServices,
                                            const QSet<QPair<QString, QString>> &blockingEdges)
{
    m_waitedServices = waitedServices;
    m_blockingEdges = blockingEdges;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setWaitedOn(waitedServices.contains(it.key()));
    const Core::DependencyGraph *graph = m_environment ? &m_environment->dependencies() : nullptr;
    for (DependencyEdgeItem *edge : std::as_const(m_edges)) {
        const bool blocking = graph
                              && blockingEdges.contains({graph->serviceName(edge->edge().from),
                                                         graph->serviceName(edge->edge().to)});
        edge->setBlocking(blocking);
    }
}

void DependencyGraphScene::clearItems()
{
    m_selecting = true;
    m_nodes.clear();
    m_instanceDots.clear();
    m_edges.clear();
    clear();
    m_selecting = false;
}

} // namespace Maestro::Gui
