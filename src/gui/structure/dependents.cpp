// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependents.h"

#include <QCoreApplication>

#include <algorithm>

namespace Maestro::Gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Gui::Dependents)
};

bool names(const QList<Core::ServiceReference> &references, const QString &service)
{
    return std::any_of(references.cbegin(), references.cend(),
                       [&](const Core::ServiceReference &r) { return r.name == service; });
}

// The instances outside `owner` that use one of `used` through volumes_from or links.
QStringList instanceUsers(const Core::Environment &environment, const QStringList &used,
                          const QString &owner)
{
    QStringList lines;
    for (const Core::Instance &instance : environment.instances) {
        if (instance.service == owner || used.contains(instance.name))
            continue;
        for (const QString &source : instance.volumesFrom)
            if (used.contains(source))
                lines << Tr::tr("instance %1 uses the volumes of %2 (volumes_from)")
                             .arg(instance.name, source);
        for (const QString &link : instance.links) {
            const QString target = link.section(QLatin1Char(':'), 0, 0); // "name:alias"
            if (used.contains(target))
                lines << Tr::tr("instance %1 links to %2 (links)").arg(instance.name, target);
        }
    }
    return lines;
}
} // namespace

QStringList dependentsOf(const Core::Environment &environment, const StructureTarget &target)
{
    QStringList lines;
    switch (target.kind) {
    case StructureTarget::Kind::Ship:
        for (const Core::Instance &instance : environment.instances)
            if (instance.ship == target.name)
                lines << Tr::tr("instance %1 of service %2 runs on it (ship)")
                             .arg(instance.name, instance.service);
        break;
    case StructureTarget::Kind::Service: {
        for (const Core::Service &service : environment.services) {
            if (service.name == target.name)
                continue;
            if (names(service.requiredServices, target.name))
                lines << Tr::tr("service %1 requires it (requires)").arg(service.name);
            if (names(service.wantsInfo, target.name))
                lines << Tr::tr("service %1 wants its information (wants_info)").arg(service.name);
        }
        const Core::Service *service = environment.service(target.name);
        lines += instanceUsers(environment, service ? service->instances : QStringList(),
                               target.name);
        break;
    }
    case StructureTarget::Kind::Instance:
        lines += instanceUsers(environment, {target.name}, QString());
        break;
    case StructureTarget::Kind::None:
        break;
    }
    return lines;
}

} // namespace Maestro::Gui
