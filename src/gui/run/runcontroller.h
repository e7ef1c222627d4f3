// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planpreviewdialog.h"

#include "orchestration/plan/planbuilder.h"
#include "orchestration/run/runsession.h"

#include "models/instancestate.h"

#include "core/model/environment.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QWidget;

namespace Maestro::Models {
class RunModel;
}

namespace Maestro::Gui {

// Runs commands for the desktop: opens the plan preview for a command and a selection,
// runs the plan the user accepted in a RunSession, feeds its progress into the RunModel
// (and the run clock), and reports check states and the outcome. One run at a time. The
// run options shown in the preview persist in QSettings. GUI thread only.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    // `connections` (the process's owner of ship clients) must outlive the controller.
    RunController(Orchestration::ShipConnections &connections, QWidget *dialogParent,
                  QObject *parent = nullptr);
    ~RunController() override;

    void setEnvironment(Core::EnvironmentPtr environment);
    // Where the preview learns the instances' live states (for its no-op marks).
    void setStateLookup(std::function<Models::InstanceState(const QString &)> lookup);
    // The environment is the last one that loaded and `error` is the file's first error
    // now (nullopt: the file loads); the preview says so and asks.
    void setStaleError(std::optional<Core::Diagnostic> error, const QString &mainFile);
    Models::RunModel *model() const { return m_model; }
    bool isRunning() const;
    Orchestration::RunSession *session() const { return m_session; }
    // The preview being shown, if any.
    PlanPreviewDialog *preview() const { return m_preview; }

    // Shows the plan preview of `command` for `things` (instance or service names; empty
    // = the whole environment); Run in the preview starts exactly the plan shown.
    void requestRun(Orchestration::Command command, const QStringList &things);
    // Like requestRun(), and once the run of that preview has ended well, the preview of
    // `then` for the same things: stop, then remove (Clean leaves running containers alone).
    void requestRunThen(Orchestration::Command command, Orchestration::Command then,
                        const QStringList &things);
    // Shows the preview of restarting exactly `instances` (the containers that differ from
    // the file), in dependency order, each inspected again before its restart so that one
    // that matches by then is left running ("up to date").
    void requestApplyChanges(const QStringList &instances);
    // Runs `plan` at once (what Run in the preview does).
    void runPlan(const Orchestration::Plan &plan,
                 const Orchestration::RunSession::Options &options);
    void cancel();

    // The instances whose lifecycle checks failed in the last run: their containers were
    // started and may still run.
    QStringList failedChecks() const { return m_failedChecks; }

    Orchestration::RunSession::Options savedOptions() const;
    bool savedWithDependencies() const;

signals:
    void runStarted(const Orchestration::Plan &plan);
    void runFinished(const Orchestration::RunReport &report);
    // A lifecycle check of `instance` is running, passed or failed.
    void checkStateChanged(const QString &instance, Models::InstanceState::Check check,
                           const QString &detail);
    // Our stop killed `instance`'s container when its timeout of `seconds` ran out.
    void killedAfterTimeout(const QString &instance, int seconds);
    // Something the user must read: the run could not start, or it ended with an error.
    void problem(const QString &message);

private:
    void openPreview(const Orchestration::PlanRequest &request,
                     const Orchestration::RunSession::Options &options);
    void onProgress(const Orchestration::ProgressEvent &event);
    // Whether `instance` has `running` checks a start runs (else it has nothing to pass).
    bool hasRunningChecks(const QString &instance) const;
    void onFinished(const Orchestration::RunReport &report);
    void saveOptions(const PlanPreviewDialog &dialog) const;

    Orchestration::ShipConnections &m_connections;
    QWidget *m_dialogParent;
    Models::RunModel *m_model;
    Core::EnvironmentPtr m_environment;
    std::function<Models::InstanceState(const QString &)> m_stateLookup;
    std::optional<Core::Diagnostic> m_staleError;
    QString m_mainFile;
    QPointer<PlanPreviewDialog> m_preview;
    Orchestration::RunSession *m_session = nullptr;
    QHash<QString, bool> m_checking; // instance -> its last event was a check
    QStringList m_failedChecks;
    struct FollowUp
    {
        Orchestration::Command command;
        QStringList things;
    };
    std::optional<FollowUp> m_followUp; // requestRunThen()'s second preview, after this run
    QElapsedTimer m_clock;
    QTimer m_tick;
};

} // namespace Maestro::Gui
