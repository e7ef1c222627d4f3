// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcontroller.h"

#include "planpreviewdialog.h"

#include "models/runmodel.h"

#include <QSettings>

#include <utility>

namespace Maestro::Gui {

using Orchestration::ProgressPhase;

namespace {
const QString kConcurrencyKey = QStringLiteral("run/concurrency");
const QString kRefreshKey = QStringLiteral("run/refreshImages");
const QString kReuseKey = QStringLiteral("run/reuse");
const QString kStepDelayKey = QStringLiteral("run/stepDelaySeconds");
const QString kDependenciesKey = QStringLiteral("run/withDependencies");
const QString kIgnoreOrderKey = QStringLiteral("run/ignoreOrder");
} // namespace

RunController::RunController(Orchestration::ShipConnections &connections, QWidget *dialogParent,
                             QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_dialogParent(dialogParent)
    , m_model(new Models::RunModel(this))
{
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, [this] { m_model->setClock(m_clock.elapsed()); });
}

RunController::~RunController()
{
    delete m_session; // cancels and waits for the running tasks
}

void RunController::setEnvironment(Core::EnvironmentPtr environment)
{
    m_environment = std::move(environment);
}

void RunController::setStateLookup(std::function<Models::InstanceState(const QString &)> lookup)
{
    m_stateLookup = std::move(lookup);
}

void RunController::setStaleError(std::optional<Core::Diagnostic> error, const QString &mainFile)
{
    m_staleError = std::move(error);
    m_mainFile = mainFile;
}

bool RunController::isRunning() const
{
    return m_session && !m_session->isFinished();
}

Orchestration::RunSession::Options RunController::savedOptions() const
{
    QSettings settings;
    Orchestration::RunSession::Options o;
    o.concurrency = settings.value(kConcurrencyKey, 0).toInt();
    o.task.refreshImages = settings.value(kRefreshKey, false).toBool();
    o.task.reuse = settings.value(kReuseKey, false).toBool();
    o.stepDelayMs = qint64(settings.value(kStepDelayKey, 0).toInt()) * 1000;
    return o;
}

bool RunController::savedWithDependencies() const
{
    return QSettings().value(kDependenciesKey, true).toBool();
}

void RunController::saveOptions(const PlanPreviewDialog &dialog) const
{
    QSettings settings;
    const Orchestration::RunSession::Options o = dialog.options();
    const Orchestration::PlanRequest r = dialog.request();
    settings.setValue(kConcurrencyKey, o.concurrency);
    settings.setValue(kRefreshKey, o.task.refreshImages);
    settings.setValue(kReuseKey, o.task.reuse);
    settings.setValue(kStepDelayKey, int(o.stepDelayMs / 1000));
    settings.setValue(kDependenciesKey, r.withDependencies);
    settings.setValue(kIgnoreOrderKey, r.ignoreDependencies);
}

void RunController::requestRun(Orchestration::Command command, const QStringList &things)
{
    Orchestration::PlanRequest request;
    request.command = command;
    request.things = things;
    // Service names are accepted for every command, as the tree offers them.
    request.expandServices = true;
    request.all = things.isEmpty();
    request.withDependencies = savedWithDependencies();
    request.ignoreDependencies = QSettings().value(kIgnoreOrderKey, false).toBool();
    openPreview(request, savedOptions());
}

void RunController::requestApplyChanges(const QStringList &instances)
{
    if (instances.isEmpty()) {
        emit problem(tr("Nothing to apply: no container is known to differ from the file."));
        return;
    }
    Orchestration::PlanRequest request;
    request.command = Orchestration::Command::Restart;
    request.things = instances;
    request.withDependencies = false; // exactly the containers that differ
    Orchestration::RunSession::Options options = savedOptions();
    options.task.onlyIfChanged = true;
    openPreview(request, options);
}

void RunController::openPreview(const Orchestration::PlanRequest &request,
                                const Orchestration::RunSession::Options &options)
{
    if (isRunning()) {
        emit problem(tr("A run is still in progress: cancel it or wait for it to end."));
        return;
    }
    if (!m_environment) {
        emit problem(tr("Open an environment file first."));
        return;
    }
    if (m_preview)
        m_preview->close();
    auto *dialog = new PlanPreviewDialog(m_environment, request, options, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_stateLookup) {
        Models::StateSnapshot states;
        for (const Core::Instance &instance : m_environment->instances)
            states.insert(instance.name, m_stateLookup(instance.name));
        dialog->setInstanceStates(states);
    }
    if (m_staleError)
        dialog->setStaleError(*m_staleError, m_mainFile);
    m_preview = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Apply Changes' own choices (no dependencies) are not the user's defaults.
        if (!dialog->options().task.onlyIfChanged)
            saveOptions(*dialog);
        if (dialog->hasPlan())
            runPlan(dialog->plan(), dialog->options());
    });
    // open(), not exec(): the event loop (and the live state) keeps going meanwhile.
    dialog->open();
}

void RunController::requestRunThen(Orchestration::Command command, Orchestration::Command then,
                                   const QStringList &things)
{
    requestRun(command, things);
    if (!m_preview)
        return;
    // After requestRun()'s own handler, which started the run.
    connect(m_preview, &QDialog::accepted, this, [this, follow = FollowUp{then, things}] {
        if (isRunning())
            m_followUp = follow;
    });
}

void RunController::runPlan(const Orchestration::Plan &plan,
                            const Orchestration::RunSession::Options &options)
{
    if (isRunning() || !m_environment)
        return;
    delete m_session;
    m_checking.clear();
    m_failedChecks.clear();
    m_session = new Orchestration::RunSession(m_environment, plan, options, m_connections);
    connect(m_session, &Orchestration::RunSession::progress, this, &RunController::onProgress);
    connect(m_session, &Orchestration::RunSession::finished, this, &RunController::onFinished);
    m_model->setPlan(plan);
    m_clock.start();
    m_tick.start();
    emit runStarted(plan);
    m_session->start();
}

void RunController::cancel()
{
    if (isRunning())
        m_session->cancel();
}

bool RunController::hasRunningChecks(const QString &instance) const
{
    const Core::Instance *found = m_environment ? m_environment->instance(instance) : nullptr;
    const QList<Core::LifecycleCheck> *checks
        = found ? found->checksFor(QStringLiteral("running")) : nullptr;
    return checks && !checks->isEmpty();
}

void RunController::onProgress(const Orchestration::ProgressEvent &event)
{
    m_model->applyEvent(event);
    if (event.killedAfterTimeoutS > 0)
        emit killedAfterTimeout(event.instance, event.killedAfterTimeoutS);
    if (event.phase == ProgressPhase::Checking && !hasRunningChecks(event.instance)) {
        // A start passes through the checking phase even without checks: nothing passed.
        emit checkStateChanged(event.instance, Models::InstanceState::Check::None, {});
    } else if (event.phase == ProgressPhase::Checking) {
        m_checking.insert(event.instance, true);
        emit checkStateChanged(event.instance, Models::InstanceState::Check::Checking,
                               Models::RunModel::checkText(event.check));
    } else if (event.isFinal() && m_checking.value(event.instance)) {
        // The step ended during (or right after) its checks: they decided it.
        m_checking.remove(event.instance);
        if (event.phase == ProgressPhase::Done) {
            emit checkStateChanged(event.instance, Models::InstanceState::Check::Passed, {});
        } else {
            m_failedChecks.append(event.instance);
            emit checkStateChanged(event.instance, Models::InstanceState::Check::Failed,
                                   event.message);
        }
    } else if (event.phase != ProgressPhase::Info) {
        m_checking.remove(event.instance);
    }
}

void RunController::onFinished(const Orchestration::RunReport &report)
{
    m_tick.stop();
    m_model->setClock(m_clock.elapsed());
    m_model->applyReport(report);
    emit runFinished(report);
    if (!report.ok() && !report.cancelled)
        emit problem(report.firstError->message);
    if (const std::optional<FollowUp> follow = std::exchange(m_followUp, std::nullopt);
        follow && report.ok())
        requestRun(follow->command, follow->things);
}

} // namespace Maestro::Gui
