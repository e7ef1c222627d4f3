// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sourcelocation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Maestro::Core {

// Edges between services (spec 10.1). Services are numbered by their position in the
// environment. `requires` and the volumes_from-implied edges are hard (they order plays);
// `wants_info` is soft (link variables only). Every query is iterative and linear in the
// part of the graph it visits, so large or deep environments cannot blow the stack.
class DependencyGraph
{
public:
    enum class EdgeKind { Requires, WantsInfo, VolumesFrom };
    struct Edge
    {
        int from = 0; // the dependent service
        int to = 0;   // the service it depends on
        EdgeKind kind = EdgeKind::Requires;
        SourceLocation location;
    };

    DependencyGraph() = default;
    DependencyGraph(QStringList serviceNames, QList<Edge> edges);

    int serviceCount() const { return int(m_names.size()); }
    const QString &serviceName(int service) const { return m_names.at(service); }
    const QList<Edge> &edges() const { return m_edges; }

    // Direct hard dependencies / dependents (requires and volumes_from; KW-3: the
    // volumes_from edge counts in both directions), sorted by service name.
    const QList<int> &dependencies(int service) const { return m_dependencies.at(service); }
    const QList<int> &dependents(int service) const { return m_dependents.at(service); }
    // Direct wants_info targets, in document order.
    const QList<int> &wantsInfo(int service) const { return m_wantsInfo.at(service); }

    // deps*(s) and dependents*(s) over hard edges, sorted by service name, without s.
    QList<int> dependencyClosure(int service) const;
    QList<int> dependentClosure(int service) const;
    // Transitive `requires` only: the services whose link variables s receives (spec 9.3).
    QList<int> requiresClosure(int service) const;

    // A cycle of hard edges, as the edges that form it in order, or nothing.
    std::optional<QList<Edge>> findCycle() const;
    // "a -> b -> c -> a", with where each edge was written.
    QString describeCycle(const QList<Edge> &cycle) const;

private:
    QList<int> closure(int service, const QList<QList<int>> &adjacency) const;
    void sortByName(QList<int> &services) const;

    QStringList m_names;
    QList<Edge> m_edges;
    QList<QList<int>> m_dependencies;
    QList<QList<int>> m_dependents;
    QList<QList<int>> m_requires;
    QList<QList<int>> m_wantsInfo;
};

} // namespace Maestro::Core
