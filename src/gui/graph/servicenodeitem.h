// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphitemtypes.h"

#include "models/instancestate.h"

#include <QGraphicsObject>
#include <QList>

namespace Maestro::Gui {

// A service in the dependency graph: a rounded box with its name and one dot per instance
// coloured by that instance's state (a container that runs with a failed check has a colour
// of its own: it is not healthy; one that differs from the file has a ring). GUI thread only; the
// scene updates it from the tree model's signals.
class ServiceNodeItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = ServiceNodeType };

    ServiceNodeItem(const QString &service, const QStringList &instances,
                    QGraphicsItem *parent = nullptr);

    // The size a node needs for `service` with `instanceCount` dots, for the layout.
    static QSizeF preferredSize(const QString &service, int instanceCount);

    QString service() const { return m_service; }
    const QStringList &instances() const { return m_instances; }
    void setInstanceState(int instance, const Models::InstanceState &state);
    Models::InstanceState::Status instanceStatus(int instance) const;
    // The colour of `instance`'s dot.
    QColor dotColor(int instance) const;
    static QColor statusColor(Models::InstanceState::Status status);
    static QColor failedCheckColor();
    // Its container differs from the file (drawn with a ring around the dot).
    bool isDrifted(int instance) const;
    static QColor driftColor();
    // During a run: another step waits for this service (drawn with an amber outline).
    void setWaitedOn(bool waitedOn);
    bool isWaitedOn() const { return m_waitedOn; }
    static QColor waitColor();
    // A dependency being drawn would end here (EdgeDrawing): drawn tinted, thickly outlined.
    void setDropTarget(bool target);
    bool isDropTarget() const { return m_dropTarget; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QString m_service;
    QStringList m_instances;
    QList<Models::InstanceState> m_states;
    QSizeF m_size;
    bool m_waitedOn = false;
    bool m_dropTarget = false;
};

} // namespace Maestro::Gui
