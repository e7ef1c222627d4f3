// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "dependencyedgeitem.h"
#include "graphaccessible.h"
#include "servicenodeitem.h"

#include <QContextMenuEvent>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWheelEvent>

namespace Maestro::Gui {

namespace {
constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 8.0;
constexpr int kMaxExportSide = 16000; // a raster export of a huge graph is scaled down
} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    GraphAccessible::install(); // the nodes as accessible children
    setAccessibleName(tr("Dependency graph"));
    setAccessibleDescription(tr("Services and their dependencies: solid lines are requires, "
                                "dashed lines wants_info, dotted lines volumes_from. Drag from "
                                "one service onto another to add a dependency (with Shift: "
                                "wants_info); select a line and press Delete to remove it."));
}

void GraphView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const qreal applied = target / zoom();
    scale(applied, applied);
}

void GraphView::zoomIn()
{
    scaleBy(kZoomStep);
}

void GraphView::zoomOut()
{
    scaleBy(1 / kZoomStep);
}

void GraphView::resetZoom()
{
    setTransform(QTransform());
}

void GraphView::fitAll()
{
    if (!scene() || scene()->sceneRect().isEmpty())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // A small graph is shown at its natural size rather than blown up.
    if (zoom() > 1.0)
        resetZoom();
    else if (zoom() < kMinZoom)
        scaleBy(kMinZoom / zoom());
    centerOn(scene()->sceneRect().center());
}

bool GraphView::event(QEvent *event)
{
    // Delete belongs to the view while an edge is selected, even where a window action
    // (deleting in the tree) has Delete as its shortcut.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier && selectedEdge()) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta != 0)
        scaleBy(std::pow(kZoomStep, delta / 120.0));
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Delete:
        if (selectedEdge()) {
            emit removeEdgeRequested();
            return;
        }
        QGraphicsView::keyPressEvent(event);
        return;
    case Qt::Key_F10:
        // Platform plugins turn the Menu key into a context menu event; Shift+F10, the
        // other key people know for it, is left to the widget.
        if (event->modifiers() == Qt::ShiftModifier) {
            requestMenuForSelection();
            return;
        }
        QGraphicsView::keyPressEvent(event);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    event->accept();
    if (event->reason() != QContextMenuEvent::Mouse || !scene()) {
        requestMenuForSelection();
        return;
    }
    // Like a file manager: the menu is for what was clicked, which becomes the selection.
    ServiceNodeItem *node = nodeAt(event->pos());
    if (DependencyEdgeItem *edge = node ? nullptr : edgeAt(event->pos())) {
        scene()->clearSelection();
        edge->setSelected(true);
        emit edgeMenuRequested(event->globalPos());
        return;
    }
    if (!node || !node->isSelected()) {
        scene()->clearSelection();
        if (node)
            node->setSelected(true);
    }
    emit contextMenuRequested(event->globalPos(), node ? node->service() : QString());
}

void GraphView::requestMenuForSelection()
{
    ServiceNodeItem *node = selectedNode();
    QPoint at = viewport()->rect().center();
    if (DependencyEdgeItem *edge = node ? nullptr : selectedEdge()) {
        const QPoint middle = mapFromScene(edge->middle());
        emit edgeMenuRequested(
            viewport()->mapToGlobal(viewport()->rect().contains(middle) ? middle : at));
        return;
    }
    if (node) {
        const QPoint nodeCenter = mapFromScene(node->sceneBoundingRect().center());
        if (viewport()->rect().contains(nodeCenter))
            at = nodeCenter;
    }
    emit contextMenuRequested(viewport()->mapToGlobal(at), node ? node->service() : QString());
}

ServiceNodeItem *GraphView::nodeAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *item : hits) {
        if (auto *node = qgraphicsitem_cast<ServiceNodeItem *>(item))
            return node;
    }
    return nullptr;
}

DependencyEdgeItem *GraphView::edgeAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *item : hits) {
        if (auto *edge = qgraphicsitem_cast<DependencyEdgeItem *>(item))
            return edge;
    }
    return nullptr;
}

DependencyEdgeItem *GraphView::selectedEdge() const
{
    if (!scene() || selectedNode())
        return nullptr;
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *edge = qgraphicsitem_cast<DependencyEdgeItem *>(item))
            return edge;
    }
    return nullptr;
}

ServiceNodeItem *GraphView::selectedNode() const
{
    if (!scene())
        return nullptr;
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *node = qgraphicsitem_cast<ServiceNodeItem *>(item))
            return node;
    }
    return nullptr;
}

Core::VoidResult GraphView::exportTo(const QString &fileName) const
{
    if (!scene() || scene()->items().isEmpty())
        return Core::Error{tr("There is no graph to export."), {}, {}};
    const QRectF source = scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error{tr("Cannot write %1: %2").arg(fileName, file.errorString()), {}, {}};
    if (QFileInfo(fileName).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(source.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
        generator.setTitle(tr("Dependency graph"));
        QPainter painter(&generator);
        scene()->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
    } else {
        const qreal scale
            = std::min(2.0, kMaxExportSide / std::max(source.width(), source.height()));
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene()->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
        painter.end();
        const QByteArray format = QFileInfo(fileName).suffix().toLatin1();
        if (!image.save(&file, format.isEmpty() ? "PNG" : format.constData()))
            return Core::Error{tr("Cannot encode %1 as an image").arg(fileName), {}, {}};
    }
    if (!file.commit())
        return Core::Error{tr("Cannot write %1: %2").arg(fileName, file.errorString()), {}, {}};
    return Core::Success{};
}

} // namespace Maestro::Gui
