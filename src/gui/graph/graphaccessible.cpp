// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphaccessible.h"

#include "graphview.h"
#include "servicenodeitem.h"

#include <QAccessibleObject>
#include <QAccessibleWidget>
#include <QGraphicsScene>

#include <algorithm>

namespace Maestro::Gui::GraphAccessible {

namespace {

QList<ServiceNodeItem *> nodesOf(const QGraphicsView *view)
{
    QList<ServiceNodeItem *> nodes;
    if (!view->scene())
        return nodes;
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *node = qgraphicsitem_cast<ServiceNodeItem *>(item))
            nodes.append(node);
    }
    // The scene's order follows stacking and insertion; a reader wants a stable one.
    std::sort(nodes.begin(), nodes.end(), [](const ServiceNodeItem *a, const ServiceNodeItem *b) {
        return a->service() < b->service();
    });
    return nodes;
}

GraphView *viewOf(const ServiceNodeItem *node)
{
    if (!node->scene())
        return nullptr;
    const QList<QGraphicsView *> views = node->scene()->views();
    for (QGraphicsView *view : views) {
        if (auto *graphView = qobject_cast<GraphView *>(view))
            return graphView;
    }
    return nullptr;
}

class ServiceNodeAccessible final : public QAccessibleObject
{
public:
    explicit ServiceNodeAccessible(ServiceNodeItem *node)
        : QAccessibleObject(node)
    {}

    QAccessibleInterface *parent() const override
    {
        GraphView *view = viewOf(node());
        return view ? QAccessible::queryAccessibleInterface(view) : nullptr;
    }
    int childCount() const override { return 0; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name:
            return node()->service();
        case QAccessible::Description:
            return node()->toolTip();
        default:
            return {};
        }
    }
    QAccessible::Role role() const override { return QAccessible::Graphic; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.selectable = true;
        s.selected = node()->isSelected();
        s.focusable = true;
        s.focused = node()->hasFocus();
        GraphView *view = viewOf(node());
        s.invisible = !view || !node()->isVisible();
        s.offscreen = s.invisible || !rect().intersects(viewportRect(view));
        return s;
    }
    // The node's box on the screen, as the view currently shows it (zoom and scrolling).
    QRect rect() const override
    {
        GraphView *view = viewOf(node());
        if (!view)
            return {};
        const QRect inViewport = view->mapFromScene(node()->sceneBoundingRect()).boundingRect();
        return inViewport.translated(view->viewport()->mapToGlobal(QPoint(0, 0)));
    }

private:
    ServiceNodeItem *node() const { return static_cast<ServiceNodeItem *>(object()); }
    static QRect viewportRect(const GraphView *view)
    {
        return view->viewport()->rect().translated(view->viewport()->mapToGlobal(QPoint(0, 0)));
    }
};

// The view as a plain widget (name, description, its child widgets) plus the nodes.
class GraphViewAccessible final : public QAccessibleWidget
{
public:
    explicit GraphViewAccessible(GraphView *view)
        : QAccessibleWidget(view, QAccessible::Client)
    {}

    int childCount() const override
    {
        return QAccessibleWidget::childCount() + int(nodesOf(view()).size());
    }
    QAccessibleInterface *child(int index) const override
    {
        const int widgets = QAccessibleWidget::childCount();
        if (index < widgets)
            return QAccessibleWidget::child(index);
        const QList<ServiceNodeItem *> nodes = nodesOf(view());
        if (index - widgets >= nodes.size())
            return nullptr;
        return QAccessible::queryAccessibleInterface(nodes.at(index - widgets));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (auto *node = child ? qobject_cast<ServiceNodeItem *>(child->object()) : nullptr) {
            const qsizetype at = nodesOf(view()).indexOf(node);
            return at < 0 ? -1 : QAccessibleWidget::childCount() + int(at);
        }
        return QAccessibleWidget::indexOfChild(child);
    }
    // Nodes lie on the viewport, a child widget: ask them first.
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QList<ServiceNodeItem *> nodes = nodesOf(view());
        for (ServiceNodeItem *node : nodes) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(node);
            if (iface && iface->rect().contains(x, y))
                return iface;
        }
        return QAccessibleWidget::childAt(x, y);
    }

private:
    GraphView *view() const { return static_cast<GraphView *>(widget()); }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String(GraphView::staticMetaObject.className()))
        return new GraphViewAccessible(static_cast<GraphView *>(object));
    if (className == QLatin1String(ServiceNodeItem::staticMetaObject.className()))
        return new ServiceNodeAccessible(static_cast<ServiceNodeItem *>(object));
    return nullptr;
}

} // namespace

void install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace Maestro::Gui::GraphAccessible
