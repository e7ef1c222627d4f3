// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"
#include "core/result.h"
#include "instanceruntime.h"

#include <QFuture>

class QThreadPool;

namespace Maestro::Orchestration {

class ShipApi;

// Inspects `instance`'s container through `client` (its ship's API) and, when there is one, the
// configured image (so drift compares the image by id and tells the image's defaults from stale
// settings), then computes the drift. Runs on `pool`, never on the caller's thread; the future
// fails with the client's error (naming ship and endpoint). `client` must outlive the future.
QFuture<Core::Result<InstanceRuntime>> inspectInstance(QThreadPool *pool, ShipApi *client,
                                                       Core::EnvironmentPtr environment,
                                                       const QString &instance);

} // namespace Maestro::Orchestration
