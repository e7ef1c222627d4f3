// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfeedback.h"

#include "checknowcontroller.h"
#include "runactions.h"
#include "runcontroller.h"
#include "runpanel.h"

#include "gui/driftwatch.h"
#include "gui/livestate.h"
#include "gui/widgets/elidedlabel.h"

#include "document/environmentdocument.h"

#include "orchestration/run/runreport.h"

#include <QDockWidget>
#include <QStatusBar>

#include <algorithm>

namespace Maestro::Gui {

RunFeedback::RunFeedback(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    using Document::EnvironmentDocument;
    connect(parts.document, &EnvironmentDocument::staleChanged, this,
            &RunFeedback::updateStaleness);
    connect(parts.document, &EnvironmentDocument::diagnosticsChanged, this,
            &RunFeedback::updateStaleness);
    connect(parts.checks, &CheckNowController::checkStateChanged, parts.live,
            &LiveState::applyCheck);
    connect(parts.runs, &RunController::checkStateChanged, parts.live, &LiveState::applyCheck);
    connect(parts.runs, &RunController::killedAfterTimeout, parts.live,
            &LiveState::applyKilledAfterTimeout);
    connect(parts.live, &LiveState::statesObserved, parts.drift, &DriftWatch::observe);
    connect(parts.drift, &DriftWatch::inspected, parts.actions, &RunActions::driftMayHaveChanged);
    connect(parts.live, &LiveState::message, this,
            [this](const QString &message) { m_parts.statusBar->showMessage(message, 10000); });
    connect(parts.runs, &RunController::runStarted, this, [this] {
        m_parts.runDock->show();
        m_parts.runDock->raise();
    });
    connect(parts.runs, &RunController::runFinished, this,
            [this](const Orchestration::RunReport &report) {
                // One line: the run panel's Details has the rest.
                m_parts.statusBar->showMessage(
                    report.ok() ? tr("Run finished")
                                : ElidedLabel::firstLine(RunPanel::outcomeText(report)),
                    10000);
                // The event streams are quick, but the outcome must show even without them.
                m_parts.live->refresh();
            });
    connect(parts.runs, &RunController::problem, this, [this](const QString &message) {
        m_parts.statusBar->showMessage(ElidedLabel::firstLine(message), 15000);
    });
}

// A file with errors runs its last good version: the preview says so and asks.
void RunFeedback::updateStaleness()
{
    std::optional<Core::Diagnostic> firstError;
    if (m_parts.document->isStale()) {
        const Core::Diagnostics &diagnostics = m_parts.document->diagnostics();
        const auto error = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                        [](const Core::Diagnostic &d) { return d.isError(); });
        if (error != diagnostics.cend())
            firstError = *error;
    }
    m_parts.runs->setStaleError(firstError, m_parts.document->fileName());
}

} // namespace Maestro::Gui
