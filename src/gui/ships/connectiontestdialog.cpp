// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestdialog.h"

#include "models/shipsmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Maestro::Gui {

using Step = Docker::ConnectionCheckStep;

namespace {
enum StepColumn { StepNameColumn, OutcomeColumn, TimeColumn, DetailColumn };

QString outcomeText(Step::Outcome outcome)
{
    switch (outcome) {
    case Step::Outcome::Passed:
        return ConnectionTestDialog::tr("passed");
    case Step::Outcome::Failed:
        return ConnectionTestDialog::tr("failed");
    case Step::Outcome::Skipped:
        return ConnectionTestDialog::tr("skipped");
    }
    return {};
}
} // namespace

ConnectionTestDialog::ConnectionTestDialog(Docker::ConnectionSettings settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
    , m_stepsView(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_retry(new QPushButton(tr("&Test again"), this))
{
    setWindowTitle(tr("Test connection to %1").arg(m_settings.shipName));
    resize(640, 300);

    auto *endpoint = new QLabel(m_settings.endpointDescription(), this);
    endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    endpoint->setAccessibleName(tr("Endpoint"));

    m_stepsView->setColumnCount(4);
    m_stepsView->setHeaderLabels({tr("Step"), tr("Outcome"), tr("Time"), tr("Detail")});
    m_stepsView->setRootIsDecorated(false);
    m_stepsView->setUniformRowHeights(true);
    m_stepsView->setAccessibleName(tr("Connection test steps"));
    m_stepsView->header()->setSectionResizeMode(StepNameColumn, QHeaderView::ResizeToContents);
    m_stepsView->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    m_stepsView->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Connection test result"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionTestDialog::start);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(endpoint);
    layout->addWidget(m_stepsView, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ConnectionTestDialog::onFinished);
}

ConnectionTestDialog::~ConnectionTestDialog()
{
    // The step callback posts to this object: it must have run its course first.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ConnectionTestDialog::start()
{
    if (isRunning())
        return;
    const int generation = ++m_generation;
    m_steps.clear();
    m_stepsView->clear();
    m_retry->setEnabled(false);
    m_summary->setText(tr("Testing the connection to %1…").arg(m_settings.shipName));
    m_watcher.setFuture(Docker::checkConnection(m_settings, [this, generation](const Step &step) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, step] {
                if (generation == m_generation && isRunning())
                    addStep(step);
            },
            Qt::QueuedConnection);
    }));
    emit started();
}

void ConnectionTestDialog::addStep(const Step &step)
{
    m_steps.append(step);
    auto *item = new QTreeWidgetItem(m_stepsView);
    item->setText(StepNameColumn, Models::ShipsModel::stepName(step.kind));
    item->setText(OutcomeColumn, outcomeText(step.outcome));
    item->setText(TimeColumn, step.outcome == Step::Outcome::Skipped
                                  ? QString()
                                  : tr("%1 ms").arg(step.elapsedMs));
    item->setText(DetailColumn, step.detail);
    item->setToolTip(DetailColumn, step.detail);
    if (step.outcome == Step::Outcome::Failed)
        item->setForeground(OutcomeColumn, QColor(0xd0, 0x3a, 0x2f));
    else if (step.outcome == Step::Outcome::Passed)
        item->setForeground(OutcomeColumn, QColor(0x2e, 0x8b, 0x3e));
}

void ConnectionTestDialog::onFinished()
{
    const auto future = m_watcher.future();
    // The final list is authoritative (a step posted late is shown from it).
    m_steps.clear();
    m_stepsView->clear();
    const QList<Step> steps = future.resultCount() > 0 ? future.result() : QList<Step>();
    for (const Step &step : steps)
        addStep(step);
    m_retry->setEnabled(true);

    std::optional<Docker::HostKeyProblem> hostKey;
    QString summary;
    for (const Step &step : steps) {
        if (step.outcome == Step::Outcome::Failed) {
            summary = tr("%1 failed: %2").arg(Models::ShipsModel::stepName(step.kind), step.detail);
            hostKey = step.hostKey;
            break;
        }
    }
    if (steps.isEmpty())
        summary = tr("The test was cancelled.");
    else if (summary.isEmpty())
        summary = tr("Connected: %1").arg(steps.constLast().detail);
    m_summary->setText(summary);
    emit checkFinished(steps);
    if (hostKey)
        askAboutHostKey(*hostKey);
}

void ConnectionTestDialog::askAboutHostKey(const Docker::HostKeyProblem &problem)
{
    if (m_hostKeyDialog)
        m_hostKeyDialog->close();
    m_hostKeyDialog = new HostKeyDialog(problem, this);
    m_hostKeyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_hostKeyDialog, &QDialog::accepted, this, [this, problem] {
        const QString knownHosts
            = m_settings.sshTunnel ? m_settings.sshTunnel->knownHostsPath : QString();
        const Core::VoidResult trusted = Docker::trustHostKey(problem, knownHosts);
        if (!trusted.ok()) {
            m_summary->setText(
                tr("Could not record the host key: %1").arg(trusted.error().toString()));
            return;
        }
        start();
    });
    m_hostKeyDialog->open();
}

} // namespace Maestro::Gui
