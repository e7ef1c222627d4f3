// SPDX-License-Identifier: GPL-3.0-or-later
#include "edgedrawing.h"

#include "dependencyedgeitem.h"
#include "servicenodeitem.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPen>

namespace Maestro::Gui {

namespace {
constexpr qreal kLineZ = 10; // over nodes and edges
}

EdgeDrawing::EdgeDrawing(QGraphicsView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this); // Escape reaches the view, which has the focus
}

EdgeDrawing::~EdgeDrawing()
{
    stop();
}

Core::DependencyGraph::EdgeKind EdgeDrawing::kindFor(Qt::KeyboardModifiers modifiers)
{
    return modifiers.testFlag(kWantsInfoModifier) ? Core::DependencyGraph::EdgeKind::WantsInfo
                                                  : Core::DependencyGraph::EdgeKind::Requires;
}

bool EdgeDrawing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        auto *key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event) : nullptr;
        if (key && key->key() == Qt::Key_Escape && isDrawing()) {
            stop();
            return true;
        }
        return false;
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        stop();
        if (mouse->button() == Qt::LeftButton) {
            m_from = nodeAt(mouse->position().toPoint());
            m_pressPos = mouse->position().toPoint();
        }
        return false; // the press still selects the node
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_from || !(mouse->buttons() & Qt::LeftButton))
            return false;
        const QPoint pos = mouse->position().toPoint();
        if (!isDrawing()) {
            if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
                return false;
            m_line = new QGraphicsLineItem;
            m_line->setZValue(kLineZ);
            m_view->scene()->addItem(m_line);
        }
        follow(pos, mouse->modifiers());
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && isDrawing())
            finish(mouse->position().toPoint(), mouse->modifiers());
        m_from.clear();
        // The scene still sees the release: it ends the pressed node's mouse grab (the node
        // stays selected, as a release away from the press does not select).
        return false;
    }
    default:
        return false;
    }
}

ServiceNodeItem *EdgeDrawing::nodeAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = m_view->items(viewportPos);
    for (QGraphicsItem *item : hits) {
        if (auto *node = qgraphicsitem_cast<ServiceNodeItem *>(item))
            return node;
    }
    return nullptr;
}

bool EdgeDrawing::follow(const QPoint &viewportPos, Qt::KeyboardModifiers modifiers)
{
    if (!m_from) {
        m_line = nullptr; // deleted with the scene's other items
        stop();
        return false;
    }
    const QPalette palette = m_view->palette();
    m_line->setPen(QPen(palette.color(QPalette::Highlight), 2,
                        DependencyEdgeItem::penStyle(kindFor(modifiers)), Qt::RoundCap));
    m_line->setLine(QLineF(m_from->scenePos(), m_view->mapToScene(viewportPos)));
    ServiceNodeItem *under = nodeAt(viewportPos);
    setTarget(under == m_from ? nullptr : under);
    return true;
}

void EdgeDrawing::finish(const QPoint &viewportPos, Qt::KeyboardModifiers modifiers)
{
    if (!follow(viewportPos, modifiers))
        return;
    const QString service = m_from->service();
    const QString dependency = m_target ? m_target->service() : QString();
    stop();
    if (!dependency.isEmpty())
        emit dependencyDrawn(service, dependency, kindFor(modifiers));
}

void EdgeDrawing::stop()
{
    setTarget(nullptr);
    if (m_from)
        delete m_line; // else it went with the scene's items
    m_line = nullptr;
    m_from.clear();
}

void EdgeDrawing::setTarget(ServiceNodeItem *target)
{
    if (m_target == target)
        return;
    if (m_target)
        m_target->setDropTarget(false);
    m_target = target;
    if (m_target)
        m_target->setDropTarget(true);
}

} // namespace Maestro::Gui
