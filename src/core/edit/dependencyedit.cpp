// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencyedit.h"

#include "edittr.h"
#include "yamlfragment.h"

#include <QHash>

#include <deque>

namespace Maestro::Core::DependencyEdit {

namespace {
using EdgeKind = DependencyGraph::EdgeKind;

struct Target
{
    const Value *service = nullptr; // the service's mapping
    const Value *names = nullptr;   // what its key holds; null when absent
    EditPath path;                  // services.<service>.<key>
};

Result<Target> find(const Value &document, const QString &service, EdgeKind kind)
{
    const QString key = keyOf(kind);
    if (key.isEmpty()) {
        return Error{EditTr::tr("Only requires and wants_info can be changed here; volumes_from "
                                "is written on the instances"),
                     {},
                     {}};
    }
    Target target;
    target.path = EditPath().child(QStringLiteral("services")).child(service).child(key);
    const Value *services = document.find(QLatin1StringView("services"));
    target.service = services ? services->find(service) : nullptr;
    if (!target.service || !target.service->isMap()) {
        return Error{EditTr::tr("There is no service %1 in the file").arg(service),
                     services ? services->location() : document.location(), target.path.toString()};
    }
    target.names = target.service->find(key);
    if (target.names && target.names->isNull())
        target.names = nullptr; // `requires:` with nothing is no dependency
    if (target.names && !target.names->isString() && !target.names->isList()) {
        return Error{EditTr::tr("%1 of %2 holds neither a service name nor a list of them")
                         .arg(key, service),
                     target.names->location(), target.path.toString()};
    }
    return target;
}

// The item of a list that names `dependency`, or -1.
int indexOf(const Value &list, const QString &dependency)
{
    const Value::List &items = list.items();
    for (size_t i = 0; i < items.size(); ++i) {
        if (items.at(i).isString() && items.at(i).toString() == dependency)
            return int(i);
    }
    return -1;
}

QString flowName(const QString &name)
{
    return YamlFragment::flow(Value::string(name), FragmentStyle());
}

EditRequest request(EditRequest::Operation operation, const EditPath &path,
                    const QString &argument = QString())
{
    EditRequest r;
    r.operation = operation;
    r.path = path;
    r.argument = argument;
    return r;
}
} // namespace

QString keyOf(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Requires:
        return QStringLiteral("requires");
    case EdgeKind::WantsInfo:
        return QStringLiteral("wants_info");
    case EdgeKind::VolumesFrom:
        break;
    }
    return {};
}

Result<EditRequest> addRequest(const Value &document, const QString &service,
                               const QString &dependency, EdgeKind kind)
{
    const Result<Target> target = find(document, service, kind);
    if (!target)
        return target.error();
    const Value *names = target->names;
    const Error already{
        EditTr::tr("%1 already lists %2 in %3").arg(service, dependency, keyOf(kind)),
        {},
        target->path.toString()};
    if (!names) {
        return request(EditRequest::Operation::Set, target->path,
                       QStringLiteral("[%1]").arg(flowName(dependency)));
    }
    if (names->isString()) {
        if (names->toString() == dependency)
            return Error{already.message, names->location(), already.path};
        return request(
            EditRequest::Operation::Set, target->path,
            QStringLiteral("[%1, %2]").arg(flowName(names->toString()), flowName(dependency)));
    }
    if (const int index = indexOf(*names, dependency); index >= 0)
        return Error{already.message, names->items().at(size_t(index)).location(), already.path};
    return request(EditRequest::Operation::Insert, target->path.item(int(names->items().size())),
                   flowName(dependency));
}

Result<EditRequest> removeRequest(const Value &document, const QString &service,
                                  const QString &dependency, EdgeKind kind)
{
    const Result<Target> target = find(document, service, kind);
    if (!target)
        return target.error();
    const Value *names = target->names;
    const int index = names && names->isList() ? indexOf(*names, dependency) : -1;
    const bool single = names && names->isString() && names->toString() == dependency;
    if (!single && index < 0) {
        return Error{EditTr::tr("%1 does not list %2 in %3").arg(service, dependency, keyOf(kind)),
                     names ? names->location() : target->service->location(),
                     target->path.toString()};
    }
    // The only name goes with its key: an empty `requires: []` would be noise in the file.
    if (single || names->items().size() == 1)
        return request(EditRequest::Operation::Unset, target->path);
    return request(EditRequest::Operation::Unset, target->path.item(index));
}

std::optional<QStringList> cycleThrough(const DependencyGraph &graph, const QString &service,
                                        const QString &dependency, EdgeKind kind)
{
    if (kind == EdgeKind::WantsInfo)
        return std::nullopt;
    if (service == dependency)
        return QStringList{service, service};
    QHash<QString, int> index;
    for (int i = 0; i < graph.serviceCount(); ++i)
        index.insert(graph.serviceName(i), i);
    const int from = index.value(service, -1);
    const int to = index.value(dependency, -1);
    if (from < 0 || to < 0)
        return std::nullopt;
    // The same hard edges the loader's cycle check follows (DependencyGraph::findCycle).
    QList<QList<int>> out(graph.serviceCount());
    for (const DependencyGraph::Edge &e : graph.edges()) {
        if (e.kind == EdgeKind::WantsInfo || (e.kind == EdgeKind::VolumesFrom && e.from == e.to))
            continue;
        out[e.from].append(e.to);
    }
    // Breadth first from the new dependency back to the service: the shortest way round.
    QList<int> previous(graph.serviceCount(), -1);
    previous[to] = to;
    std::deque<int> queue{to};
    while (!queue.empty() && previous.at(from) < 0) {
        const int at = queue.front();
        queue.pop_front();
        for (const int next : out.at(at)) {
            if (previous.at(next) < 0) {
                previous[next] = at;
                queue.push_back(next);
            }
        }
    }
    if (previous.at(from) < 0)
        return std::nullopt;
    QStringList cycle{service};
    for (int at = from; at != to; at = previous.at(at))
        cycle.prepend(graph.serviceName(previous.at(at)));
    cycle.prepend(service);
    return cycle;
}

Result<EditRequest> planAdd(const Value &document, const DependencyGraph &graph,
                            const QString &service, const QString &dependency, EdgeKind kind)
{
    if (const auto cycle = cycleThrough(graph, service, dependency, kind)) {
        return Error{EditTr::tr("%1 would be a cycle").arg(cycle->join(QStringLiteral(" -> "))),
                     {},
                     EditPath()
                         .child(QStringLiteral("services"))
                         .child(service)
                         .child(keyOf(kind))
                         .toString()};
    }
    return addRequest(document, service, dependency, kind);
}

} // namespace Maestro::Core::DependencyEdit
