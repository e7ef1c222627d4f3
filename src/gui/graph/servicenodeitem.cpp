// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicenodeitem.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace Maestro::Gui {

namespace {
constexpr qreal kPadding = 8;
constexpr qreal kDot = 8;
constexpr qreal kDotGap = 4;
constexpr int kDotsPerRow = 12; // more instances wrap onto further rows
constexpr int kMaxDotRows = 3;  // and beyond that the node says how many there are

int dotRows(int count)
{
    return std::min(kMaxDotRows, (count + kDotsPerRow - 1) / kDotsPerRow);
}
} // namespace

ServiceNodeItem::ServiceNodeItem(const QString &service, const QStringList &instances,
                                 QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_service(service)
    , m_instances(instances)
    , m_states(instances.size())
    , m_size(preferredSize(service, int(instances.size())))
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setToolTip(tr("Service %1: %n instance(s)", nullptr, int(instances.size())).arg(service));
    setZValue(1);
}

QSizeF ServiceNodeItem::preferredSize(const QString &service, int instanceCount)
{
    const QFontMetricsF metrics(QGuiApplication::font());
    const qreal textWidth = metrics.horizontalAdvance(service);
    const int perRow = std::min(instanceCount, kDotsPerRow);
    const qreal dotsWidth = perRow * kDot + std::max(0, perRow - 1) * kDotGap;
    const qreal width = std::max({textWidth, dotsWidth, qreal(60)}) + 2 * kPadding;
    const qreal height
        = metrics.height() + 2 * kPadding + dotRows(instanceCount) * (kDot + kDotGap);
    return {std::ceil(width), std::ceil(height)};
}

void ServiceNodeItem::setInstanceState(int instance, const Models::InstanceState &state)
{
    if (instance < 0 || instance >= m_states.size())
        return;
    const QColor before = dotColor(instance);
    const bool drifted = isDrifted(instance);
    m_states[instance] = state;
    if (dotColor(instance) != before || isDrifted(instance) != drifted)
        update();
}

Models::InstanceState::Status ServiceNodeItem::instanceStatus(int instance) const
{
    return instance >= 0 && instance < m_states.size() ? m_states.at(instance).status
                                                       : Models::InstanceState::Status::Unknown;
}

QColor ServiceNodeItem::dotColor(int instance) const
{
    if (instance < 0 || instance >= m_states.size())
        return statusColor(Models::InstanceState::Status::Unknown);
    const Models::InstanceState &state = m_states.at(instance);
    return state.runsWithFailedCheck() ? failedCheckColor() : statusColor(state.status);
}

bool ServiceNodeItem::isDrifted(int instance) const
{
    return instance >= 0 && instance < m_states.size() && m_states.at(instance).isDrifted();
}

QColor ServiceNodeItem::driftColor()
{
    return QColor(0x7b, 0x3f, 0xc4);
}

QColor ServiceNodeItem::failedCheckColor()
{
    return QColor(0xe8, 0x5d, 0x1a);
}

QColor ServiceNodeItem::statusColor(Models::InstanceState::Status status)
{
    using Status = Models::InstanceState::Status;
    switch (status) {
    case Status::Running:
        return QColor(0x2e, 0x9d, 0x4f);
    case Status::Exited:
        return QColor(0xd0, 0x3b, 0x3b);
    case Status::HostDown:
        return QColor(0x8b, 0x1e, 0x3f);
    case Status::Created:
        return QColor(0xe0, 0xa2, 0x1b);
    case Status::Down:
        return QColor(0x70, 0x70, 0x70);
    case Status::Unknown:
        break;
    }
    return QColor(0xb8, 0xb8, 0xb8);
}

QColor ServiceNodeItem::waitColor()
{
    return QColor(0xf0, 0x8c, 0x00);
}

void ServiceNodeItem::setWaitedOn(bool waitedOn)
{
    if (waitedOn == m_waitedOn)
        return;
    m_waitedOn = waitedOn;
    update();
}

QRectF ServiceNodeItem::boundingRect() const
{
    return QRectF(-m_size.width() / 2 - 3, -m_size.height() / 2 - 3, m_size.width() + 6,
                  m_size.height() + 6);
}

void ServiceNodeItem::setDropTarget(bool target)
{
    if (target == m_dropTarget)
        return;
    m_dropTarget = target;
    update();
}

QPainterPath ServiceNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size), 6, 6);
    return path;
}

void ServiceNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = QGuiApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;
    const QRectF box(QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size);
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_waitedOn)
        painter->setPen(QPen(waitColor(), 3.5));
    else
        painter->setPen(
            QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                 selected ? 2.5 : 1.2));
    painter->setBrush(palette.color(QPalette::Base));
    if (m_dropTarget) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlphaF(0.25);
        painter->setPen(QPen(palette.color(QPalette::Highlight), 3.5));
        painter->drawRoundedRect(box, 6, 6);
        painter->setBrush(tint);
    }
    painter->drawRoundedRect(box, 6, 6);

    const QFontMetricsF metrics(painter->font());
    painter->setPen(palette.color(QPalette::Text));
    const QRectF textRect(box.left() + kPadding, box.top() + kPadding, box.width() - 2 * kPadding,
                          metrics.height());
    painter->drawText(textRect, Qt::AlignCenter,
                      metrics.elidedText(m_service, Qt::ElideRight, textRect.width()));

    const int count = int(m_instances.size());
    const int shown = std::min(count, kDotsPerRow * kMaxDotRows);
    const int perRow = std::min(count, kDotsPerRow);
    const qreal rowWidth = perRow * kDot + std::max(0, perRow - 1) * kDotGap;
    painter->setPen(Qt::NoPen);
    for (int i = 0; i < shown; ++i) {
        const int row = i / kDotsPerRow;
        const int column = i % kDotsPerRow;
        const QPointF topLeft(-rowWidth / 2 + column * (kDot + kDotGap),
                              textRect.bottom() + kDotGap + row * (kDot + kDotGap));
        const QRectF dot(topLeft, QSizeF(kDot, kDot));
        painter->setBrush(dotColor(i));
        painter->drawEllipse(dot);
        if (isDrifted(i)) {
            painter->setPen(QPen(driftColor(), 1.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(dot.adjusted(-1.5, -1.5, 1.5, 1.5));
            painter->setPen(Qt::NoPen);
        }
    }
}

} // namespace Maestro::Gui
