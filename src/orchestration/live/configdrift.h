// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "driftitem.h"

#include "core/model/environment.h"
#include "docker/apitypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Maestro::Orchestration {

// What differs between the container MaestroNG would create for `instance` (the body of
// Core::containerCreateBody) and the inspected `container`: image, command, environment,
// ports, binds, container volumes, volumes-from, links, restart policy, limits, labels,
// user, working directory, hostname, network mode, capabilities, DNS, extra hosts,
// security options, ulimits and log configuration. Empty when the container matches.
//
// What the daemon adds by itself is not drift: the image's default environment, command,
// labels, exposed ports and volumes, the daemon's log driver when none is configured, the
// swap limit it derives from the memory limit, `/a:/b/alias` link notation. Without
// `image` (the inspected configured image) those defaults cannot be told apart from stale
// configuration, so values the configuration does not set are then not compared; with it,
// the image is compared by id instead of by name. Pure function, any thread.
QList<DriftItem> configDrift(const Core::Environment &environment, const Core::Instance &instance,
                             const Docker::ContainerDetails &container,
                             const std::optional<Docker::ImageDetails> &image = std::nullopt);

// "field: configured -> actual" lines joined with "; " (status output, log messages).
QString describeDrift(const QList<DriftItem> &drift);

} // namespace Maestro::Orchestration
