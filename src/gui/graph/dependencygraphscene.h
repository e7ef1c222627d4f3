// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphlayout.h"

#include "core/model/environment.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

class QThreadPool;

namespace Maestro::Models {
class EnvironmentTreeModel;
}

namespace Maestro::Gui {

class DependencyEdgeItem;
class GraphLayouter;
class ServiceNodeItem;

// The services of the environment and their dependencies. Follows an EnvironmentTreeModel:
// a new environment is laid out by Graphviz on the thread pool and the items are replaced
// on the GUI thread when the layout arrives; instance state changes recolour the dots.
// Selecting a node emits serviceSelected(); selectService() selects without echo.
// GUI thread only.
class DependencyGraphScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DependencyGraphScene)

public:
    DependencyGraphScene(QThreadPool *pool, QObject *parent = nullptr);
    ~DependencyGraphScene() override;

    void setModel(Models::EnvironmentTreeModel *model);

    // Selects the node of `service` (none for an empty name), without emitting.
    void selectService(const QString &service);
    QString selectedService() const;
    ServiceNodeItem *node(const QString &service) const { return m_nodes.value(service); }
    // The environment the items show (the edges' service numbers are its graph's).
    Core::EnvironmentPtr environment() const { return m_environment; }
    QList<DependencyEdgeItem *> edges() const { return m_edges; }
    bool isLayoutPending() const { return m_pendingRequest != 0; }
    QString lastError() const { return m_lastError; }
    // During a run: the services other steps wait for, and the edges (dependent ->
    // dependency, by service name) that block; both drawn in amber. Empty sets clear them.
    void setRunHighlights(const QSet<QString> &waitedServices,
                          const QSet<QPair<QString, QString>> &blockingEdges);

signals:
    void serviceSelected(const QString &service);
    // The items now show the current environment (or it was empty).
    void layoutApplied();
    void layoutFailed(const QString &message);

private:
    void onEnvironmentMaybeChanged();
    // The model took an environment that means the same: no new layout, the items stay.
    void onEnvironmentReplaced();
    void onLayoutFinished(quint64 request, const GraphLayout &layout);
    void onLayoutFailed(quint64 request, const QString &message);
    void onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onSelectionChanged();
    // Emphasises the edges of the selected service, which it returns.
    QString updateHighlights();
    void refreshAllStatuses();
    void clearItems();

    GraphLayouter *m_layouter;
    QPointer<Models::EnvironmentTreeModel> m_model;
    Core::EnvironmentPtr m_environment; // what the items (or the pending layout) show
    Core::EnvironmentPtr m_layoutFor;   // the environment of the pending request
    quint64 m_pendingRequest = 0;
    QHash<QString, ServiceNodeItem *> m_nodes;
    QHash<QString, QPair<ServiceNodeItem *, int>> m_instanceDots;
    QList<DependencyEdgeItem *> m_edges;
    QString m_lastError;
    QSet<QString> m_waitedServices;
    QSet<QPair<QString, QString>> m_blockingEdges;
    bool m_selecting = false;
};

} // namespace Maestro::Gui
