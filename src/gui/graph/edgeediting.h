// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dependencies/dependencygraph.h"
#include "core/error.h"

#include <QList>
#include <QObject>

#include <optional>

class QAction;

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

class DependencyEdgeItem;
class EdgeDrawing;
class GraphView;

// Editing the dependencies in the graph, as edits of the document (one undo step each): a
// dependency drawn from one node onto another (EdgeDrawing) is added to the first service's
// requires (wants_info with Shift), and the selected edge's entry is removed (Delete, or
// "Remove Dependency" in the edge's context menu). The requests come from
// Core::DependencyEdit on the document's last load; a cycle, or a dependency that is already
// there, is refused before any edit, through refused(), which the window shows as it shows
// the document's own refusals. A gesture made while the document still plans or loads an
// earlier edit waits for it, so that its request is built on the text that edit made.
// GUI thread only.
class EdgeEditing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EdgeEditing)

public:
    // `view` shows the DependencyGraphScene of the environment `document` holds.
    EdgeEditing(Document::EnvironmentDocument *document, GraphView *view,
                QObject *parent = nullptr);

    // Removes the selected edge's requires or wants_info entry; enabled while one is selected
    // (volumes_from edges come from instances and are not removed here).
    QAction *removeAction() const { return m_remove; }
    EdgeDrawing *drawing() const { return m_drawing; }

    void addDependency(const QString &service, const QString &dependency,
                       Core::DependencyGraph::EdgeKind kind);
    void removeSelectedEdge();

signals:
    void refused(const Maestro::Core::Error &error);

private:
    struct Change
    {
        bool add = true;
        QString service;
        QString dependency;
        Core::DependencyGraph::EdgeKind kind = Core::DependencyGraph::EdgeKind::Requires;
    };
    void request(const Change &change);
    // Applies the waiting changes, one per document edit.
    void applyWaiting();
    bool isDocumentBusy() const;
    // The selected edge's services when it can be removed here.
    std::optional<Change> selectedRemoval() const;
    void updateRemoveAction();
    void showEdgeMenu(const QPoint &globalPos);

    Document::EnvironmentDocument *m_document;
    GraphView *m_view;
    EdgeDrawing *m_drawing;
    QAction *m_remove;
    QList<Change> m_waiting;
};

} // namespace Maestro::Gui
