// SPDX-License-Identifier: GPL-3.0-or-later
#include "runmodel.h"

#include "modelslog.h"

#include <QColor>
#include <QLocale>

namespace Maestro::Models {

using Orchestration::ProgressEvent;
using Orchestration::ProgressPhase;

namespace {

// Queued and Waiting are one thing on the timeline: not working yet.
ProgressPhase timelinePhase(ProgressPhase phase)
{
    return phase == ProgressPhase::Queued ? ProgressPhase::Waiting : phase;
}

bool isWorkPhase(ProgressPhase phase)
{
    return phase != ProgressPhase::Queued && phase != ProgressPhase::Waiting
           && !Orchestration::isFinalPhase(phase);
}

// "4.2", or "20" for whole seconds (limits are usually whole).
QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', ms % 1000 == 0 && ms != 0 ? 0 : 1);
}

// "5.0": a time that counts up keeps its width.
QString tenths(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

// An error's first line, for a one-line cell (the tooltip has all of it).
QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

RunModel::RunModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunModel::setPlan(const Orchestration::Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    m_rows.reserve(plan.size());
    for (const Orchestration::PlanStep &step : plan.steps()) {
        Row row;
        row.step = step;
        m_rows.append(row);
    }
    m_finished = 0;
    m_nowMs = 0;
    m_reportApplied = false;
    endResetModel();
    emit progressChanged();
}

void RunModel::clear()
{
    setPlan({});
}

int RunModel::rowOf(const QString &instance) const
{
    return m_plan.indexOf(instance);
}

void RunModel::enterPhase(Row &row, ProgressPhase phase, qint64 timeMs)
{
    const ProgressPhase shown = timelinePhase(phase);
    if (!row.segments.isEmpty() && row.segments.last().toMs < 0) {
        if (row.segments.last().phase == shown)
            return;
        row.segments.last().toMs = timeMs;
    }
    row.segments.append(TimelineSegment{shown, timeMs, -1});
}

void RunModel::closeRow(Row &row, ProgressPhase phase, qint64 timeMs)
{
    if (!row.segments.isEmpty() && row.segments.last().toMs < 0)
        row.segments.last().toMs = std::max(row.segments.last().fromMs, timeMs);
    if (row.finishedMs < 0)
        ++m_finished;
    row.finishedMs = timeMs;
    row.phase = int(phase);
    row.waitingFor.clear();
}

void RunModel::applyEvent(const ProgressEvent &event)
{
    const int r = m_plan.indexOf(event.instance);
    if (r < 0 || r >= m_rows.size()) {
        // Events of an earlier run may still be queued when a new plan is shown.
        qCDebug(lcModels) << "progress of" << event.instance << "is not a step of the plan shown";
        return;
    }
    Row &row = m_rows[r];
    if (row.finishedMs >= 0)
        return; // the final phase is always a step's last word
    m_nowMs = std::max(m_nowMs, event.timeMs);
    // A check is the row's activity until something else is reported (not just a segment).
    if (event.phase != ProgressPhase::Checking
        && (event.phase != ProgressPhase::Info || !event.message.isEmpty()))
        row.check.reset();
    if (event.isFinal()) {
        closeRow(row, event.phase, event.timeMs);
        if (event.phase == ProgressPhase::Failed || event.phase == ProgressPhase::Aborted)
            row.error = event.message;
        // A step that is done says how, when its result needs more than a word.
        row.activity = event.message.isEmpty() && event.phase == ProgressPhase::Done
                           ? row.result
                           : event.message;
    } else {
        if (event.segment.kind == ProgressEvent::Segment::Kind::Word)
            row.result = event.detail;
        if (event.phase != ProgressPhase::Info) {
            row.phase = int(event.phase);
            enterPhase(row, event.phase, event.timeMs);
        } else if (row.phase < 0) {
            row.phase = int(event.phase);
        }
        if (isWorkPhase(event.phase) && row.startedMs < 0)
            row.startedMs = event.timeMs;
        row.waitingFor = event.phase == ProgressPhase::Waiting ? event.waitingFor : QStringList();
        switch (event.phase) {
        case ProgressPhase::Waiting:
            row.activity
                = event.waitingFor.isEmpty()
                      ? event.message
                      : tr("waiting for %1").arg(event.waitingFor.join(QStringLiteral(", ")));
            break;
        case ProgressPhase::Checking:
            // The task's own "waiting for service..." comes before the first attempt.
            if (event.check.name.isEmpty()) {
                row.activity = event.message;
                row.check.reset();
            } else {
                row.activity = checkText(event.check);
                row.check = event.check;
                row.checkAtMs = event.timeMs;
            }
            break;
        case ProgressPhase::Pulling:
            if (event.bytesTotal > 0 && event.bytesDone >= 0)
                row.activity = tr("%1 (%2 of %3)")
                                   .arg(event.message, QLocale().formattedDataSize(event.bytesDone),
                                        QLocale().formattedDataSize(event.bytesTotal));
            else
                row.activity = event.message;
            break;
        default:
            if (!event.detail.isEmpty())
                row.activity = event.detail;
            else if (!event.message.isEmpty())
                row.activity = event.message;
            break;
        }
    }
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    emit progressChanged();
}

void RunModel::applyReport(const Orchestration::RunReport &report)
{
    for (const Orchestration::StepOutcome &outcome : report.steps) {
        const int r = m_plan.indexOf(outcome.id);
        if (r < 0 || r >= m_rows.size())
            continue;
        Row &row = m_rows[r];
        if (row.finishedMs >= 0)
            continue;
        ProgressPhase phase = ProgressPhase::Aborted;
        if (outcome.state == Orchestration::StepState::Done)
            phase = ProgressPhase::Done;
        else if (outcome.state == Orchestration::StepState::Skipped)
            phase = ProgressPhase::Skipped;
        else if (outcome.state == Orchestration::StepState::Failed)
            phase = ProgressPhase::Failed;
        closeRow(row, phase, outcome.finishedMs >= 0 ? outcome.finishedMs : m_nowMs);
        row.error = outcome.reason;
        row.activity = outcome.reason;
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
    m_reportApplied = true;
    emit progressChanged();
}

void RunModel::setClock(qint64 nowMs)
{
    m_nowMs = std::max(m_nowMs, nowMs);
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (row.startedMs < 0 || row.finishedMs >= 0)
            continue;
        // A check's elapsed time counts on in the activity column, next to the elapsed one.
        static_assert(ActivityColumn + 1 == ElapsedColumn);
        emit dataChanged(index(r, row.check ? ActivityColumn : ElapsedColumn),
                         index(r, ElapsedColumn));
    }
}

qint64 RunModel::spanMs() const
{
    qint64 span = 0;
    for (const Row &row : m_rows) {
        for (const TimelineSegment &segment : row.segments)
            span = std::max(span, segment.toMs < 0 ? m_nowMs : segment.toMs);
    }
    return span;
}

QString RunModel::elapsedText(const Row &row) const
{
    if (row.startedMs < 0)
        return {};
    const qint64 end = row.finishedMs >= 0 ? row.finishedMs : m_nowMs;
    return tr("%1 s").arg(seconds(std::max<qint64>(0, end - row.startedMs)));
}

QString RunModel::checkText(const ProgressEvent::Check &check)
{
    const QString attempt = check.attempts > 0
                                ? tr("attempt %1/%2").arg(check.attempt).arg(check.attempts)
                                : tr("attempt %1").arg(check.attempt);
    if (check.limitMs > 0)
        return tr("%1 %2, %3 s of %4 s")
            .arg(check.name, attempt, tenths(check.elapsedMs), seconds(check.limitMs));
    return tr("%1 %2, %3 s").arg(check.name, attempt, tenths(check.elapsedMs));
}

ProgressEvent::Check RunModel::liveCheck(const Row &row) const
{
    ProgressEvent::Check check = row.check.value_or(ProgressEvent::Check{});
    check.elapsedMs += std::max<qint64>(0, m_nowMs - row.checkAtMs);
    return check;
}

QString RunModel::activityText(const Row &row) const
{
    if (!row.check)
        return row.activity;
    const QString text = checkText(liveCheck(row));
    if (row.check->lastError.isEmpty())
        return text;
    return tr("%1; last error: %2").arg(text, firstLine(row.check->lastError));
}

QString RunModel::activityToolTip(const Row &row) const
{
    if (!row.check || row.check->lastError.isEmpty())
        return activityText(row);
    return tr("%1\nLast error: %2").arg(checkText(liveCheck(row)), row.check->lastError);
}

QString RunModel::phaseText(ProgressPhase phase)
{
    switch (phase) {
    case ProgressPhase::Queued:
        return tr("queued");
    case ProgressPhase::Waiting:
        return tr("waiting");
    case ProgressPhase::Pulling:
        return tr("pulling");
    case ProgressPhase::Creating:
        return tr("creating");
    case ProgressPhase::Starting:
        return tr("starting");
    case ProgressPhase::Checking:
        return tr("checking");
    case ProgressPhase::Stopping:
        return tr("stopping");
    case ProgressPhase::Removing:
        return tr("removing");
    case ProgressPhase::Info:
        return tr("working");
    case ProgressPhase::Done:
        return tr("done");
    case ProgressPhase::Failed:
        return tr("failed");
    case ProgressPhase::Skipped:
        return tr("skipped");
    case ProgressPhase::Aborted:
        return tr("not run");
    }
    return {};
}

int RunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case InstanceColumn:
            return row.step.id;
        case ShipColumn:
            return row.step.ship;
        case PhaseColumn:
            return row.phase < 0 ? tr("pending") : phaseText(ProgressPhase(row.phase));
        case ActivityColumn:
            return activityText(row);
        case ElapsedColumn:
            return elapsedText(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ActivityColumn) {
            const QString tip = activityToolTip(row);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != PhaseColumn || row.phase < 0)
            return {};
        if (row.phase == int(ProgressPhase::Failed))
            return QColor(0xc0, 0x1c, 0x28);
        if (row.phase == int(ProgressPhase::Done))
            return QColor(0x26, 0x80, 0x3a);
        return {};
    case PhaseRole:
        return row.phase;
    case InstanceRole:
        return row.step.id;
    case ServiceRole:
        return row.step.service;
    case WaitingForRole:
        return row.waitingFor;
    case SegmentsRole:
        return QVariant::fromValue(row.segments);
    case ErrorRole:
        return row.error;
    case CheckErrorRole:
        return row.check ? row.check->lastError : QString();
    default:
        return {};
    }
}

QVariant RunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InstanceColumn:
        return tr("Instance");
    case ShipColumn:
        return tr("Ship");
    case PhaseColumn:
        return tr("Phase");
    case ActivityColumn:
        return tr("Activity");
    case ElapsedColumn:
        return tr("Elapsed");
    }
    return {};
}

} // namespace Maestro::Models
