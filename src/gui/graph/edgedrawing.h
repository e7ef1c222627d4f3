// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dependencies/dependencygraph.h"

#include <QObject>
#include <QPoint>
#include <QPointer>

class QGraphicsLineItem;
class QGraphicsView;

namespace Maestro::Gui {

class ServiceNodeItem;

// Drawing a dependency with the mouse: a drag from one service's node onto another's. While
// the button is held a line follows the pointer from the node (solid, or dashed for
// wants_info while Shift is held) and the node under the pointer is marked as the drop
// target; dropping there emits dependencyDrawn(). Dropping on the background or on the node
// it started from, or Escape, draws nothing. Shift chooses wants_info: QGraphicsView takes
// Ctrl for adding to the selection, and window managers take Alt+drag for moving windows.
// A press on a node still selects it; only a move past the drag distance starts a line.
// Watches the view and its viewport. GUI thread only.
class EdgeDrawing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EdgeDrawing)

public:
    explicit EdgeDrawing(QGraphicsView *view, QObject *parent = nullptr);
    ~EdgeDrawing() override;

    bool isDrawing() const { return m_line != nullptr; }
    // The modifier that draws wants_info instead of requires.
    static constexpr Qt::KeyboardModifier kWantsInfoModifier = Qt::ShiftModifier;
    static Core::DependencyGraph::EdgeKind kindFor(Qt::KeyboardModifiers modifiers);

signals:
    // `service` gets `dependency` in its requires (or wants_info).
    void dependencyDrawn(const QString &service, const QString &dependency,
                         Maestro::Core::DependencyGraph::EdgeKind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ServiceNodeItem *nodeAt(const QPoint &viewportPos) const;
    // The line and the drop target follow the pointer; false when the drawing ended under it
    // (the scene replaced its items).
    bool follow(const QPoint &viewportPos, Qt::KeyboardModifiers modifiers);
    void finish(const QPoint &viewportPos, Qt::KeyboardModifiers modifiers);
    void stop();
    void setTarget(ServiceNodeItem *target);

    QGraphicsView *m_view;
    // The node pressed on; the line exists while drawing. A new layout clears the scene,
    // deleting both at once: a null m_from says the line is gone too.
    QPointer<ServiceNodeItem> m_from;
    QPoint m_pressPos;
    QGraphicsLineItem *m_line = nullptr;
    QPointer<ServiceNodeItem> m_target;
};

} // namespace Maestro::Gui
