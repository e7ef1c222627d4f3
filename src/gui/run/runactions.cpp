// SPDX-License-Identifier: GPL-3.0-or-later
#include "runactions.h"

#include "checknowcontroller.h"
#include "runcontroller.h"

#include "gui/icons.h"
#include "gui/livestate.h"
#include "gui/selectionsync.h"

#include <QAction>
#include <QMenu>

namespace Maestro::Gui {

using Orchestration::Command;

RunActions::RunActions(const Actions &actions, RunController *runs, CheckNowController *checks,
                       SelectionSync *selection, LiveState *live, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_runs(runs)
    , m_checks(checks)
    , m_selection(selection)
    , m_live(live)
{
    const struct
    {
        QAction *action;
        Command command;
        const char *icon;
    } commands[] = {
        {m_actions.start, Command::Start, "media-playback-start"},
        {m_actions.stop, Command::Stop, "media-playback-stop"},
        {m_actions.restart, Command::Restart, "view-refresh"},
        {m_actions.kill, Command::Kill, "process-stop"},
        {m_actions.pull, Command::Pull, "download"},
        {m_actions.clean, Command::Clean, "edit-clear"},
    };
    for (const auto &c : commands) {
        c.action->setIcon(themedIcon(QString::fromLatin1(c.icon)));
        connect(c.action, &QAction::triggered, this,
                [this, command = c.command] { requestRun(command); });
    }
    m_actions.applyChanges->setIcon(themedIcon(QStringLiteral("view-refresh")));
    connect(m_actions.applyChanges, &QAction::triggered, this, &RunActions::applyChanges);
    // Drift arrives in the tree's states, inspection by inspection.
    m_driftUpdate.setSingleShot(true);
    m_driftUpdate.setInterval(100);
    connect(&m_driftUpdate, &QTimer::timeout, this, &RunActions::updateEnabled);
    connect(m_live, &LiveState::statesObserved, this, &RunActions::driftMayHaveChanged);
    m_actions.checkNow->setIcon(themedIcon(QStringLiteral("checkmark")));
    connect(m_actions.checkNow, &QAction::triggered, this, &RunActions::checkNow);
    m_actions.cancelRun->setIcon(themedIcon(QStringLiteral("process-stop")));
    connect(m_actions.cancelRun, &QAction::triggered, m_runs, &RunController::cancel);
    connect(m_actions.refreshState, &QAction::triggered, m_live, &LiveState::refresh);
    connect(m_runs, &RunController::runStarted, this, &RunActions::updateEnabled);
    connect(m_runs, &RunController::runFinished, this, &RunActions::updateEnabled);
    updateEnabled();
}

void RunActions::setEnvironment(const Core::EnvironmentPtr &environment)
{
    m_environment = environment;
    m_runs->setEnvironment(environment);
    m_checks->setEnvironment(environment);
    updateEnabled();
}

void RunActions::updateEnabled()
{
    const bool running = m_runs->isRunning();
    const bool open = m_environment != nullptr;
    for (QAction *action : {m_actions.start, m_actions.stop, m_actions.restart, m_actions.kill,
                            m_actions.pull, m_actions.clean})
        action->setEnabled(open && !running);
    m_actions.applyChanges->setEnabled(open && !running && m_live->hasDrift());
    m_actions.cancelRun->setEnabled(running);
    m_actions.refreshState->setEnabled(open);
    m_actions.checkNow->setEnabled(open);
}

void RunActions::driftMayHaveChanged()
{
    if (!m_driftUpdate.isActive())
        m_driftUpdate.start();
}

void RunActions::addTo(QMenu *menu) const
{
    menu->addActions({m_actions.start, m_actions.stop, m_actions.restart, m_actions.kill});
    menu->addSeparator();
    menu->addActions({m_actions.pull, m_actions.clean});
    menu->addSeparator();
    menu->addAction(m_actions.checkNow);
}

void RunActions::showMenu(const QPoint &globalPos, const QList<QAction *> &more,
                          QWidget *parent) const
{
    QMenu menu(parent);
    addTo(&menu);
    if (!more.isEmpty()) {
        menu.addSeparator();
        menu.addActions(more);
    }
    menu.exec(globalPos);
}

void RunActions::requestRun(Command command)
{
    m_runs->setEnvironment(m_environment);
    m_runs->requestRun(command, m_selection->selectedThings());
}

void RunActions::applyChanges()
{
    m_runs->setEnvironment(m_environment);
    m_runs->requestApplyChanges(m_live->driftedInstances());
}

void RunActions::checkNow()
{
    using Status = Models::InstanceState::Status;
    QStringList instances;
    for (const QString &instance : m_checks->instancesOf(m_selection->selectedThings())) {
        const Status status = m_live->status(instance);
        if (status == Status::Running || status == Status::Unknown)
            instances.append(instance);
    }
    m_checks->check(instances);
}

} // namespace Maestro::Gui
