// SPDX-License-Identifier: GPL-3.0-or-later
#include "structureedits.h"

#include "models/formvalue.h"

namespace Maestro::Gui::StructureEdits {

using Models::FormValue::mapping;
using Models::FormValue::string;

namespace {
// `parent.key: body` where `parent` is a mapping, else `parent: {key: body}`.
Core::EditRequest addEntry(const Core::Value *parent, const Core::EditPath &parentPath,
                           const QString &key, const QString &body)
{
    if (parent && parent->isMap())
        return Models::FormValue::set(parentPath.child(key), body);
    return Models::FormValue::set(parentPath, mapping({{key, body}}));
}
} // namespace

Core::EditRequest addShip(const Core::Value &document, const QString &name, const QString &ip)
{
    const QString ships = QStringLiteral("ships");
    return addEntry(document.find(ships), Core::EditPath().child(ships), name,
                    mapping({{QStringLiteral("ip"), string(ip)}}));
}

Core::EditRequest addService(const Core::Value &document, const QString &name, const QString &image)
{
    const QString services = QStringLiteral("services");
    return addEntry(document.find(services), Core::EditPath().child(services), name,
                    mapping({{QStringLiteral("image"), string(image)},
                             {QStringLiteral("instances"), QStringLiteral("{}")}}));
}

Core::EditRequest addInstance(const Core::Value &document, const QString &service,
                              const QString &name, const QString &ship)
{
    const QString instances = QStringLiteral("instances");
    const Core::Value *services = document.find(QLatin1StringView("services"));
    const Core::Value *body = services ? services->find(service) : nullptr;
    return addEntry(
        body ? body->find(instances) : nullptr,
        Core::EditPath().child(QStringLiteral("services")).child(service).child(instances), name,
        mapping({{QStringLiteral("ship"), string(ship)}}));
}

Core::EditRequest moveInstance(const Core::Environment &environment, const QString &instance,
                               const QString &ship)
{
    const StructureTarget target{StructureTarget::Kind::Instance, instance};
    return Models::FormValue::set(target.path(environment).child(QStringLiteral("ship")),
                                  string(ship));
}

Core::EditRequest rename(const Core::Environment &environment, const StructureTarget &target,
                         const QString &newName)
{
    return Models::FormValue::rename(target.path(environment), newName);
}

Core::EditRequest remove(const Core::Environment &environment, const StructureTarget &target)
{
    return Models::FormValue::unset(target.path(environment));
}

} // namespace Maestro::Gui::StructureEdits
