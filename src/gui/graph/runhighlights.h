// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace Maestro::Models {
class EnvironmentTreeModel;
class RunModel;
} // namespace Maestro::Models

namespace Maestro::Gui {

class DependencyGraphScene;

// The marks a run puts on the dependency graph: the services its steps wait for and the edges
// they wait along, taken from the run's RunModel; none once the run has finished. Progress
// comes in bursts (a plan's rows all queue at once, many steps finish together), so they are
// recomputed once per event-loop turn, not per event; the end of a run clears them at once.
// `model` names the services of the instances. GUI thread only.
class RunHighlights final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHighlights)

public:
    RunHighlights(const Models::RunModel *run, const Models::EnvironmentTreeModel *model,
                  DependencyGraphScene *scene, QObject *parent = nullptr);

    // Recomputes the marks now.
    void update();

private:
    void onProgress();

    const Models::RunModel *m_run;
    const Models::EnvironmentTreeModel *m_model;
    DependencyGraphScene *m_scene;
    QTimer *m_due;
};

} // namespace Maestro::Gui
