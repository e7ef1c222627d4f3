// SPDX-License-Identifier: GPL-3.0-or-later
#include "formtableschema.h"

#include "formvalue.h"

#include "core/grammar/portspec.h"

#include <QCoreApplication>

namespace Maestro::Models::FormTables {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Models::FormTables)
};

using Core::Value;

const QString kAnyAddress = QStringLiteral("0.0.0.0");

QString member(const Value &value, const char *key)
{
    const Value *found = value.find(QLatin1String(key));
    return found ? FormValue::display(*found) : QString();
}

// A port's number with the protocol kept only where it is not the default.
QString portToken(const QString &number, const QString &protocol)
{
    return protocol.isEmpty() || protocol == QLatin1String("tcp") ? number
                                                                  : number + u'/' + protocol;
}

QString numberOf(const QString &token)
{
    return token.section(u'/', 0, 0);
}

} // namespace

FormTableSchema ports()
{
    FormTableSchema schema;
    schema.headers = {Tr::tr("Name"), Tr::tr("Host address"), Tr::tr("External"), Tr::tr("Exposed"),
                      Tr::tr("Protocol")};
    schema.decode = [](const Value &value) {
        const auto spec = Core::parsePortSpec(value, {});
        if (!spec)
            return QStringList{QString(), QString(), FormValue::display(value), QString()};
        return QStringList{spec->externalHostIp == kAnyAddress ? QString() : spec->externalHostIp,
                           numberOf(spec->external), spec->exposedNumber(), spec->protocol()};
    };
    schema.encode = [](const QStringList &cells, const Value &) {
        const QString hostIp = cells.value(0).trimmed();
        const QString exposed = cells.value(2).trimmed();
        const QString protocol = cells.value(3).trimmed();
        QString external = cells.value(1).trimmed();
        if (exposed.isEmpty())
            return QString();
        if (external.isEmpty())
            external = exposed;
        // Spec 8.1: the string form is "exposed:external"; a host address needs the mapping.
        const QString exposedToken = portToken(exposed, protocol);
        const QString externalToken = portToken(external, protocol);
        if (!hostIp.isEmpty() && hostIp != kAnyAddress)
            return FormValue::mapping(
                {{QStringLiteral("exposed"), FormValue::integerOrString(exposedToken)},
                 {QStringLiteral("external"),
                  FormValue::list(
                      {FormValue::string(hostIp), FormValue::integerOrString(externalToken)})}});
        if (external == exposed)
            return FormValue::integerOrString(exposedToken);
        return FormValue::string(exposedToken + u':' + externalToken);
    };
    schema.choices.insert(4, {QStringLiteral("tcp"), QStringLiteral("udp")});
    schema.hintHeader = Tr::tr("Meaning");
    schema.hint = [](const QStringList &cells) {
        const QString exposed = cells.value(2).trimmed();
        if (exposed.isEmpty())
            return QString();
        const QString hostIp = cells.value(0).trimmed();
        const QString external
            = cells.value(1).trimmed().isEmpty() ? exposed : cells.value(1).trimmed();
        const QString protocol
            = cells.value(3).trimmed().isEmpty() ? QStringLiteral("tcp") : cells.value(3).trimmed();
        const QString host
            = hostIp.isEmpty() || hostIp == kAnyAddress ? external : hostIp + u':' + external;
        return Tr::tr("host %1 → container %2/%3").arg(host, exposed, protocol);
    };
    return schema;
}

FormTableSchema env()
{
    FormTableSchema schema;
    schema.headers = {Tr::tr("Variable"), Tr::tr("Value")};
    schema.decode = [](const Value &value) { return QStringList{FormValue::display(value)}; };
    // A list value (spec 9.4 joins its items with spaces) stays a list.
    schema.encode = [](const QStringList &cells, const Value &original) {
        return FormValue::typed(cells.value(0), original, true);
    };
    return schema;
}

FormTableSchema volumes()
{
    FormTableSchema schema;
    schema.headers = {Tr::tr("Host path"), Tr::tr("Target"), Tr::tr("Mode")};
    schema.choices.insert(2, {QStringLiteral("rw"), QStringLiteral("ro")});
    schema.decode = [](const Value &value) {
        if (value.isMap())
            return QStringList{member(value, "target"), member(value, "mode")};
        return QStringList{FormValue::display(value), QString()};
    };
    schema.encode = [](const QStringList &cells, const Value &) {
        const QString target = cells.value(0).trimmed();
        const QString mode = cells.value(1).trimmed();
        if (target.isEmpty())
            return QString();
        if (mode.isEmpty())
            return FormValue::string(target);
        return FormValue::mapping({{QStringLiteral("target"), FormValue::string(target)},
                                   {QStringLiteral("mode"), FormValue::string(mode)}});
    };
    return schema;
}

FormTableSchema volumesV1()
{
    FormTableSchema schema;
    schema.headers = {Tr::tr("Target"), Tr::tr("Host path")};
    schema.decode = [](const Value &value) { return QStringList{FormValue::display(value)}; };
    schema.encode = [](const QStringList &cells, const Value &) {
        return cells.value(0).trimmed().isEmpty() ? QString() : FormValue::string(cells.value(0));
    };
    return schema;
}

FormTableSchema keyValues()
{
    FormTableSchema schema;
    schema.headers = {Tr::tr("Key"), Tr::tr("Value")};
    schema.decode = [](const Value &value) { return QStringList{FormValue::display(value)}; };
    schema.encode = [](const QStringList &cells, const Value &original) {
        return FormValue::typed(cells.value(0), original);
    };
    return schema;
}

FormTableSchema extraHosts()
{
    FormTableSchema schema;
    schema.headers = {Tr::tr("Host name"), Tr::tr("Address"), Tr::tr("Ship")};
    schema.decode = [](const Value &value) {
        if (value.isMap())
            return QStringList{QString(), member(value, "ship")};
        return QStringList{FormValue::display(value), QString()};
    };
    // Spec 8.7: an address, or {ship: name} for that ship's ip.
    schema.encode = [](const QStringList &cells, const Value &) {
        const QString ship = cells.value(1).trimmed();
        if (!ship.isEmpty())
            return FormValue::mapping({{QStringLiteral("ship"), FormValue::string(ship)}});
        const QString address = cells.value(0).trimmed();
        return address.isEmpty() ? QString() : FormValue::string(address);
    };
    return schema;
}

FormTableSchema ulimits()
{
    FormTableSchema schema;
    schema.headers = {Tr::tr("Limit"), Tr::tr("Soft"), Tr::tr("Hard")};
    schema.decode = [](const Value &value) {
        if (value.isMap())
            return QStringList{member(value, "soft"), member(value, "hard")};
        return QStringList{FormValue::display(value), FormValue::display(value)};
    };
    // Spec 8.6: one integer for both, or {soft, hard}.
    schema.encode = [](const QStringList &cells, const Value &) {
        const QString soft = cells.value(0).trimmed();
        const QString hard = cells.value(1).trimmed();
        if (soft.isEmpty() && hard.isEmpty())
            return QString();
        if (soft == hard || hard.isEmpty())
            return FormValue::integerOrString(soft);
        return FormValue::mapping({{QStringLiteral("soft"), FormValue::integerOrString(soft)},
                                   {QStringLiteral("hard"), FormValue::integerOrString(hard)}});
    };
    return schema;
}

FormTableSchema stringList(const QString &header)
{
    FormTableSchema schema;
    schema.shape = FormTableSchema::Shape::Sequence;
    schema.headers = {header};
    schema.decode = [](const Value &value) { return QStringList{FormValue::display(value)}; };
    schema.encode = [](const QStringList &cells, const Value &original) {
        return cells.value(0).trimmed().isEmpty() ? QString()
                                                  : FormValue::typed(cells.value(0), original);
    };
    return schema;
}

} // namespace Maestro::Models::FormTables
