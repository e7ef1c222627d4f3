// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace Maestro::Core {

// Which way dependencies are followed: start, status, pull, clean and dump bring in what
// a thing needs; stop, kill and restart what needs it (spec 10.4, 10.5).
enum class Direction { Start, Stop };

struct SelectionRequest
{
    QStringList things; // service and instance names; empty = the command's default
    Direction direction = Direction::Start;
    bool withDependencies = false; // -d (or implied)
    bool expandServices = true;    // false for stop/kill/restart without -s/-a
    QString containerFilter;       // -C
    QString shipFilter;            // -S
};

// Resolves things to instances (spec 10.2-10.4): instance names win over service names,
// duplicates removed (KW-8), dependencies added and ordered in layers when asked, and
// the -C/-S filters applied last, also with dependencies (KW-7). Returns instance names
// in play order.
Result<QStringList> selectInstances(const Environment &environment,
                                    const SelectionRequest &request);

// The default things of a command given none (spec 10.3): every service for `status`,
// else every service that is not `omit`ted.
QStringList defaultThings(const Environment &environment, bool includeOmitted);

// The instances of the same play that `instance` must wait for (spec 10.5): those whose
// service is in its dependency (or dependent) closure.
QStringList waitSet(const Environment &environment, const QString &instance,
                    const QStringList &play, Direction direction);

} // namespace Maestro::Core
