// SPDX-License-Identifier: GPL-3.0-or-later
#include "orchestrationlog.h"

namespace Maestro::Orchestration {

Q_LOGGING_CATEGORY(lcOrchestration, "maestro.orchestration")

} // namespace Maestro::Orchestration
