// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Maestro::Orchestration {

// The orchestration layer's logging category ("maestro.orchestration"), switched on with
// QT_LOGGING_RULES (STYLE rule 6). Programmer errors go through MAESTRO_ASSERT
// (core/softassert.h) instead.
Q_DECLARE_LOGGING_CATEGORY(lcOrchestration)

} // namespace Maestro::Orchestration
