// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editengine.h"

#include "core/dependencies/dependencygraph.h"
#include "core/result.h"
#include "core/value.h"

#include <QString>

#include <optional>

namespace Maestro::Core::DependencyEdit {

// Turns "web requires db" (or wants_info) into the edit engine's request, from the parsed
// document the edit will be planned on (EnvironmentDocument::lastLoad().document), for the
// graph's edge editing. The request follows what the file holds under the key: none -> a
// one-item list (the engine writes it in the style of the mapping), a list (block or flow)
// -> one more item, a single name -> a list of both. Removing unsets the one item, or the
// key when the item was its only name. Pure functions, any thread.

// `requires` or `wants_info`; empty for volumes_from, which is not written on a service.
QString keyOf(DependencyGraph::EdgeKind kind);

// The request that makes `service` list `dependency` under `kind`'s key. Refused (with where
// it is written) when the key already names it, the service is not in `document`, the key
// holds something else than names, or `kind` is volumes_from.
Result<EditRequest> addRequest(const Value &document, const QString &service,
                               const QString &dependency, DependencyGraph::EdgeKind kind);
// The request that takes `dependency` off `service`'s `kind` key. Refused when it is not there.
Result<EditRequest> removeRequest(const Value &document, const QString &service,
                                  const QString &dependency, DependencyGraph::EdgeKind kind);

// The cycle "service -> dependency -> ... -> service" a new hard edge would close in `graph`
// (requires and volumes_from, as the loader checks them; wants_info never orders anything,
// so it closes none), the shortest one, as names; nullopt when there is none.
std::optional<QStringList> cycleThrough(const DependencyGraph &graph, const QString &service,
                                        const QString &dependency, DependencyGraph::EdgeKind kind);

// addRequest(), refused first when the new edge would close a cycle in `graph` (the
// environment the user sees): "db -> web -> db would be a cycle".
Result<EditRequest> planAdd(const Value &document, const DependencyGraph &graph,
                            const QString &service, const QString &dependency,
                            DependencyGraph::EdgeKind kind);

} // namespace Maestro::Core::DependencyEdit
