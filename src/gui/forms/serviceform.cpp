// SPDX-License-Identifier: GPL-3.0-or-later
#include "serviceform.h"

#include "models/formtablemodel.h"
#include "models/formvalue.h"
#include "models/lifecyclechecksmodel.h"
#include "tablefield.h"

#include <QLabel>

namespace Maestro::Gui {

using Kind = ScalarField::Kind;
namespace Tables = Models::FormTables;

ServiceForm::ServiceForm(QWidget *parent)
    : EntityForm(parent)
{
    addScalar(QStringLiteral("image"), Kind::Text);
    addTable(QStringLiteral("ports"), Tables::ports());
    addTable(QStringLiteral("env"), Tables::env());
    addTable(QStringLiteral("requires"), Tables::stringList(tr("Service")));
    addTable(QStringLiteral("wants_info"), Tables::stringList(tr("Service")));
    addTable(QStringLiteral("envfile"), Tables::stringList(tr("File")));
    addScalar(QStringLiteral("limits.memory"), Kind::ByteSize);
    addScalar(QStringLiteral("limits.swap"), Kind::ByteSize);
    addScalar(QStringLiteral("limits.cpu"), Kind::Integer);
    addScalar(QStringLiteral("omit"), Kind::Bool);
    addTable(QStringLiteral("lifecycle"), new Models::LifecycleChecksModel);
}

bool ServiceForm::showItem(const Core::Value &document, const QString &name)
{
    using Models::FormValue::valueAt;
    const Core::Value *services = valueAt(&document, QStringLiteral("services"));
    const Core::Value *service = services && services->isMap() ? services->find(name) : nullptr;
    if (!service)
        return false;
    titleLabel()->setText(tr("Service %1").arg(name));
    fill(Core::EditPath().child(QStringLiteral("services")).child(name), service);

    // Which instances set their own value of an inherited field (spec 6: image, limits per
    // key, ports per name; env per variable, spec 9.2).
    QHash<QString, QHash<QString, QStringList>> rows; // field -> row key -> instances
    QHash<QString, QStringList> scalars;              // field -> instances
    const Core::Value *instances = valueAt(service, QStringLiteral("instances"));
    for (const Core::Value::Entry &instance :
         instances ? instances->entries() : Core::Value::Map()) {
        for (const QString &key : {QStringLiteral("image"), QStringLiteral("limits.memory"),
                                   QStringLiteral("limits.swap"), QStringLiteral("limits.cpu")}) {
            if (valueAt(&instance.value, key))
                scalars[key] << instance.keyText;
        }
        for (const QString &key : {QStringLiteral("ports"), QStringLiteral("env")}) {
            const Core::Value *own = valueAt(&instance.value, key);
            for (const Core::Value::Entry &row : own ? own->entries() : Core::Value::Map())
                rows[key][row.keyText] << instance.keyText;
        }
    }
    for (const QString &key : {QStringLiteral("image"), QStringLiteral("limits.memory"),
                               QStringLiteral("limits.swap"), QStringLiteral("limits.cpu")})
        scalarField(key)->setOverriddenBy(scalars.value(key));
    for (const QString &key : {QStringLiteral("ports"), QStringLiteral("env")})
        tableField(key)->tableModel()->setOverrides(rows.value(key));
    return true;
}

} // namespace Maestro::Gui
