// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "models/runmodel.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>

namespace Maestro::Gui {

using Orchestration::ProgressPhase;

namespace {
constexpr int kLaneHeight = 20;
constexpr int kLabelWidth = 150;
constexpr int kHeaderHeight = 40; // legend + axis
constexpr int kMargin = 8;

const ProgressPhase kLegend[]
    = {ProgressPhase::Waiting,  ProgressPhase::Pulling,  ProgressPhase::Creating,
       ProgressPhase::Starting, ProgressPhase::Checking, ProgressPhase::Stopping,
       ProgressPhase::Removing};
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Run timeline"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TimelineView::setModel(Models::RunModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::onModelChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { update(); });
    }
    onModelChanged();
}

void TimelineView::onModelChanged()
{
    updateGeometry();
    update();
}

QColor TimelineView::phaseColor(ProgressPhase phase)
{
    switch (phase) {
    case ProgressPhase::Queued:
    case ProgressPhase::Waiting:
        return QColor(0xc0, 0xc0, 0xc0);
    case ProgressPhase::Pulling:
        return QColor(0x8e, 0x6c, 0xc8);
    case ProgressPhase::Creating:
        return QColor(0x5b, 0x9b, 0xd5);
    case ProgressPhase::Starting:
        return QColor(0x2e, 0x86, 0xc1);
    case ProgressPhase::Checking:
        return QColor(0xf0, 0xa2, 0x02);
    case ProgressPhase::Stopping:
        return QColor(0xc0, 0x5a, 0x4a);
    case ProgressPhase::Removing:
        return QColor(0x8a, 0x3b, 0x2e);
    default:
        return QColor(0x9a, 0xa0, 0xa6);
    }
}

int TimelineView::laneTop(int row) const
{
    return kHeaderHeight + kMargin + row * kLaneHeight;
}

QSize TimelineView::sizeHint() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    return {640, laneTop(rows) + kMargin};
}

QSize TimelineView::minimumSizeHint() const
{
    return {kLabelWidth + 200, kHeaderHeight + kMargin + kLaneHeight};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   tr("No run yet: the timeline of the last run is shown here."));
        return;
    }
    // Legend.
    int x = kMargin;
    const QFontMetrics fm(font());
    for (ProgressPhase phase : kLegend) {
        p.fillRect(QRect(x, kMargin, 12, 12), phaseColor(phase));
        x += 16;
        const QString name = Models::RunModel::phaseText(phase);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPoint(x, kMargin + 11), name);
        x += fm.horizontalAdvance(name) + 14;
    }
    // Axis: a tick every "nice" number of seconds.
    const qint64 span = std::max<qint64>(1000, m_model->spanMs());
    const int left = kLabelWidth;
    const int width = std::max(50, this->width() - left - kMargin);
    const auto toX = [&](qint64 ms) { return left + int(double(ms) * width / double(span)); };
    qint64 step = 100;
    for (qint64 candidate :
         {100, 200, 500, 1000, 2000, 5000, 10000, 20000, 30000, 60000, 120000, 300000}) {
        step = candidate;
        if (span / candidate <= 10)
            break;
    }
    const int axisY = kHeaderHeight + 2;
    p.setPen(palette().color(QPalette::Mid));
    for (qint64 t = 0; t <= span; t += step) {
        const int tx = toX(t);
        p.drawLine(tx, axisY, tx, laneTop(rows));
        const QString label = tr("%1 s").arg(QLocale().toString(double(t) / 1000.0, 'g', 4));
        if (tx + 2 + fm.horizontalAdvance(label) <= this->width())
            p.drawText(QPoint(tx + 2, axisY - 4), label);
    }
    // Lanes.
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const int top = laneTop(row);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(kMargin, top, kLabelWidth - 2 * kMargin, kLaneHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(index.data(Models::RunModel::InstanceRole).toString(),
                                 Qt::ElideMiddle, kLabelWidth - 2 * kMargin));
        const auto segments
            = index.data(Models::RunModel::SegmentsRole).value<Models::TimelineSegments>();
        for (const Models::TimelineSegment &segment : segments) {
            const qint64 to = segment.toMs < 0 ? m_model->clock() : segment.toMs;
            const int x0 = toX(segment.fromMs);
            const int x1 = std::max(x0 + 2, toX(to));
            p.fillRect(QRect(x0, top + 3, x1 - x0, kLaneHeight - 6), phaseColor(segment.phase));
        }
        const int phase = index.data(Models::RunModel::PhaseRole).toInt();
        if (phase == int(ProgressPhase::Failed) && !segments.isEmpty()) {
            const int end = toX(segments.last().toMs < 0 ? m_model->clock() : segments.last().toMs);
            p.setPen(QPen(QColor(0xc0, 0x1c, 0x28), 2));
            p.drawLine(end, top + 2, end, top + kLaneHeight - 2);
        }
    }
}

} // namespace Maestro::Gui
