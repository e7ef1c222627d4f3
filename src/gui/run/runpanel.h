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

class ElidedLabel;
class RunController;
class TimelineView;

// The run panel: the overall progress bar, the outcome line (one line, elided; Details shows
// all of it), Cancel, a line offering to stop or remove the containers a run started whose
// checks failed, and two tabs: one row per instance of the plan (phase, what it does or waits for,
// elapsed time) and the timeline of the run. Shows a RunModel; follow() lets a RunController drive
// it. GUI thread only.
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
    ElidedLabel *statusLabel() const { return m_status; }
    // The whole outcome line, also what the label elides.
    QString statusText() const;
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *detailsButton() const { return m_details; }
    // Shows the whole outcome in a dialog (what Details does).
    void showDetails();
    // The line about containers that run although their check failed, and its Stop button.
    QWidget *failedChecksBar() const { return m_failedChecksBar; }
    QPushButton *stopFailedButton() const { return m_stopFailed; }
    QPushButton *removeFailedButton() const { return m_removeFailed; }

signals:
    void cancelRequested();
    // Stop the containers of `instances` (started by the last run; their checks failed).
    void stopRequested(const QStringList &instances);
    // Stop, then remove, the containers of `instances`.
    void removeRequested(const QStringList &instances);

private:
    void updateProgress();
    void setFailedChecks(const QStringList &instances);

    Models::RunModel *m_model = nullptr;
    QProgressBar *m_progress;
    ElidedLabel *m_status;
    QPushButton *m_details;
    QPushButton *m_cancel;
    QWidget *m_failedChecksBar;
    ElidedLabel *m_failedChecksText;
    QPushButton *m_stopFailed;
    QPushButton *m_removeFailed;
    QStringList m_failedChecks;
    QTabWidget *m_tabs;
    QTreeView *m_steps;
    TimelineView *m_timeline;
};

} // namespace Maestro::Gui
