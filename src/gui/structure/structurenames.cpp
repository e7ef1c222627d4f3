// SPDX-License-Identifier: GPL-3.0-or-later
#include "structurenames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Maestro::Gui::StructureNames {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Gui::StructureNames)
};

QStringList keysOf(const Core::Value *mapping)
{
    QStringList keys;
    if (mapping)
        for (const Core::Value::Entry &entry : mapping->entries())
            keys.append(entry.keyText);
    return keys;
}
} // namespace

QStringList taken(const Core::Value &document, StructureTarget::Kind kind)
{
    switch (kind) {
    case StructureTarget::Kind::Ship:
        return keysOf(document.find(QLatin1StringView("ships")));
    case StructureTarget::Kind::Service:
        return keysOf(document.find(QLatin1StringView("services")));
    case StructureTarget::Kind::Instance: {
        QStringList names;
        if (const Core::Value *services = document.find(QLatin1StringView("services")))
            for (const Core::Value::Entry &service : services->entries())
                names += keysOf(service.value.find(QLatin1StringView("instances")));
        return names;
    }
    case StructureTarget::Kind::None:
        break;
    }
    return {};
}

QString problem(const Core::Value &document, StructureTarget::Kind kind, const QString &name)
{
    // Docker's rule for container names, which instance names become; ships and services
    // follow it too, so that every name reads the same in the file, the tree and the CLI.
    static const QRegularExpression wellFormed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (name.isEmpty())
        return Tr::tr("Enter a name.");
    if (!wellFormed.match(name).hasMatch())
        return Tr::tr("A name consists of letters, digits, \"_\", \".\" and \"-\" and starts "
                      "with a letter or a digit.");
    if (taken(document, kind).contains(name)) {
        switch (kind) {
        case StructureTarget::Kind::Ship:
            return Tr::tr("There is already a ship called %1.").arg(name);
        case StructureTarget::Kind::Service:
            return Tr::tr("There is already a service called %1.").arg(name);
        case StructureTarget::Kind::Instance:
        case StructureTarget::Kind::None:
            return Tr::tr("There is already an instance called %1.").arg(name);
        }
    }
    return {};
}

QString nextFree(const QString &name, const QStringList &taken)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*)-(\\d+)$"));
    QString base = name;
    qint64 number = 1; // `db` is the first of its kind: its copy is `db-2`
    if (const QRegularExpressionMatch match = numbered.match(name); match.hasMatch()) {
        base = match.captured(1);
        number = match.captured(2).toLongLong();
    }
    QString candidate;
    do {
        candidate = QStringLiteral("%1-%2").arg(base).arg(++number);
    } while (taken.contains(candidate));
    return candidate;
}

} // namespace Maestro::Gui::StructureNames
