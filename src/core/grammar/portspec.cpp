// SPDX-License-Identifier: GPL-3.0-or-later
#include "portspec.h"

#include "grammarerror.h"
#include "porttoken.h"

#include "core/pythonformat.h"

namespace Maestro::Core {

namespace {

constexpr qint64 kMaxPort = 65535;

// A parsed side plus the node it came from, so KW-27 errors point at the right value.
struct Side
{
    PortToken token;
    const Value *node = nullptr;
};

Error invalidToken(const Value &node, const QString &text)
{
    return grammarError(node, GrammarTr::tr("Invalid port specification %1! Expected format is "
                                            "<port>, <p1>-<p2> or <port>/{tcp,udp}.")
                                  .arg(text));
}

Error invalidSpec(const Value &spec, const PortContext &context)
{
    return grammarError(
        spec, GrammarTr::tr("Invalid port spec %1 for port %2 of %3 (on %4)!")
                  .arg(pythonStr(spec), context.portName, context.container, context.ship));
}

Result<PortToken> tokenFromText(const Value &node, const QString &text)
{
    if (auto token = PortToken::parse(text))
        return *token;
    return invalidToken(node, text);
}

// A token given as its own YAML value (mapping form): an integer or a string. A boolean
// is not a port even though Python's bool is an int subclass.
Result<PortToken> tokenFromValue(const Value &node)
{
    if (node.isInt())
        return tokenFromText(node, QString::number(node.toInt()));
    if (node.isString())
        return tokenFromText(node, node.toString());
    return invalidToken(node, pythonStr(node));
}

// KW-27: what the reference accepts but Docker (or the kernel) cannot use.
std::optional<Error> validateSide(const Side &side, const Value &spec)
{
    const PortToken &t = side.token;
    for (const QString &digits : {t.first, t.last}) {
        if (digits.isEmpty())
            continue;
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        if (!ok || n < 1 || n > kMaxPort) {
            return grammarError(*side.node,
                                GrammarTr::tr("Invalid port number %1 in %2; ports are 1 to 65535.")
                                    .arg(digits, pythonStr(spec)));
        }
    }
    if (t.isRange() && t.firstNumber() > t.lastNumber()) {
        return grammarError(*side.node,
                            GrammarTr::tr("Invalid port range in %1: range %2 is reversed.")
                                .arg(pythonStr(spec), t.numberText()));
    }
    return std::nullopt;
}

Result<PortSpec> finish(const Value &spec, const Side &exposed, const Side &external,
                        const QString &hostIp)
{
    for (const Side *side : {&exposed, &external}) {
        if (auto error = validateSide(*side, spec))
            return *error;
    }
    // Docker pairs an exposed range port by port with the host range; only a single
    // exposed port may take a host range to pick from.
    if (exposed.token.isRange() && exposed.token.length() != external.token.length()) {
        return grammarError(
            *external.node,
            GrammarTr::tr("Invalid port spec %1: the exposed range %2 and the "
                          "external range %3 differ in length.")
                .arg(pythonStr(spec), exposed.token.numberText(), external.token.numberText()));
    }
    PortSpec result;
    result.exposed = exposed.token.normalized();
    result.externalHostIp = hostIp;
    result.external = external.token.normalized();
    return result;
}

Result<PortSpec> parseStringSpec(const Value &spec, const PortContext &context)
{
    // Every part is parsed before the part count is looked at, as the reference does, so
    // a bad token is reported before a bad shape.
    QList<PortToken> parts;
    for (const QString &text : spec.toString().split(QLatin1Char(':'))) {
        auto token = tokenFromText(spec, text);
        if (!token)
            return token.error();
        parts.append(*token);
    }
    if (parts.size() > 2) {
        return grammarError(
            spec, GrammarTr::tr("Invalid port spec %1 for port %2 of %3 (on %4)! "
                                "Format should be \"name: external:exposed\".")
                      .arg(spec.toString(), context.portName, context.container, context.ship));
    }
    if (parts.size() == 1)
        parts.append(parts.first());
    if (parts[0].protocol != parts[1].protocol) {
        return grammarError(spec, GrammarTr::tr("Mismatched protocols between %1 and %2!")
                                      .arg(parts[0].normalized(), parts[1].normalized()));
    }
    return finish(spec, Side{parts[0], &spec}, Side{parts[1], &spec}, QStringLiteral("0.0.0.0"));
}

Result<PortSpec> parseMappingSpec(const Value &spec, const PortContext &context)
{
    const Value *exposedNode = spec.find(QStringLiteral("exposed"));
    const Value *externalNode = spec.find(QStringLiteral("external"));
    auto exposed = tokenFromValue(*exposedNode);
    if (!exposed)
        return exposed.error();

    QString hostIp = QStringLiteral("0.0.0.0");
    const Value *hostPortNode = externalNode;
    if (externalNode->isList()) {
        // [ip, port]; the reference indexes blindly, so fewer than two items crash it.
        const Value::List &items = externalNode->items();
        if (items.size() < 2)
            return invalidSpec(spec, context);
        hostIp = pythonStr(items[0]);
        hostPortNode = &items[1];
    }
    auto external = tokenFromValue(*hostPortNode);
    if (!external)
        return external.error();
    // Protocols are not compared in this form (spec 8.1): {exposed: 53/udp, external: 5353}
    // is common and means a UDP binding on host port 5353.
    return finish(spec, Side{*exposed, exposedNode}, Side{*external, hostPortNode}, hostIp);
}

} // namespace

QString PortSpec::exposedNumber() const
{
    return exposed.section(QLatin1Char('/'), 0, 0);
}

QString PortSpec::externalNumber() const
{
    return external.section(QLatin1Char('/'), 0, 0);
}

QString PortSpec::protocol() const
{
    return exposed.section(QLatin1Char('/'), 1);
}

bool PortSpec::isRange() const
{
    return exposedNumber().contains(QLatin1Char('-'))
           || externalNumber().contains(QLatin1Char('-'));
}

Result<PortSpec> parsePortSpec(const Value &spec, const PortContext &context)
{
    if (spec.isInt()) {
        auto token = tokenFromText(spec, QString::number(spec.toInt()));
        if (!token)
            return token.error();
        return finish(spec, Side{*token, &spec}, Side{*token, &spec}, QStringLiteral("0.0.0.0"));
    }
    if (spec.isString())
        return parseStringSpec(spec, context);
    if (spec.isMap() && spec.contains(QStringLiteral("exposed"))
        && spec.contains(QStringLiteral("external"))) {
        return parseMappingSpec(spec, context);
    }
    return invalidSpec(spec, context);
}

QList<PortBindingEntry> dockerPortBindings(const PortSpec &spec)
{
    const auto exposed = PortToken::parse(spec.exposed);
    const auto external = PortToken::parse(spec.external);
    if (!exposed || !external)
        return {};
    if (!exposed->isRange() || exposed->length() != external->length())
        return {PortBindingEntry{spec.exposed, spec.externalHostIp, external->numberText()}};

    QList<PortBindingEntry> entries;
    const qint64 count = exposed->length();
    if (count <= 0 || count > kMaxPort)
        return {};
    entries.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        entries.append(PortBindingEntry{
            QString::number(exposed->firstNumber() + i) + QLatin1Char('/') + exposed->protocol,
            spec.externalHostIp, QString::number(external->firstNumber() + i)});
    }
    return entries;
}

} // namespace Maestro::Core
