// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancedragmove.h"

#include "models/environmenttreemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>

namespace Maestro::Gui {

using Models::EnvironmentTreeModel;

QString InstanceDragMove::mimeType()
{
    return QStringLiteral("application/x-maestro-instance");
}

InstanceDragMove::InstanceDragMove(QAbstractItemView *view, EnvironmentTreeModel *model,
                                   QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
{
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
}

bool InstanceDragMove::isGroupedByShip() const
{
    return m_model->grouping() == EnvironmentTreeModel::Grouping::ByShip && m_model->environment();
}

QString InstanceDragMove::instanceAt(const QPoint &position) const
{
    return m_view->indexAt(position).data(EnvironmentTreeModel::InstanceNameRole).toString();
}

QString InstanceDragMove::shipAt(const QPoint &position) const
{
    QModelIndex index = m_view->indexAt(position);
    if (index.parent().isValid()) // an instance row: the ship of its group
        index = index.parent();
    return index.siblingAtColumn(EnvironmentTreeModel::NameColumn)
        .data(EnvironmentTreeModel::ShipNameRole)
        .toString();
}

std::pair<QString, QString> InstanceDragMove::move(const QDropEvent *event) const
{
    if (!isGroupedByShip() || !event->mimeData()->hasFormat(mimeType()))
        return {};
    const QString instance = QString::fromUtf8(event->mimeData()->data(mimeType()));
    const QString ship = shipAt(event->position().toPoint());
    const Core::Instance *moved = m_model->environment()->instance(instance);
    if (!moved || ship.isEmpty() || ship == moved->ship)
        return {};
    return {instance, ship};
}

bool InstanceDragMove::mouseMoved(const QMouseEvent *event)
{
    if (m_pressed.isEmpty() || !(event->buttons() & Qt::LeftButton)
        || (event->position().toPoint() - m_pressPosition).manhattanLength()
               < QApplication::startDragDistance())
        return false;
    auto *data = new QMimeData;
    data->setData(mimeType(), m_pressed.toUtf8());
    m_pressed.clear();
    auto *drag = new QDrag(m_view);
    drag->setMimeData(data);
    drag->exec(Qt::MoveAction);
    return true;
}

bool InstanceDragMove::eventFilter(QObject *watched, QEvent *event)
{
    Q_UNUSED(watched)
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressPosition = mouse->position().toPoint();
        m_pressed = mouse->button() == Qt::LeftButton && isGroupedByShip()
                        ? instanceAt(m_pressPosition)
                        : QString();
        return false; // the view selects the row as usual
    }
    case QEvent::MouseMove:
        return mouseMoved(static_cast<QMouseEvent *>(event));
    case QEvent::MouseButtonRelease:
        m_pressed.clear();
        return false;
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!drag->mimeData()->hasFormat(mimeType()))
            return false; // not ours (a file for the window): the view passes it on
        // Entering is always accepted, so that the moves over the rows arrive; each move says
        // whether a drop there would move the instance.
        if (move(drag).first.isEmpty() && event->type() == QEvent::DragMove)
            drag->ignore();
        else
            drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData()->hasFormat(mimeType()))
            return false;
        const auto [instance, ship] = move(drop);
        if (instance.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        emit moveRequested(instance, ship);
        return true;
    }
    default:
        return false;
    }
}

} // namespace Maestro::Gui
