// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencyedgeitem.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace Maestro::Gui {

namespace {
constexpr qreal kArrowSize = 9;
constexpr qreal kClickWidth = 8; // how wide the line is for the pointer
constexpr qreal kHaloWidth = 7;  // the selection's halo around the line
} // namespace

DependencyEdgeItem::DependencyEdgeItem(const Core::DependencyGraph::Edge &edge,
                                       const QPainterPath &path, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_edge(edge)
    , m_path(path)
{
    setZValue(0);
    setFlag(ItemIsSelectable);
    setAcceptedMouseButtons(Qt::LeftButton);
}

Qt::PenStyle DependencyEdgeItem::penStyle(Core::DependencyGraph::EdgeKind kind)
{
    switch (kind) {
    case Core::DependencyGraph::EdgeKind::Requires:
        return Qt::SolidLine;
    case Core::DependencyGraph::EdgeKind::WantsInfo:
        return Qt::DashLine;
    case Core::DependencyGraph::EdgeKind::VolumesFrom:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

void DependencyEdgeItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    setZValue(highlighted ? 0.5 : 0);
    update();
}

void DependencyEdgeItem::setBlocking(bool blocking)
{
    if (blocking == m_blocking)
        return;
    m_blocking = blocking;
    setZValue(blocking ? 0.8 : (m_highlighted ? 0.5 : 0));
    update();
}

QPolygonF DependencyEdgeItem::arrowHead() const
{
    if (m_path.elementCount() < 2)
        return {};
    const QPointF tip = m_path.pointAtPercent(1.0);
    const QPointF before
        = m_path.pointAtPercent(std::max(0.0, 1.0 - 8.0 / std::max(8.0, m_path.length())));
    const qreal angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
    const QPointF left = tip
                         - QPointF(std::cos(angle - M_PI / 7) * kArrowSize,
                                   std::sin(angle - M_PI / 7) * kArrowSize);
    const QPointF right = tip
                          - QPointF(std::cos(angle + M_PI / 7) * kArrowSize,
                                    std::sin(angle + M_PI / 7) * kArrowSize);
    return QPolygonF({tip, left, right});
}

QRectF DependencyEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(arrowHead().boundingRect()).adjusted(-5, -5, 5, 5);
}

QPainterPath DependencyEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(kClickWidth);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(arrowHead());
    return shape;
}

void DependencyEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = QGuiApplication::palette();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    const bool emphasised = selected || m_highlighted;
    if (selected) {
        QColor halo = palette.color(QPalette::Highlight);
        halo.setAlphaF(0.35);
        painter->setPen(QPen(halo, kHaloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    QColor colour
        = emphasised ? palette.color(QPalette::Highlight) : palette.color(QPalette::WindowText);
    if (m_blocking)
        colour = QColor(0xf0, 0x8c, 0x00); // ServiceNodeItem::waitColor()
    QPen pen(colour, m_blocking ? 3.0 : (emphasised ? 2.2 : 1.2), penStyle(m_edge.kind));
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(QPen(colour, 1));
    painter->setBrush(colour);
    painter->drawPolygon(arrowHead());
}

} // namespace Maestro::Gui
