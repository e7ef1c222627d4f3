// SPDX-License-Identifier: GPL-3.0-or-later
#include "edgeediting.h"

#include "dependencyedgeitem.h"
#include "dependencygraphscene.h"
#include "edgedrawing.h"
#include "graphview.h"

#include "core/edit/dependencyedit.h"
#include "document/environmentdocument.h"

#include <QAction>
#include <QMenu>

namespace Maestro::Gui {

using Core::DependencyGraph;
namespace DependencyEdit = Core::DependencyEdit;

EdgeEditing::EdgeEditing(Document::EnvironmentDocument *document, GraphView *view, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_view(view)
    , m_drawing(new EdgeDrawing(view, this))
    , m_remove(new QAction(tr("Remove Dependency"), this))
{
    m_remove->setObjectName(QStringLiteral("removeDependencyAction"));
    m_remove->setStatusTip(tr("Removes the selected requires or wants_info entry from the file"));
    m_remove->setToolTip(m_remove->statusTip());
    // Shown in the menu; the view takes the key itself while an edge is selected.
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setEnabled(false);
    connect(m_remove, &QAction::triggered, this, &EdgeEditing::removeSelectedEdge);
    connect(m_drawing, &EdgeDrawing::dependencyDrawn, this, &EdgeEditing::addDependency);
    connect(m_view, &GraphView::removeEdgeRequested, this, &EdgeEditing::removeSelectedEdge);
    connect(m_view, &GraphView::edgeMenuRequested, this, &EdgeEditing::showEdgeMenu);
    if (QGraphicsScene *scene = m_view->scene()) {
        connect(scene, &QGraphicsScene::selectionChanged, this, &EdgeEditing::updateRemoveAction);
    }
    connect(m_document, &Document::EnvironmentDocument::loadFinished, this,
            &EdgeEditing::applyWaiting);
    connect(m_document, &Document::EnvironmentDocument::editRefused, this,
            &EdgeEditing::applyWaiting);
}

void EdgeEditing::addDependency(const QString &service, const QString &dependency,
                                DependencyGraph::EdgeKind kind)
{
    request({true, service, dependency, kind});
}

void EdgeEditing::removeSelectedEdge()
{
    if (const std::optional<Change> change = selectedRemoval())
        request(*change);
}

void EdgeEditing::request(const Change &change)
{
    m_waiting.append(change);
    applyWaiting();
}

bool EdgeEditing::isDocumentBusy() const
{
    return m_document->isPlanningEdits() || m_document->isLoading();
}

void EdgeEditing::applyWaiting()
{
    while (!m_waiting.isEmpty() && !isDocumentBusy()) {
        const Change change = m_waiting.takeFirst();
        const Core::Value &document = m_document->lastLoad().document;
        // The cycle is looked for in the last environment that loaded: the one the graph
        // shows, or the one about to be shown.
        const Core::EnvironmentPtr environment = m_document->environment();
        const Core::Result<Core::EditRequest> request
            = change.add ? DependencyEdit::planAdd(
                  document, environment ? environment->dependencies() : DependencyGraph(),
                  change.service, change.dependency, change.kind)
                         : DependencyEdit::removeRequest(document, change.service,
                                                         change.dependency, change.kind);
        if (!request) {
            emit refused(request.error());
            continue;
        }
        m_document->applyEdit(*request);
    }
}

std::optional<EdgeEditing::Change> EdgeEditing::selectedRemoval() const
{
    const DependencyEdgeItem *edge = m_view->selectedEdge();
    const auto *scene = qobject_cast<const DependencyGraphScene *>(m_view->scene());
    const Core::EnvironmentPtr environment = scene ? scene->environment() : nullptr;
    if (!edge || !environment || edge->edge().kind == DependencyGraph::EdgeKind::VolumesFrom)
        return std::nullopt;
    const DependencyGraph &graph = environment->dependencies();
    return Change{false, graph.serviceName(edge->edge().from), graph.serviceName(edge->edge().to),
                  edge->edge().kind};
}

void EdgeEditing::updateRemoveAction()
{
    m_remove->setEnabled(selectedRemoval().has_value());
}

void EdgeEditing::showEdgeMenu(const QPoint &globalPos)
{
    updateRemoveAction();
    QMenu menu(m_view);
    menu.setObjectName(QStringLiteral("dependencyMenu"));
    menu.setAccessibleName(tr("Dependency"));
    menu.addAction(m_remove);
    menu.exec(globalPos);
}

} // namespace Maestro::Gui
