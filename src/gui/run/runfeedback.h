// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDockWidget;
class QStatusBar;

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

class CheckNowController;
class DriftWatch;
class LiveState;
class RunActions;
class RunController;

// What the window shows of runs beyond the run panel: the run dock comes to the front when a
// run starts and the status bar says how it ended; check outcomes and our stops' timeouts go
// into the live state, which is asked again after every run; drift news reaches Apply
// Changes; a file with errors makes the plan preview say that the last good version runs.
// GUI thread only.
class RunFeedback final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunFeedback)

public:
    struct Parts
    {
        RunController *runs;
        CheckNowController *checks;
        RunActions *actions;
        LiveState *live;
        DriftWatch *drift;
        Document::EnvironmentDocument *document;
        QDockWidget *runDock;
        QStatusBar *statusBar;
    };

    RunFeedback(const Parts &parts, QObject *parent);

private:
    void updateStaleness();

    Parts m_parts;
};

} // namespace Maestro::Gui
