// SPDX-License-Identifier: GPL-3.0-or-later
#include "deptree.h"

#include "targetselection.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace Maestro::Core {

namespace {

// One top-level tree, drawn depth-first with an explicit stack.
void drawTree(const DependencyGraph &graph, int root, bool recursive, QString &out)
{
    struct Frame
    {
        QList<int> children;
        qsizetype next = 0;
        QString indent;
    };
    QSet<int> shown;
    const auto childrenOf = [&](int service) {
        QList<int> children;
        for (int dep : graph.dependencies(service)) {
            if (recursive || !shown.contains(dep))
                children.append(dep);
        }
        // Without -r, every listed child counts as shown before any is descended into.
        if (!recursive) {
            for (int c : std::as_const(children))
                shown.insert(c);
        }
        return children;
    };

    out += graph.serviceName(root) + QLatin1Char('\n');
    std::vector<Frame> stack;
    stack.push_back(Frame{childrenOf(root), 0, QStringLiteral(" ")});
    while (!stack.empty()) {
        Frame &top = stack.back();
        if (top.next == top.children.size()) {
            stack.pop_back();
            continue;
        }
        const int child = top.children.at(top.next++);
        const bool last = top.next == top.children.size();
        out += top.indent + (last ? QStringLiteral("\\-") : QStringLiteral("+-")) + QLatin1Char(' ')
               + graph.serviceName(child) + QLatin1Char('\n');
        const QString indent = top.indent + (last ? QStringLiteral("  ") : QStringLiteral("|  "));
        QList<int> grandChildren = childrenOf(child);
        if (!grandChildren.isEmpty())
            stack.push_back(Frame{std::move(grandChildren), 0, indent});
    }
}

} // namespace

QString formatDependencyTree(const Environment &environment, const QStringList &things,
                             bool recursive)
{
    // Spec 10.3: without things, the services not marked `omit`; an omitted one still
    // shows below a service that requires it.
    const QStringList selected = things.isEmpty() ? defaultThings(environment, false) : things;
    QStringList services;
    for (const QString &thing : selected) {
        const Instance *instance = environment.instance(thing);
        const QString name = instance ? instance->service : thing;
        if (environment.service(name) && !services.contains(name))
            services << name;
    }
    std::sort(services.begin(), services.end());

    QStringList trees;
    for (const QString &name : std::as_const(services)) {
        QString tree;
        drawTree(environment.dependencies(), int(environment.serviceIndex(name)), recursive, tree);
        trees << tree;
    }
    return trees.join(QLatin1Char('\n'));
}

} // namespace Maestro::Core
