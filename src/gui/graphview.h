// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QGraphicsView>

namespace Maestro::Gui {

// The dependency graph's view: wheel (with Ctrl) and keyboard zoom, drag to pan, fit the
// whole graph, export to PNG or SVG. GUI thread only.
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

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void scaleBy(qreal factor);
};

} // namespace Maestro::Gui
