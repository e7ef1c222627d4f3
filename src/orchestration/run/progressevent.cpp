// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressevent.h"

namespace Maestro::Orchestration {

bool isFinalPhase(ProgressPhase phase)
{
    switch (phase) {
    case ProgressPhase::Done:
    case ProgressPhase::Failed:
    case ProgressPhase::Skipped:
    case ProgressPhase::Aborted:
        return true;
    case ProgressPhase::Queued:
    case ProgressPhase::Waiting:
    case ProgressPhase::Pulling:
    case ProgressPhase::Creating:
    case ProgressPhase::Starting:
    case ProgressPhase::Checking:
    case ProgressPhase::Stopping:
    case ProgressPhase::Removing:
    case ProgressPhase::Info:
        return false;
    }
    return false;
}

bool ProgressEvent::isFinal() const
{
    return isFinalPhase(phase);
}

QString phaseName(ProgressPhase phase)
{
    switch (phase) {
    case ProgressPhase::Queued:
        return QStringLiteral("queued");
    case ProgressPhase::Waiting:
        return QStringLiteral("waiting");
    case ProgressPhase::Pulling:
        return QStringLiteral("pulling");
    case ProgressPhase::Creating:
        return QStringLiteral("creating");
    case ProgressPhase::Starting:
        return QStringLiteral("starting");
    case ProgressPhase::Checking:
        return QStringLiteral("checking");
    case ProgressPhase::Stopping:
        return QStringLiteral("stopping");
    case ProgressPhase::Removing:
        return QStringLiteral("removing");
    case ProgressPhase::Info:
        return QStringLiteral("info");
    case ProgressPhase::Done:
        return QStringLiteral("done");
    case ProgressPhase::Failed:
        return QStringLiteral("failed");
    case ProgressPhase::Skipped:
        return QStringLiteral("skipped");
    case ProgressPhase::Aborted:
        return QStringLiteral("aborted");
    }
    return QStringLiteral("unknown");
}

} // namespace Maestro::Orchestration
