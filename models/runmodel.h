// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinesegment.h"

#include "orchestration/plan/plan.h"
#include "orchestration/run/progressevent.h"
#include "orchestration/run/runreport.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Maestro::Models {

// The run panel's rows: one per step of the plan being run, in plan order, with its
// phase, what it is doing (the check and its attempt, what it waits for, the error) and
// how long it has been at it; plus the phases over time for the timeline. Filled from the
// runner's ProgressEvents and its final RunReport, on the GUI thread only.
class RunModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunModel)

public:
    enum Column {
        InstanceColumn,
        ShipColumn,
        PhaseColumn,
        ActivityColumn,
        ElapsedColumn,
        ColumnCount
    };
    enum Role {
        PhaseRole = Qt::UserRole + 1, // Orchestration::ProgressPhase as int; -1 before any event
        InstanceRole,                 // QString
        ServiceRole,                  // QString
        WaitingForRole,               // QStringList: the instances this step still waits for
        SegmentsRole,                 // TimelineSegments
        ErrorRole,                    // QString: the failure (or abort) reason, when final
        CheckErrorRole,               // QString: while checking, why the last attempt failed
    };

    explicit RunModel(QObject *parent = nullptr);

    // A new run: one row per step, nothing happened yet.
    void setPlan(const Orchestration::Plan &plan);
    const Orchestration::Plan &plan() const { return m_plan; }
    void clear();

    void applyEvent(const Orchestration::ProgressEvent &event);
    // Closes what is still open with the report's outcome.
    void applyReport(const Orchestration::RunReport &report);
    // The run clock (ms since the start) for the elapsed column of unfinished steps and
    // the elapsed time of the checks being run.
    void setClock(qint64 nowMs);
    qint64 clock() const { return m_nowMs; }

    int finishedCount() const { return m_finished; }
    bool isRunFinished() const { return m_reportApplied; }
    // The longest time any segment reaches: the timeline's width.
    qint64 spanMs() const;
    int rowOf(const QString &instance) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "waiting", "pulling", ..., "done": the phase column's words.
    static QString phaseText(Orchestration::ProgressPhase phase);
    // `http:admin attempt 3/20, 4.2 s of 20 s` (3 of at most 20 attempts)
    static QString checkText(const Orchestration::ProgressEvent::Check &check);

signals:
    // After every event or report applied (the run panel updates its bar and highlights).
    void progressChanged();

private:
    struct Row
    {
        Orchestration::PlanStep step;
        int phase = -1;
        QString activity;
        QStringList waitingFor;
        QString error;
        // The detail of the last result word (ProgressEvent::detail), shown once done.
        QString result;
        // While checking: the latest attempt's report and the run time it came at, so that
        // the check's elapsed time keeps counting with the clock between attempts.
        std::optional<Orchestration::ProgressEvent::Check> check;
        qint64 checkAtMs = 0;
        qint64 startedMs = -1;
        qint64 finishedMs = -1;
        TimelineSegments segments;
    };

    void enterPhase(Row &row, Orchestration::ProgressPhase phase, qint64 timeMs);
    void closeRow(Row &row, Orchestration::ProgressPhase phase, qint64 timeMs);
    QString elapsedText(const Row &row) const;
    // The activity column: the live check (with the last attempt's error) or `activity`.
    QString activityText(const Row &row) const;
    QString activityToolTip(const Row &row) const;
    // The row's check with its elapsed time advanced to the clock.
    Orchestration::ProgressEvent::Check liveCheck(const Row &row) const;

    Orchestration::Plan m_plan;
    QList<Row> m_rows;
    int m_finished = 0;
    qint64 m_nowMs = 0;
    bool m_reportApplied = false;
};

} // namespace Maestro::Models
