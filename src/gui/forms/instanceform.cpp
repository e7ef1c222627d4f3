// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceform.h"

#include "models/formtablemodel.h"
#include "models/formvalue.h"
#include "models/lifecyclechecksmodel.h"
#include "tablefield.h"

#include <QLabel>

namespace Maestro::Gui {

using Kind = ScalarField::Kind;
namespace Tables = Models::FormTables;
using Models::FormValue::valueAt;

InstanceForm::InstanceForm(QWidget *parent)
    : EntityForm(parent)
{
    addScalar(QStringLiteral("ship"), Kind::Choice);
    addScalar(QStringLiteral("image"), Kind::Text);
    addScalar(QStringLiteral("command"), Kind::TextOrList);
    addTable(QStringLiteral("ports"), Tables::ports());
    addTable(QStringLiteral("env"), Tables::env());
    addTable(QStringLiteral("volumes"), Tables::volumes());
    // Spec 8.3; `no` is written quoted (YAML 1.1 reads a bare `no` as false).
    addScalar(QStringLiteral("restart"), Kind::Choice,
              {QString(), QStringLiteral("no"), QStringLiteral("always"),
               QStringLiteral("on-failure"), QStringLiteral("unless-stopped")});
    addTable(QStringLiteral("envfile"), Tables::stringList(tr("File")));
    addTable(QStringLiteral("container_volumes"), Tables::stringList(tr("Path")));
    addTable(QStringLiteral("volumes_from"), Tables::stringList(tr("Instance")));
    addTable(QStringLiteral("links"), Tables::keyValues());
    addScalar(QStringLiteral("username"), Kind::Text);
    addScalar(QStringLiteral("privileged"), Kind::Bool);
    addTable(QStringLiteral("cap_add"), Tables::stringList(tr("Capability")));
    addTable(QStringLiteral("cap_drop"), Tables::stringList(tr("Capability")));
    addTable(QStringLiteral("extra_hosts"), Tables::extraHosts());
    addScalar(
        QStringLiteral("net"), Kind::Choice,
        {QString(), QStringLiteral("bridge"), QStringLiteral("host"), QStringLiteral("none")});
    addTable(QStringLiteral("dns"), Tables::stringList(tr("Server")));
    addScalar(QStringLiteral("stop_timeout"), Kind::Integer);
    addScalar(QStringLiteral("limits.memory"), Kind::ByteSize);
    addScalar(QStringLiteral("limits.swap"), Kind::ByteSize);
    addScalar(QStringLiteral("limits.cpu"), Kind::Integer);
    // Spec 8.5: the drivers MaestroNG accepts.
    addScalar(QStringLiteral("log_driver"), Kind::Choice,
              {QString(), QStringLiteral("json-file"), QStringLiteral("syslog"),
               QStringLiteral("journald"), QStringLiteral("gelf"), QStringLiteral("fluentd"),
               QStringLiteral("none")});
    addTable(QStringLiteral("log_opt"), Tables::keyValues());
    addTable(QStringLiteral("lxc_conf"), Tables::keyValues());
    addScalar(QStringLiteral("workdir"), Kind::Text);
    addTable(QStringLiteral("security_opt"), Tables::stringList(tr("Option")));
    addTable(QStringLiteral("ulimits"), Tables::ulimits());
    addTable(QStringLiteral("labels"), Tables::keyValues());
    addTable(QStringLiteral("lifecycle"), new Models::LifecycleChecksModel);
}

QString InstanceForm::serviceOf(const Core::Value &document, const QString &name)
{
    const Core::Value *services = valueAt(&document, QStringLiteral("services"));
    for (const Core::Value::Entry &service : services ? services->entries() : Core::Value::Map()) {
        const Core::Value *instances = valueAt(&service.value, QStringLiteral("instances"));
        if (instances && instances->isMap() && instances->find(name))
            return service.keyText;
    }
    return {};
}

bool InstanceForm::showItem(const Core::Value &document, const QString &name)
{
    const QString serviceName = serviceOf(document, name);
    if (serviceName.isEmpty())
        return false;
    const Core::Value *service = valueAt(&document, QStringLiteral("services"))->find(serviceName);
    const Core::Value *instance = valueAt(service, QStringLiteral("instances"))->find(name);
    titleLabel()->setText(tr("Instance %1 of service %2").arg(name, serviceName));

    QStringList ships;
    const Core::Value *shipMap = valueAt(&document, QStringLiteral("ships"));
    for (const Core::Value::Entry &ship : shipMap ? shipMap->entries() : Core::Value::Map())
        ships << ship.keyText;
    scalarField(QStringLiteral("ship"))->setChoices(ships);

    // Spec 8.2: schema 1 maps container paths to host paths; spec 8.8: labels may be a list.
    const Core::Value *schema = valueAt(&document, QStringLiteral("__maestro.schema"));
    const bool schemaOne = schema && schema->isInt() && schema->toInt() == 1;
    tableField(QStringLiteral("volumes"))
        ->tableModel()
        ->setSchema(schemaOne ? Tables::volumesV1() : Tables::volumes());
    const Core::Value *labels = valueAt(instance, QStringLiteral("labels"));
    tableField(QStringLiteral("labels"))
        ->tableModel()
        ->setSchema(labels && labels->isList() ? Tables::stringList(tr("Label"))
                                               : Tables::keyValues());

    // Spec 6 and 9.2: what an instance does not set, its service gives; spec 14.1: the
    // service's checks run before the instance's.
    const QSet<QString> inheritable{QStringLiteral("image"),       QStringLiteral("ports"),
                                    QStringLiteral("env"),         QStringLiteral("limits.memory"),
                                    QStringLiteral("limits.swap"), QStringLiteral("limits.cpu"),
                                    QStringLiteral("lifecycle")};
    fill(Core::EditPath()
             .child(QStringLiteral("services"))
             .child(serviceName)
             .child(QStringLiteral("instances"))
             .child(name),
         instance, service, tr("from service %1").arg(serviceName), inheritable);
    return true;
}

} // namespace Maestro::Gui
