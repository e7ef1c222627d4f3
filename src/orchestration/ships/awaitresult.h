// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/tr.h"

#include "core/result.h"

#include <QFuture>

namespace Maestro::Orchestration {

// Blocks the calling worker thread until a Docker client call ends (every non-stream call
// has the ship's timeout, so this cannot hang) and returns its result; a cancelled future
// becomes an error. Only for tasks on worker threads, never on the runner's thread.
template<typename T>
Core::Result<T> awaitResult(QFuture<Core::Result<T>> future)
{
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return Core::Error{TaskTr::tr("the request was cancelled"), {}, {}};
    return future.result();
}

} // namespace Maestro::Orchestration
