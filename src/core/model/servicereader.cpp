// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers.h"

#include "instancereader.h"
#include "modeltr.h"

namespace Maestro::Core {

namespace {

const QStringList kServiceKeys = {
    QStringLiteral("image"),      QStringLiteral("instances"), QStringLiteral("requires"),
    QStringLiteral("wants_info"), QStringLiteral("omit"),      QStringLiteral("env"),
    QStringLiteral("envfile"),    QStringLiteral("lifecycle"), QStringLiteral("limits"),
    QStringLiteral("ports"),
};

QList<ServiceReference> references(BuildContext &context, const Value &service, const QString &key,
                                   const QString &path)
{
    QList<ServiceReference> refs;
    for (const Value &name : context.nameList(service, key, path))
        refs.append(ServiceReference{name.toString(), name.location()});
    return refs;
}

void warnInstanceKeysOnService(BuildContext &context, const Value &service, const QString &path)
{
    for (const Value::Entry &e : service.entries()) {
        if (!kServiceKeys.contains(e.keyText) && instanceKeys().contains(e.keyText)) {
            context.warning(e.key.location(), BuildContext::join(path, e.keyText),
                            ModelTr::tr("%1 is only read on instances; on a service it is ignored")
                                .arg(e.keyText));
        }
    }
}

} // namespace

ServicesRead readServices(BuildContext &context, const Value &root, const QList<Ship> &ships,
                          int schema)
{
    ServicesRead result;
    const Value services = context.mapping(root, QStringLiteral("services"), QString());
    QHash<QString, QString> serviceOfInstance;
    InstanceReader instanceReader(context, ships, schema);

    for (const Value::Entry &entry : services.entries()) {
        const QString path = QStringLiteral("services.") + entry.keyText;
        const Value &body = entry.value;
        Service service;
        service.name = entry.keyText;
        service.location = entry.key.location();
        if (!body.isMap()) {
            context.error(body.location(), path,
                          ModelTr::tr("service %1 must be a mapping with image and instances")
                              .arg(service.name));
            continue;
        }
        QStringList known = kServiceKeys;
        context.checkKeys(body, known + instanceKeys(), path);
        warnInstanceKeysOnService(context, body, path);

        service.image
            = context.string(body, QStringLiteral("image"), path, true).value_or(QString());
        service.requiredServices = references(context, body, QStringLiteral("requires"), path);
        service.wantsInfo = references(context, body, QStringLiteral("wants_info"), path);
        service.omit = context.boolean(body, QStringLiteral("omit"), path).value_or(false);
        if (const Value *v = body.find(QStringLiteral("env")))
            service.env = *v;
        if (const Value *v = body.find(QStringLiteral("envfile")))
            service.envfile = *v;

        const Value *instances = body.find(QStringLiteral("instances"));
        if (!instances || !instances->isMap()) {
            context.error(
                instances ? instances->location() : body.location(),
                BuildContext::join(path, QStringLiteral("instances")),
                instances ? ModelTr::tr("instances of service %1 must be a mapping of "
                                        "instance names to instances")
                                .arg(service.name)
                          : ModelTr::tr("service %1 has no instances mapping").arg(service.name));
            result.services.append(service);
            continue;
        }
        const ServiceDefaults defaults = instanceReader.serviceDefaults(body, path);
        for (const Value::Entry &i : instances->entries()) {
            const QString other = serviceOfInstance.value(i.keyText);
            if (!other.isEmpty()) {
                context.error(i.key.location(), path + QStringLiteral(".instances.") + i.keyText,
                              ModelTr::tr("Service instance %1 is already defined in %2")
                                  .arg(i.keyText, other));
                continue;
            }
            serviceOfInstance.insert(i.keyText, service.name);
            service.instances.append(i.keyText);
            result.instances.append(instanceReader.read(service, defaults, i));
        }
        result.services.append(service);
    }
    return result;
}

} // namespace Maestro::Core
