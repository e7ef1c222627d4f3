// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QGraphicsView>

namespace Maestro::Gui {

class DependencyEdgeItem;
class ServiceNodeItem;

// The dependency graph's view: wheel (with Ctrl) and keyboard zoom, drag to pan, fit the
// whole graph, export to PNG or SVG. A right-click selects what is under the pointer (a
// service's node, an edge, or nothing on the background) and asks for the context menu, which
// the main window builds (EdgeEditing for an edge); the Menu key and Shift+F10 ask for it for
// the selected node or edge (the background's when none is). Delete on a selected edge asks
// for its removal; the key is the view's own then, so no shortcut of the window takes it.
// GUI thread only.
class GraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    explicit GraphView(QWidget *parent = nullptr);

    void zoomIn();
    void zoomOut();
    void fitAll();
    void resetZoom();
    qreal zoom() const { return transform().m11(); }

    // Writes the whole scene; the format follows the suffix (.svg, else a raster image).
    Core::VoidResult exportTo(const QString &fileName) const;

    // The selected edge when no node is selected, else null.
    DependencyEdgeItem *selectedEdge() const;

signals:
    // The context menu is wanted at `globalPos` for `service`, now the selected node, or,
    // when empty, for the background: the whole environment.
    void contextMenuRequested(const QPoint &globalPos, const QString &service);
    // The context menu is wanted at `globalPos` for the selected edge (selectedEdge()).
    void edgeMenuRequested(const QPoint &globalPos);
    // Delete was pressed while an edge is selected.
    void removeEdgeRequested();

protected:
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void scaleBy(qreal factor);
    ServiceNodeItem *nodeAt(const QPoint &viewportPos) const;
    DependencyEdgeItem *edgeAt(const QPoint &viewportPos) const;
    ServiceNodeItem *selectedNode() const;
    void requestMenuForSelection();
};

} // namespace Maestro::Gui
