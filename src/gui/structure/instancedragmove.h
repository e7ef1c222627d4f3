// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPoint>
#include <QString>

class QAbstractItemView;
class QDropEvent;
class QMouseEvent;

namespace Maestro::Models {
class EnvironmentTreeModel;
}

namespace Maestro::Gui {

// Moving an instance to another ship by dragging it in the tree grouped by ship: a drag
// starts on an instance row and drops on a ship's row (or on an instance of that ship);
// the drop asks for the move (moveRequested()), which StructureActions makes as one `set` of
// the instance's `ship`.
// Other drops (a file onto the window) pass through untouched. Watches `view`'s viewport as
// an event filter, so the tree's model stays read-only. GUI thread only.
class InstanceDragMove final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceDragMove)

public:
    // The MIME type of a dragged instance: its name in UTF-8.
    static QString mimeType();

    InstanceDragMove(QAbstractItemView *view, Models::EnvironmentTreeModel *model,
                     QObject *parent = nullptr);

signals:
    void moveRequested(const QString &instance, const QString &ship);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isGroupedByShip() const;
    // The instance under `position` of the viewport, or nothing.
    QString instanceAt(const QPoint &position) const;
    // The ship a drop at `position` moves to, or nothing.
    QString shipAt(const QPoint &position) const;
    // The instance a drop carries and the ship it would move it to (both set when it would).
    std::pair<QString, QString> move(const QDropEvent *event) const;
    bool mouseMoved(const QMouseEvent *event);

    QAbstractItemView *m_view;
    Models::EnvironmentTreeModel *m_model;
    QString m_pressed; // the instance a left button press was on
    QPoint m_pressPosition;
};

} // namespace Maestro::Gui
