// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/plan/command.h"

#include "core/model/environment.h"

#include <QObject>
#include <QTimer>

class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace Maestro::Gui {

class CheckNowController;
class LiveState;
class RunController;
class SelectionSync;

// The window's Run menu: Start, Stop, Restart, Kill, Pull and Clean open the plan preview of
// their command for the selection (SelectionSync::selectedThings()), Check Now checks the
// selection's running instances, Apply Changes restarts what differs from the file (enabled
// once the live state knows of such a container), Cancel Run and Refresh State. Sets their icons,
// enables them for an open environment and no run going, and adds the run entries to context menus.
// The actions belong to the window's form; `runs` and `checks` do the work. GUI thread only.
class RunActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunActions)

public:
    struct Actions
    {
        QAction *start;
        QAction *stop;
        QAction *restart;
        QAction *kill;
        QAction *pull;
        QAction *clean;
        QAction *applyChanges;
        QAction *checkNow;
        QAction *cancelRun;
        QAction *refreshState;
    };

    RunActions(const Actions &actions, RunController *runs, CheckNowController *checks,
               SelectionSync *selection, LiveState *live, QObject *parent = nullptr);

    RunController *runController() const { return m_runs; }
    CheckNowController *checkNowController() const { return m_checks; }

    // The environment the window shows (or none).
    void setEnvironment(const Core::EnvironmentPtr &environment);
    // Shows the plan preview of `command` for the selection.
    void requestRun(Orchestration::Command command);
    // Shows the preview of restarting the containers that differ from the file.
    void applyChanges();
    // Runs the lifecycle checks of the selection's instances once: those that run, or whose
    // state is not known yet (their container is inspected first).
    void checkNow();
    // The run entries every context menu offers (they act on the selection).
    void addTo(QMenu *menu) const;
    // Pops up a context menu at `globalPos` with the run entries and, after them, `more`.
    void showMenu(const QPoint &globalPos, const QList<QAction *> &more, QWidget *parent) const;

    // Enables the actions for an open environment, no run going and (Apply Changes) a
    // container known to differ from the file.
    void updateEnabled();
    // Drift was learnt (one inspection, one observation of the ships): updateEnabled() soon,
    // once for a burst (on 2,000 instances each asks over every instance).
    void driftMayHaveChanged();

private:
    Actions m_actions;
    RunController *m_runs;
    CheckNowController *m_checks;
    SelectionSync *m_selection;
    LiveState *m_live;
    Core::EnvironmentPtr m_environment;
    QTimer m_driftUpdate;
};

} // namespace Maestro::Gui
