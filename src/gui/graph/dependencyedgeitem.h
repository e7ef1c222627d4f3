// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphitemtypes.h"

#include "core/dependencies/dependencygraph.h"

#include <QGraphicsObject>
#include <QPainterPath>

namespace Maestro::Gui {

// An edge of the dependency graph along the path Graphviz routed, with an arrow head at
// the service depended on: requires solid, wants_info dashed, volumes_from dotted. A click
// near the line selects it (drawn with a halo in the highlight colour), for removing it.
// GUI thread only.
class DependencyEdgeItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = DependencyEdgeType };

    DependencyEdgeItem(const Core::DependencyGraph::Edge &edge, const QPainterPath &path,
                       QGraphicsItem *parent = nullptr);

    const Core::DependencyGraph::Edge &edge() const { return m_edge; }
    // The line's middle, in scene coordinates: where a click selects it, where its menu opens.
    QPointF middle() const { return mapToScene(m_path.pointAtPercent(0.5)); }
    static Qt::PenStyle penStyle(Core::DependencyGraph::EdgeKind kind);
    // Drawn emphasised while one of its ends is selected.
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    // During a run: the dependent end waits for the other end (drawn thick and amber).
    void setBlocking(bool blocking);
    bool isBlocking() const { return m_blocking; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    // The line widened to a few pixels, so that a click need not hit it exactly.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QPolygonF arrowHead() const;

    Core::DependencyGraph::Edge m_edge;
    QPainterPath m_path;
    bool m_highlighted = false;
    bool m_blocking = false;
};

} // namespace Maestro::Gui
