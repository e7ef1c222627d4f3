// SPDX-License-Identifier: GPL-3.0-or-later
#include "structuretarget.h"

#include "models/environmenttreemodel.h"

namespace Maestro::Gui {

using Models::EnvironmentTreeModel;

StructureTarget StructureTarget::fromTreeIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    const QModelIndex row = index.siblingAtColumn(EnvironmentTreeModel::NameColumn);
    if (row.data(EnvironmentTreeModel::KindRole).value<EnvironmentTreeModel::Kind>()
        == EnvironmentTreeModel::Kind::Instance)
        return {Kind::Instance, row.data(EnvironmentTreeModel::InstanceNameRole).toString()};
    if (const QString service = row.data(EnvironmentTreeModel::ServiceNameRole).toString();
        !service.isEmpty())
        return {Kind::Service, service};
    if (const QString ship = row.data(EnvironmentTreeModel::ShipNameRole).toString();
        !ship.isEmpty())
        return {Kind::Ship, ship};
    return {};
}

StructureTarget StructureTarget::fromText(const QString &text)
{
    const QString kind = text.section(QLatin1Char(':'), 0, 0);
    const QString name = text.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("ship"))
        return {Kind::Ship, name};
    if (kind == QLatin1String("service"))
        return {Kind::Service, name};
    if (kind == QLatin1String("instance"))
        return {Kind::Instance, name};
    return {};
}

QString StructureTarget::service(const Core::Environment &environment) const
{
    switch (kind) {
    case Kind::Service:
        return name;
    case Kind::Instance:
        if (const Core::Instance *instance = environment.instance(name))
            return instance->service;
        return {};
    case Kind::Ship:
    case Kind::None:
        return {};
    }
    return {};
}

Core::EditPath StructureTarget::path(const Core::Environment &environment) const
{
    Core::EditPath root; // empty: the target is not there
    switch (kind) {
    case Kind::Ship:
        return environment.ship(name) ? root.child(QStringLiteral("ships")).child(name) : root;
    case Kind::Service:
        return environment.service(name) ? root.child(QStringLiteral("services")).child(name)
                                         : root;
    case Kind::Instance:
        if (const Core::Instance *instance = environment.instance(name))
            return root.child(QStringLiteral("services"))
                .child(instance->service)
                .child(QStringLiteral("instances"))
                .child(name);
        return root;
    case Kind::None:
        return root;
    }
    return root;
}

} // namespace Maestro::Gui
