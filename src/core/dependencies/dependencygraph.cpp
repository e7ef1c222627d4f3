// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencygraph.h"

#include "dependenciestr.h"

#include <algorithm>
#include <vector>

namespace Maestro::Core {

namespace {
void appendUnique(QList<int> &list, int value)
{
    if (!list.contains(value))
        list.append(value);
}

// One edge of a cycle as a sentence: "%1 requires %2 at %3" (from, to, where).
QString edgeDescription(DependencyGraph::EdgeKind kind)
{
    switch (kind) {
    case DependencyGraph::EdgeKind::Requires:
        return DependenciesTr::tr("%1 requires %2 at %3");
    case DependencyGraph::EdgeKind::WantsInfo:
        return DependenciesTr::tr("%1 wants_info %2 at %3");
    case DependencyGraph::EdgeKind::VolumesFrom:
        return DependenciesTr::tr("%1 has volumes_from on %2 at %3");
    }
    return {};
}
} // namespace

DependencyGraph::DependencyGraph(QStringList serviceNames, QList<Edge> edges)
    : m_names(std::move(serviceNames))
    , m_edges(std::move(edges))
{
    const qsizetype n = m_names.size();
    m_dependencies.resize(n);
    m_dependents.resize(n);
    m_requires.resize(n);
    m_wantsInfo.resize(n);
    for (const Edge &e : std::as_const(m_edges)) {
        switch (e.kind) {
        case EdgeKind::Requires:
            appendUnique(m_requires[e.from], e.to);
            [[fallthrough]];
        case EdgeKind::VolumesFrom:
            // KW-2: a service never depends on itself through volumes_from.
            if (e.from != e.to || e.kind == EdgeKind::Requires) {
                appendUnique(m_dependencies[e.from], e.to);
                appendUnique(m_dependents[e.to], e.from);
            }
            break;
        case EdgeKind::WantsInfo:
            appendUnique(m_wantsInfo[e.from], e.to);
            break;
        }
    }
    for (QList<int> &list : m_dependencies)
        sortByName(list);
    for (QList<int> &list : m_dependents)
        sortByName(list);
}

void DependencyGraph::sortByName(QList<int> &services) const
{
    std::sort(services.begin(), services.end(),
              [this](int a, int b) { return m_names.at(a) < m_names.at(b); });
}

QList<int> DependencyGraph::closure(int service, const QList<QList<int>> &adjacency) const
{
    std::vector<bool> seen(size_t(m_names.size()), false);
    QList<int> result;
    QList<int> stack{service};
    seen[size_t(service)] = true;
    while (!stack.isEmpty()) {
        const int current = stack.takeLast();
        for (int next : adjacency.at(current)) {
            if (seen[size_t(next)])
                continue;
            seen[size_t(next)] = true;
            result.append(next);
            stack.append(next);
        }
    }
    sortByName(result);
    return result;
}

QList<int> DependencyGraph::dependencyClosure(int service) const
{
    return closure(service, m_dependencies);
}

QList<int> DependencyGraph::dependentClosure(int service) const
{
    return closure(service, m_dependents);
}

QList<int> DependencyGraph::requiresClosure(int service) const
{
    return closure(service, m_requires);
}

std::optional<QList<DependencyGraph::Edge>> DependencyGraph::findCycle() const
{
    // Iterative depth-first search; an edge back to a service on the current path
    // closes a cycle.
    enum Color : char { White, Grey, Black };
    const qsizetype n = m_names.size();
    std::vector<Color> color(size_t(n), White);
    // Hard edges by source, keeping the edge itself for the message.
    QList<QList<const Edge *>> out(n);
    for (const Edge &e : m_edges) {
        if (e.kind == EdgeKind::WantsInfo || (e.kind == EdgeKind::VolumesFrom && e.from == e.to))
            continue;
        out[e.from].append(&e);
    }

    struct Frame
    {
        int service;
        qsizetype next;
        const Edge *via;
    };
    for (int root = 0; root < n; ++root) {
        if (color[size_t(root)] != White)
            continue;
        QList<Frame> path{{root, 0, nullptr}};
        color[size_t(root)] = Grey;
        while (!path.isEmpty()) {
            Frame &top = path.last();
            if (top.next == out.at(top.service).size()) {
                color[size_t(top.service)] = Black;
                path.removeLast();
                continue;
            }
            const Edge *edge = out.at(top.service).at(top.next++);
            if (color[size_t(edge->to)] == Grey) {
                QList<Edge> cycle;
                qsizetype start = path.size() - 1;
                while (path.at(start).service != edge->to)
                    --start;
                for (qsizetype i = start + 1; i < path.size(); ++i)
                    cycle.append(*path.at(i).via);
                cycle.append(*edge);
                return cycle;
            }
            if (color[size_t(edge->to)] == White) {
                color[size_t(edge->to)] = Grey;
                path.append({edge->to, 0, edge});
            }
        }
    }
    return std::nullopt;
}

QString DependencyGraph::describeCycle(const QList<Edge> &cycle) const
{
    if (cycle.isEmpty())
        return {};
    QStringList names{m_names.at(cycle.first().from)};
    QStringList where;
    for (const Edge &e : cycle) {
        names << m_names.at(e.to);
        where << edgeDescription(e.kind).arg(m_names.at(e.from), m_names.at(e.to),
                                             e.location.toString());
    }
    return names.join(QStringLiteral(" -> ")) + QStringLiteral(" (")
           + where.join(QStringLiteral("; ")) + QLatin1Char(')');
}

} // namespace Maestro::Core
