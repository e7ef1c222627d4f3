// SPDX-License-Identifier: GPL-3.0-or-later
#include "runpanel.h"

#include "planpreviewdialog.h"
#include "runcontroller.h"
#include "timelineview.h"

#include "gui/widgets/elidedlabel.h"

#include "models/runmodel.h"

#include "orchestration/plan/command.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Maestro::Gui {

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_status(new ElidedLabel(this))
    , m_details(new QPushButton(tr("&Details…"), this))
    , m_cancel(new QPushButton(tr("&Cancel Run"), this))
    , m_failedChecksBar(new QWidget(this))
    , m_failedChecksText(new ElidedLabel(m_failedChecksBar))
    , m_stopFailed(new QPushButton(tr("St&op Them"), m_failedChecksBar))
    , m_removeFailed(new QPushButton(tr("Re&move Them"), m_failedChecksBar))
    , m_tabs(new QTabWidget(this))
    , m_steps(new QTreeView(this))
    , m_timeline(new TimelineView(this))
{
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setMinimumWidth(150);
    m_progress->setMaximumWidth(260);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setAccessibleName(tr("Run outcome"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("runDetailsButton"));
    m_details->setToolTip(tr("Show the whole outcome"));
    connect(m_details, &QPushButton::clicked, this, &RunPanel::showDetails);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancelRequested);
    setRunning(false, tr("Nothing has run yet. Select instances and choose Start, Stop, … "
                         "from the Run menu."));

    m_failedChecksBar->setObjectName(QStringLiteral("failedChecksBar"));
    m_stopFailed->setObjectName(QStringLiteral("stopFailedButton"));
    m_stopFailed->setToolTip(tr("Stop these containers (the plan preview shows what it does)"));
    connect(m_stopFailed, &QPushButton::clicked, this,
            [this] { emit stopRequested(m_failedChecks); });
    m_removeFailed->setObjectName(QStringLiteral("removeFailedButton"));
    m_removeFailed->setToolTip(
        tr("Stop these containers, then remove them (each plan preview shows what it does)"));
    connect(m_removeFailed, &QPushButton::clicked, this,
            [this] { emit removeRequested(m_failedChecks); });
    auto *failedRow = new QHBoxLayout(m_failedChecksBar);
    failedRow->setContentsMargins(0, 0, 0, 0);
    failedRow->addWidget(m_failedChecksText, 1);
    failedRow->addWidget(m_stopFailed);
    failedRow->addWidget(m_removeFailed);
    m_failedChecksBar->hide();

    m_steps->setObjectName(QStringLiteral("runStepsView"));
    m_steps->setAccessibleName(tr("Run steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->header()->setStretchLastSection(false);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(m_steps, tr("&Steps"));
    m_tabs->addTab(scroll, tr("&Timeline"));
    m_tabs->setObjectName(QStringLiteral("runTabs"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);
    top->addWidget(m_details);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_failedChecksBar);
    layout->addWidget(m_tabs, 1);
}

void RunPanel::setModel(Models::RunModel *model)
{
    m_model = model;
    m_steps->setModel(model);
    m_timeline->setModel(model);
    auto *header = m_steps->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Models::RunModel::ActivityColumn, QHeaderView::Stretch);
    header->resizeSection(Models::RunModel::InstanceColumn, 160);
    header->resizeSection(Models::RunModel::PhaseColumn, 90);
    connect(model, &Models::RunModel::progressChanged, this, &RunPanel::updateProgress);
    updateProgress();
}

void RunPanel::updateProgress()
{
    const int total = m_model ? m_model->rowCount() : 0;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(m_model ? m_model->finishedCount() : 0);
    m_progress->setFormat(tr("%1 of %2 steps").arg(m_progress->value()).arg(total));
}

void RunPanel::follow(RunController *runs)
{
    setModel(runs->model());
    connect(this, &RunPanel::cancelRequested, runs, &RunController::cancel);
    connect(this, &RunPanel::stopRequested, runs, [runs](const QStringList &instances) {
        runs->requestRun(Orchestration::Command::Stop, instances);
    });
    connect(this, &RunPanel::removeRequested, runs, [runs](const QStringList &instances) {
        runs->requestRunThen(Orchestration::Command::Stop, Orchestration::Command::Clean,
                             instances);
    });
    connect(runs, &RunController::runStarted, this, [this](const Orchestration::Plan &plan) {
        const QString title
            = plan.command() ? PlanPreviewDialog::commandTitle(*plan.command()) : QString();
        setFailedChecks({});
        setRunning(true, tr("Running %1: %n step(s)…", nullptr, plan.size()).arg(title));
    });
    connect(runs, &RunController::runFinished, this,
            [this, runs](const Orchestration::RunReport &report) {
                setRunning(false, outcomeText(report));
                setFailedChecks(runs->failedChecks());
            });
    connect(runs, &RunController::problem, this, [this, runs](const QString &message) {
        if (!runs->isRunning() && runs->model()->rowCount() == 0)
            setRunning(false, message);
    });
}

QString RunPanel::outcomeText(const Orchestration::RunReport &report)
{
    const QString outcome = Orchestration::RunSession::describeOutcome(report);
    if (report.ok())
        return tr("Finished: %1").arg(outcome);
    if (report.cancelled)
        return tr("Cancelled: %1").arg(outcome);
    return tr("Failed: %1 — %2").arg(report.firstError->message, outcome);
}

void RunPanel::setRunning(bool running, const QString &statusText)
{
    m_cancel->setEnabled(running);
    m_status->setFullText(statusText);
    // Details only when the line cannot say it all: more lines than one.
    m_details->setVisible(ElidedLabel::firstLine(statusText) != statusText.trimmed());
}

QString RunPanel::statusText() const
{
    return m_status->fullText();
}

void RunPanel::showDetails()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Run Outcome"),
                                ElidedLabel::firstLine(statusText()), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("runDetailsDialog"));
    box->setDetailedText(statusText());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void RunPanel::setFailedChecks(const QStringList &instances)
{
    m_failedChecks = instances;
    m_failedChecksText->setFullText(
        tr("Started, but their checks failed: %1. Their containers may still run.")
            .arg(instances.join(QStringLiteral(", "))));
    m_failedChecksBar->setVisible(!instances.isEmpty());
}

void RunPanel::showTimeline()
{
    m_tabs->setCurrentIndex(1);
}

} // namespace Maestro::Gui
