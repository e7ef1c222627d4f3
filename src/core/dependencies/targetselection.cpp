// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetselection.h"

#include "dependenciestr.h"
#include "wildcard.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace Maestro::Core {

namespace {

const QList<int> &neighbours(const DependencyGraph &graph, int service, Direction direction)
{
    return direction == Direction::Start ? graph.dependencies(service) : graph.dependents(service);
}

QList<int> reachable(const DependencyGraph &graph, int service, Direction direction)
{
    return direction == Direction::Start ? graph.dependencyClosure(service)
                                         : graph.dependentClosure(service);
}

// Orders instances in layers (spec 10.4 d): repeatedly walk the pending list in name
// order, placing an instance once every instance of every service it (transitively)
// depends on is placed. A service is "settled" when all its instances are placed and
// all its direct dependencies are settled; settling propagates through a work list, so
// ordering is linear in the graph plus the number of passes.
Result<QStringList> orderInLayers(const Environment &env, const QStringList &sortedNames,
                                  Direction direction)
{
    const DependencyGraph &graph = env.dependencies();
    const int count = graph.serviceCount();
    std::vector<int> unplaced(size_t(count), 0);
    for (int s = 0; s < count; ++s)
        unplaced[size_t(s)] = int(env.services.at(s).instances.size());
    std::vector<bool> settled(size_t(count), false);
    const Direction reverse = direction == Direction::Start ? Direction::Stop : Direction::Start;

    const auto settle = [&](int first) {
        QList<int> work{first};
        while (!work.isEmpty()) {
            const int s = work.takeLast();
            if (settled[size_t(s)] || unplaced[size_t(s)] > 0)
                continue;
            const QList<int> &deps = neighbours(graph, s, direction);
            if (!std::all_of(deps.cbegin(), deps.cend(), [&](int d) { return settled[size_t(d)]; }))
                continue;
            settled[size_t(s)] = true;
            work.append(neighbours(graph, s, reverse));
        }
    };
    for (int s = 0; s < count; ++s)
        settle(s);

    QStringList ordered;
    QStringList pending = sortedNames;
    while (!pending.isEmpty()) {
        QStringList deferred;
        for (const QString &name : std::as_const(pending)) {
            const int s = int(env.serviceIndex(env.instance(name)->service));
            const QList<int> &deps = neighbours(graph, s, direction);
            if (std::all_of(deps.cbegin(), deps.cend(),
                            [&](int d) { return settled[size_t(d)]; })) {
                ordered.append(name);
                --unplaced[size_t(s)];
                settle(s);
            } else {
                deferred.append(name);
            }
        }
        if (deferred.size() == pending.size()) {
            return Error{DependenciesTr::tr("Cannot resolve dependencies for containers %1!")
                             .arg(deferred.join(QStringLiteral(", "))),
                         {},
                         {}};
        }
        pending = deferred;
    }
    return ordered;
}

} // namespace

QStringList defaultThings(const Environment &environment, bool includeOmitted)
{
    QStringList things;
    for (const Service &s : environment.services) {
        if (includeOmitted || !s.omit)
            things << s.name;
    }
    return things;
}

Result<QStringList> selectInstances(const Environment &env, const SelectionRequest &request)
{
    QStringList selected;
    QSet<QString> seen;
    const auto add = [&](const QString &name) {
        if (!seen.contains(name)) {
            seen.insert(name);
            selected.append(name);
        }
    };
    for (const QString &thing : request.things) {
        if (env.instance(thing)) {
            add(thing);
        } else if (const Service *service = env.service(thing)) {
            if (!request.expandServices)
                return Error{
                    DependenciesTr::tr("%1 is a service but --expand-services was not specified")
                        .arg(thing),
                    {},
                    {}};
            QStringList names = service->instances;
            std::sort(names.begin(), names.end());
            for (const QString &name : std::as_const(names))
                add(name);
        } else {
            return Error{
                DependenciesTr::tr("%1 is neither a service nor a container!").arg(thing), {}, {}};
        }
    }

    if (request.withDependencies) {
        QSet<int> expanded; // services whose closure was walked
        QSet<int> included; // services all of whose instances were added
        // `selected` grows inside the loop: index it, never hold a reference into it.
        for (qsizetype k = 0; k < selected.size(); ++k) {
            const int s = int(env.serviceIndex(env.instance(selected.at(k))->service));
            if (expanded.contains(s))
                continue;
            expanded.insert(s);
            for (int other : reachable(env.dependencies(), s, request.direction)) {
                if (!included.contains(other)) {
                    included.insert(other);
                    for (const QString &i : env.services.at(other).instances)
                        add(i);
                }
            }
        }
    }
    std::sort(selected.begin(), selected.end());
    if (request.withDependencies) {
        auto ordered = orderInLayers(env, selected, request.direction);
        if (!ordered)
            return ordered;
        selected = std::move(ordered).value();
    }

    // KW-7: filters narrow the final list, with or without dependencies.
    if (!request.containerFilter.isEmpty() || !request.shipFilter.isEmpty()) {
        QStringList filtered;
        for (const QString &name : std::as_const(selected)) {
            const Instance *instance = env.instance(name);
            if (!request.containerFilter.isEmpty() && !wildcardMatch(request.containerFilter, name))
                continue;
            if (!request.shipFilter.isEmpty() && !wildcardMatch(request.shipFilter, instance->ship))
                continue;
            filtered.append(name);
        }
        selected = filtered;
    }
    return selected;
}

QStringList waitSet(const Environment &env, const QString &instance, const QStringList &play,
                    Direction direction)
{
    const Instance *self = env.instance(instance);
    if (!self)
        return {};
    const QList<int> closure
        = reachable(env.dependencies(), int(env.serviceIndex(self->service)), direction);
    const QSet<int> services(closure.cbegin(), closure.cend());
    QStringList waits;
    for (const QString &other : play) {
        const Instance *o = env.instance(other);
        if (o && other != instance && services.contains(int(env.serviceIndex(o->service))))
            waits.append(other);
    }
    return waits;
}

} // namespace Maestro::Core
