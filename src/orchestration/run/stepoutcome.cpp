// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepoutcome.h"

namespace Maestro::Orchestration {

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Aborted:
        return QStringLiteral("aborted");
    case StepState::Abandoned:
        return QStringLiteral("abandoned");
    }
    return QStringLiteral("unknown");
}

} // namespace Maestro::Orchestration
