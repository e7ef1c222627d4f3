// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/plan/planbuilder.h"
#include "orchestration/run/runsession.h"

#include "models/instancestate.h"

#include "core/diagnostic.h"
#include "core/model/environment.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTreeWidget;

namespace Maestro::Gui {

// Shows what a command will do before it does it: the steps numbered in the order they run
// (instance, service, ship, task, what each waits for), the ships touched and what the
// dependencies pull in ("Stopping db-1 also stops api-1, worker-1"), with the run options
// beside it. Changing an option rebuilds the plan at once; Run accepts the dialog and plan()
// is then exactly what was shown. A plan that cannot be built shows its error and cannot be
// run. With the live states it marks the steps that have nothing to do ("already
// running"); with a stale environment (the file has errors now) it says which version runs
// and enables Run only once the user agreed to run it. GUI thread only.
class PlanPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPreviewDialog)

public:
    PlanPreviewDialog(Core::EnvironmentPtr environment, Orchestration::PlanRequest request,
                      Orchestration::RunSession::Options options, QWidget *parent = nullptr);

    const Orchestration::Plan &plan() const { return m_plan; }
    bool hasPlan() const { return m_planOk; }
    QString errorText() const { return m_error; }
    Orchestration::PlanRequest request() const;
    Orchestration::RunSession::Options options() const;
    // "Stopping db-1 also stops api-1 and worker-1 (they depend on it)." or empty.
    QString pulledInText() const;
    // "a", "a and b", "a, b and c".
    static QString listText(const QStringList &items);
    // "it depends on them", ...: the pronouns for these counts of dependents and of what
    // they depend on.
    static QString dependsText(qsizetype dependents, qsizetype dependencies);
    QStringList shipsTouched() const;
    QTreeWidget *stepsView() const { return m_steps; }
    // The instances' live states, for the no-op marks of the Task column.
    void setInstanceStates(const Models::StateSnapshot &states);
    // The environment shown is the last one that loaded; `error` is the file's first error
    // now. Run waits for the confirmation box.
    void setStaleError(const Core::Diagnostic &error, const QString &mainFile);
    // "uses the last version that loaded; line 22 has an error"
    static QString staleText(const Core::Diagnostic &error, const QString &mainFile);
    // The Task column of a step: "start", "start (pulled in)", "already running", ...
    QString taskText(const Orchestration::PlanStep &step) const;

    // The title of a command's action and dialog: "Start", "Stop", ...
    static QString commandTitle(Orchestration::Command command);

private:
    QString title() const;
    void rebuild();

    Core::EnvironmentPtr m_environment;
    Orchestration::PlanRequest m_request;
    Orchestration::RunSession::Options m_initialOptions; // what the widgets do not show
    Orchestration::Plan m_plan;
    bool m_planOk = false;
    QString m_error;
    Models::StateSnapshot m_states;
    bool m_stale = false;

    QLabel *m_summary;
    QLabel *m_pulledIn;
    QLabel *m_staleNote;
    QCheckBox *m_runStale;
    QTreeWidget *m_steps;
    QCheckBox *m_withDependencies;
    QCheckBox *m_ignoreOrder;
    QCheckBox *m_refreshImages;
    QCheckBox *m_reuse;
    QSpinBox *m_concurrency;
    QSpinBox *m_stepDelay;
    QDialogButtonBox *m_buttons;
};

} // namespace Maestro::Gui
