// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dependencies/dependencygraph.h"
#include "core/result.h"

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Maestro::Gui {

// What to lay out: one node per service, sized by the caller, and the dependency edges.
// A plain value, so it can be handed to a worker thread.
struct GraphLayoutInput
{
    QStringList nodes;
    QList<QSizeF> nodeSizes; // scene units, one per node
    QList<Core::DependencyGraph::Edge> edges;
};

// Where Graphviz put things, in scene coordinates (y down, origin top left).
struct GraphLayout
{
    QList<QPointF> nodeCenters;    // one per input node
    QList<QPainterPath> edgePaths; // one per input edge, from the dependent to its dependency
    QRectF bounds;
};

// Runs Graphviz `dot` (top to bottom: dependents above what they depend on). Graphviz is
// not reentrant, so calls are serialised internally; any thread may call this.
Core::Result<GraphLayout> layoutGraph(const GraphLayoutInput &input);

} // namespace Maestro::Gui
