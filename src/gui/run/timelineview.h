// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/run/progressevent.h"

#include <QPointer>
#include <QWidget>

namespace Maestro::Models {
class RunModel;
}

namespace Maestro::Gui {

// The last run as a Gantt chart: one lane per instance, one bar per phase (waiting,
// pulling, creating, starting, checking, stopping, removing) on the run's clock, with a
// legend and a seconds axis. Repaints when the model changes. GUI thread only.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(Models::RunModel *model);
    static QColor phaseColor(Orchestration::ProgressPhase phase);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onModelChanged();
    int laneTop(int row) const;

    QPointer<Models::RunModel> m_model;
};

} // namespace Maestro::Gui
