// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Maestro::Orchestration {

// The orchestration layer's logging category ("maestro.orchestration"), switched on with
// QT_LOGGING_RULES. Used for programmer errors that are logged and recovered from.
Q_DECLARE_LOGGING_CATEGORY(lcOrchestration)

} // namespace Maestro::Orchestration
