// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace Maestro::Models {
class RunModel;
}

namespace Maestro::Orchestration {
struct RunReport;
}

namespace Maestro::Gui {

class RunController;
class TimelineView;

// The run panel: the overall progress bar, the outcome line, Cancel, and two tabs: one
// row per instance of the plan (phase, what it does or waits for, elapsed time) and the
// timeline of the run. Shows a RunModel; follow() lets a RunController drive it. GUI thread
// only.
class RunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)

public:
    explicit RunPanel(QWidget *parent = nullptr);

    void setModel(Models::RunModel *model);
    // Shows the runs of `runs`: its model, what runs and how each run ended on the outcome
    // line, and its problems while nothing has run; Cancel cancels its run.
    void follow(RunController *runs);
    // How a run ended: "Finished: …", "Cancelled: …" or "Failed: <error> — …".
    static QString outcomeText(const Orchestration::RunReport &report);
    // Running: Cancel enabled, the outcome line says what runs. Not running: `outcome`.
    void setRunning(bool running, const QString &statusText);
    void showTimeline();

    QTreeView *stepsView() const { return m_steps; }
    TimelineView *timelineView() const { return m_timeline; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    void updateProgress();

    Models::RunModel *m_model = nullptr;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QTabWidget *m_tabs;
    QTreeView *m_steps;
    TimelineView *m_timeline;
};

} // namespace Maestro::Gui
