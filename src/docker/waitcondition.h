// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Maestro::Docker {

// What `POST /containers/{id}/wait` waits for (EngineClient::waitContainer). A header of its
// own so that the orchestration layer's ShipApi names it without the client's header.
// NotRunning returns at once for a container that was never started: use NextExit when the
// wait is set up before the start.
enum class WaitCondition { NotRunning, NextExit, Removed };

} // namespace Maestro::Docker
