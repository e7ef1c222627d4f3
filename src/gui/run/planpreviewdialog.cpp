// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpreviewdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Maestro::Gui {

using Orchestration::PlanDirection;

namespace {
enum StepColumn { RowColumn, InstanceColumn, ServiceColumn, ShipColumn, TaskColumn, WaitsColumn };
}

PlanPreviewDialog::PlanPreviewDialog(Core::EnvironmentPtr environment,
                                     Orchestration::PlanRequest request,
                                     Orchestration::RunSession::Options options, QWidget *parent)
    : QDialog(parent)
    , m_environment(std::move(environment))
    , m_request(std::move(request))
    , m_initialOptions(options)
    , m_summary(new QLabel(this))
    , m_pulledIn(new QLabel(this))
    , m_staleNote(new QLabel(this))
    , m_runStale(new QCheckBox(tr("Run the &last version that loaded"), this))
    , m_steps(new QTreeWidget(this))
    , m_withDependencies(new QCheckBox(tr("With &dependencies"), this))
    , m_ignoreOrder(new QCheckBox(tr("&Ignore order"), this))
    , m_refreshImages(new QCheckBox(tr("&Refresh images"), this))
    , m_reuse(new QCheckBox(tr("Re&use existing containers"), this))
    , m_concurrency(new QSpinBox(this))
    , m_stepDelay(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("planPreviewDialog"));
    setWindowTitle(tr("%1 — Plan Preview").arg(title()));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_pulledIn->setWordWrap(true);
    m_pulledIn->setObjectName(QStringLiteral("planPulledIn"));
    m_pulledIn->setAccessibleName(tr("Instances pulled in by dependencies"));

    m_staleNote->setWordWrap(true);
    m_staleNote->setObjectName(QStringLiteral("planStaleNote"));
    m_staleNote->setTextFormat(Qt::PlainText);
    m_staleNote->hide();
    m_runStale->setObjectName(QStringLiteral("planRunStale"));
    m_runStale->hide();
    connect(m_runStale, &QCheckBox::toggled, this, &PlanPreviewDialog::rebuild);

    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setAccessibleName(tr("Plan steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setHeaderLabels(
        {tr("#"), tr("Instance"), tr("Service"), tr("Ship"), tr("Task"), tr("Waits for")});
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);

    m_withDependencies->setToolTip(tr("Also act on what the selection depends on (or, when "
                                      "stopping, on what depends on it)"));
    m_withDependencies->setChecked(m_request.withDependencies);
    m_ignoreOrder->setToolTip(tr("Do not wait for dependencies: act on every step at once"));
    m_ignoreOrder->setChecked(m_request.ignoreDependencies);
    m_refreshImages->setChecked(options.task.refreshImages);
    m_refreshImages->setToolTip(tr("Pull the image even when the ship already has it"));
    m_reuse->setChecked(options.task.reuse);
    m_reuse->setToolTip(tr("Start an existing stopped container instead of re-creating it"));
    m_concurrency->setRange(0, 256);
    m_concurrency->setSpecialValueText(tr("unlimited"));
    m_concurrency->setValue(options.concurrency);
    m_concurrency->setAccessibleName(tr("Concurrency"));
    m_stepDelay->setRange(0, 3600);
    m_stepDelay->setSuffix(tr(" s"));
    m_stepDelay->setValue(int(options.stepDelayMs / 1000));
    m_stepDelay->setAccessibleName(tr("Step delay"));
    using Orchestration::Command;
    const Command command = m_request.command;
    m_refreshImages->setEnabled(command == Command::Start || command == Command::Restart
                                || command == Command::Pull);
    m_reuse->setEnabled(command == Command::Start || command == Command::Restart);
    m_stepDelay->setEnabled(command == Command::Restart);

    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *form = new QFormLayout(optionsBox);
    form->addRow(m_withDependencies);
    form->addRow(m_ignoreOrder);
    form->addRow(m_refreshImages);
    form->addRow(m_reuse);
    form->addRow(tr("&Concurrency:"), m_concurrency);
    form->addRow(tr("Step &delay:"), m_stepDelay);

    QPushButton *run = m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    run->setObjectName(QStringLiteral("runButton"));
    run->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_steps, 1);
    body->addWidget(optionsBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_pulledIn);
    layout->addWidget(m_staleNote);
    layout->addWidget(m_runStale);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);
    resize(820, 420);

    for (QCheckBox *box : {m_withDependencies, m_ignoreOrder})
        connect(box, &QCheckBox::toggled, this, &PlanPreviewDialog::rebuild);
    rebuild();
    run->setFocus();
}

QString PlanPreviewDialog::title() const
{
    // A restart of what differs from the file, each checked again before it restarts.
    if (m_request.command == Orchestration::Command::Restart && m_initialOptions.task.onlyIfChanged)
        return tr("Apply Changes");
    return commandTitle(m_request.command);
}

QString PlanPreviewDialog::commandTitle(Orchestration::Command command)
{
    using Orchestration::Command;
    switch (command) {
    case Command::Start:
        return tr("Start");
    case Command::Stop:
        return tr("Stop");
    case Command::Restart:
        return tr("Restart");
    case Command::Kill:
        return tr("Kill");
    case Command::Pull:
        return tr("Pull");
    case Command::Clean:
        return tr("Clean");
    case Command::Status:
        break;
    }
    return Orchestration::commandName(command);
}

Orchestration::PlanRequest PlanPreviewDialog::request() const
{
    Orchestration::PlanRequest r = m_request;
    r.withDependencies = m_withDependencies->isChecked();
    r.ignoreDependencies = m_ignoreOrder->isChecked();
    return r;
}

Orchestration::RunSession::Options PlanPreviewDialog::options() const
{
    Orchestration::RunSession::Options o = m_initialOptions;
    o.task.refreshImages = m_refreshImages->isEnabled() && m_refreshImages->isChecked();
    o.task.reuse = m_reuse->isEnabled() && m_reuse->isChecked();
    o.concurrency = m_concurrency->value();
    o.stepDelayMs = m_stepDelay->isEnabled() ? qint64(m_stepDelay->value()) * 1000 : 0;
    return o;
}

QStringList PlanPreviewDialog::shipsTouched() const
{
    QStringList ships;
    for (const Orchestration::PlanStep &step : m_plan.steps()) {
        if (!ships.contains(step.ship))
            ships.append(step.ship);
    }
    return ships;
}

QString PlanPreviewDialog::listText(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    return tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString PlanPreviewDialog::dependsText(qsizetype dependents, qsizetype dependencies)
{
    // Two numbers, so no %n: the four sentences, each translated on its own.
    if (dependents == 1)
        return dependencies == 1 ? tr("it depends on it") : tr("it depends on them");
    return dependencies == 1 ? tr("they depend on it") : tr("they depend on them");
}

QString PlanPreviewDialog::pulledInText() const
{
    QStringList named;
    QStringList pulled;
    for (const Orchestration::PlanStep &step : m_plan.steps())
        (step.pulledIn ? pulled : named).append(step.id);
    if (pulled.isEmpty() || named.isEmpty())
        return {};
    const QString subjects = listText(named);
    const QString others = listText(pulled);
    // Stopping pulls in what depends on the selection; starting, what the selection
    // depends on.
    const QString stopReason = dependsText(pulled.size(), named.size());
    // The plan is built from the request: its command is the request's.
    switch (m_request.command) {
    case Orchestration::Command::Stop:
        return tr("Stopping %1 also stops %2 (%3).").arg(subjects, others, stopReason);
    case Orchestration::Command::Kill:
        return tr("Killing %1 also kills %2 (%3).").arg(subjects, others, stopReason);
    case Orchestration::Command::Restart:
        return tr("Restarting %1 also restarts %2 (%3).").arg(subjects, others, stopReason);
    case Orchestration::Command::Start:
        return tr("Starting %1 also starts %2 (%3).")
            .arg(subjects, others, dependsText(named.size(), pulled.size()));
    default:
        break;
    }
    return tr("%1 also acts on %2 (dependencies).").arg(commandTitle(m_request.command), others);
}

void PlanPreviewDialog::rebuild()
{
    m_steps->clear();
    const Core::Result<Orchestration::Plan> plan
        = m_environment ? Orchestration::buildPlan(*m_environment, request())
                        : Core::Result<Orchestration::Plan>(
                            Core::Error{tr("No environment is open."), {}, {}});
    m_planOk = bool(plan) && !plan->isEmpty();
    QPushButton *run = m_buttons->button(QDialogButtonBox::Ok);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            run = qobject_cast<QPushButton *>(button);
    }
    if (!plan) {
        m_plan = {};
        m_error = plan.error().message;
        m_summary->setText(tr("<b>This cannot run:</b> %1").arg(m_error.toHtmlEscaped()));
        m_pulledIn->clear();
        if (run)
            run->setEnabled(false);
        return;
    }
    m_plan = *plan;
    m_error.clear();
    const QStringList ships = shipsTouched();
    m_summary->setText(tr("%1: %n step(s) in this order", nullptr, m_plan.size()).arg(title())
                       + QStringLiteral(" · ")
                       + tr("ships touched: %1")
                             .arg(ships.isEmpty() ? tr("none") : ships.join(QStringLiteral(", "))));
    m_pulledIn->setText(pulledInText());
    m_pulledIn->setVisible(!m_pulledIn->text().isEmpty());
    for (int i = 0; i < m_plan.size(); ++i) {
        const Orchestration::PlanStep &step = m_plan.step(i);
        auto *item = new QTreeWidgetItem(m_steps);
        // Numbered in the order the steps run, which is the plan's order; `row` is the
        // command line's numbering, which counts down when stopping.
        item->setText(RowColumn, QString::number(i + 1));
        item->setText(InstanceColumn, step.id);
        item->setText(ServiceColumn, step.service);
        item->setText(ShipColumn, step.ship);
        item->setText(TaskColumn, taskText(step));
        item->setText(WaitsColumn, step.waitsFor.join(QStringLiteral(", ")));
    }
    if (run)
        run->setEnabled(m_planOk && (!m_stale || m_runStale->isChecked()));
}

void PlanPreviewDialog::setInstanceStates(const Models::StateSnapshot &states)
{
    m_states = states;
    rebuild();
}

QString PlanPreviewDialog::staleText(const Core::Diagnostic &error, const QString &mainFile)
{
    const Core::SourceLocation &where = error.location;
    QString place;
    if (where.line <= 0)
        place = where.file.isEmpty() || where.file == mainFile
                    ? tr("the file has an error")
                    : tr("%1 has an error").arg(QFileInfo(where.file).fileName());
    else if (where.file.isEmpty() || where.file == mainFile)
        place = tr("line %1 has an error").arg(where.line);
    else
        place = tr("line %1 of %2 has an error")
                    .arg(where.line)
                    .arg(QFileInfo(where.file).fileName());
    return tr("This uses the last version that loaded; %1.").arg(place);
}

void PlanPreviewDialog::setStaleError(const Core::Diagnostic &error, const QString &mainFile)
{
    m_stale = true;
    m_staleNote->setText(staleText(error, mainFile));
    m_staleNote->setToolTip(error.message);
    m_staleNote->show();
    m_runStale->show();
    rebuild();
}

QString PlanPreviewDialog::taskText(const Orchestration::PlanStep &step) const
{
    using Status = Models::InstanceState::Status;
    const Status status = m_states.value(step.id).status;
    switch (m_request.command) {
    case Orchestration::Command::Start:
        if (status == Status::Running)
            return tr("already running");
        break;
    case Orchestration::Command::Stop:
    case Orchestration::Command::Kill:
        if (status == Status::Exited || status == Status::Created)
            return tr("already stopped");
        if (status == Status::Down)
            return tr("no container");
        break;
    default:
        break;
    }
    return step.pulledIn ? tr("%1 (pulled in)").arg(step.task) : step.task;
}

} // namespace Maestro::Gui
