// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclecheck.h"

#include "grammarerror.h"
#include "porttoken.h"
#include "pythonregex.h"
#include "pythonsemantics.h"
#include "shellwords.h"

#include "core/pythonformat.h"

#include <cmath>
#include <limits>

namespace Maestro::Core {

namespace {

using Type = LifecycleCheck::Type;

const QString kTypeList = QStringLiteral("tcp, http, exec, rexec, sleep");

QString typeName(Type type)
{
    switch (type) {
    case Type::Tcp:
        return QStringLiteral("tcp");
    case Type::Http:
        return QStringLiteral("http");
    case Type::Exec:
        return QStringLiteral("exec");
    case Type::Rexec:
        return QStringLiteral("rexec");
    case Type::Sleep:
        return QStringLiteral("sleep");
    }
    return {};
}

std::optional<Type> typeFromName(const QString &name)
{
    for (Type t : {Type::Tcp, Type::Http, Type::Exec, Type::Rexec, Type::Sleep}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

// What every option parser needs to report an error.
struct CheckContext
{
    const Value &config;
    Type type;
    const QString &container;

    Error missing(const QString &option) const
    {
        return grammarError(config,
                            GrammarTr::tr("Missing required option %1 in %2 lifecycle check "
                                          "of %3!")
                                .arg(option, typeName(type), container));
    }
    Error invalid(const Value &node, const QString &option, const QString &expected) const
    {
        return grammarError(node,
                            GrammarTr::tr("Invalid %1 %2 in %3 lifecycle check of %4; "
                                          "expected %5!")
                                .arg(option, pythonStr(node), typeName(type), container, expected));
    }
};

std::optional<int> toInt(const Value &v)
{
    const std::optional<qint64> n = pythonInt(v);
    if (!n || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*n);
}

// int(value or 180): the retrying checks' attempt count (tcp's max_wait, exec/rexec's
// attempts); a falsy value (absent, null, 0, "") means the default.
Result<int> attemptCount(const CheckContext &ctx, const QString &option)
{
    const Value *v = ctx.config.find(option);
    if (!v || !v->isTruthy())
        return 180;
    if (const auto n = toInt(*v))
        return *n;
    return ctx.invalid(*v, option, GrammarTr::tr("an integer"));
}

const NamedPort *findPort(const QList<NamedPort> &ports, const Value &name)
{
    if (!name.isScalar())
        return nullptr;
    const QString text = pythonStr(name);
    for (const NamedPort &p : ports) {
        if (p.name == text)
            return &p;
    }
    return nullptr;
}

// The host port to connect to for a named port: TCP and a single port only.
Result<int> connectablePort(const CheckContext &ctx, const Value &portValue, const NamedPort &port)
{
    const auto external = PortToken::parse(port.spec.external);
    if (external && external->protocol == QLatin1String("udp"))
        return grammarError(portValue,
                            GrammarTr::tr("Port %1 is not TCP!").arg(pythonStr(portValue)));
    if (!external || external->isRange()) {
        return grammarError(portValue,
                            GrammarTr::tr("Port %1 of %2 is the range %3; a %4 lifecycle "
                                          "check needs a single port!")
                                .arg(pythonStr(portValue), ctx.container,
                                     port.spec.externalNumber(), typeName(ctx.type)));
    }
    return int(external->firstNumber());
}

Error notDefined(const Value &portValue, const QString &container)
{
    return grammarError(
        portValue,
        GrammarTr::tr("Port %1 is not defined by %2!").arg(pythonStr(portValue), container));
}

VoidResult parseTcp(const CheckContext &ctx, const QList<NamedPort> &ports, LifecycleCheck &check)
{
    const Value *portValue = ctx.config.find(QStringLiteral("port"));
    if (!portValue)
        return ctx.missing(QStringLiteral("port"));
    const NamedPort *port = findPort(ports, *portValue);
    if (!port)
        return notDefined(*portValue, ctx.container);
    auto number = connectablePort(ctx, *portValue, *port);
    if (!number)
        return number.error();
    auto attempts = attemptCount(ctx, QStringLiteral("max_wait"));
    if (!attempts)
        return attempts.error();
    check.portName = port->name;
    check.port = *number;
    check.attempts = *attempts;
    return Success();
}

Result<QString> stringOption(const CheckContext &ctx, const QString &option,
                             const QString &fallback)
{
    const Value *v = ctx.config.find(option);
    if (!v)
        return fallback;
    if (!v->isString())
        return ctx.invalid(*v, option, GrammarTr::tr("a string"));
    return v->toString();
}

VoidResult parseHttpPort(const CheckContext &ctx, const QList<NamedPort> &ports,
                         LifecycleCheck &check)
{
    const Value *portValue = ctx.config.find(QStringLiteral("port"));
    if (!portValue)
        return ctx.missing(QStringLiteral("port"));
    check.portName = pythonStr(*portValue);
    if (const NamedPort *port = findPort(ports, *portValue)) {
        auto number = connectablePort(ctx, *portValue, *port);
        if (!number)
            return number.error();
        check.port = *number;
        return Success();
    }
    // Not a port name: a literal port number, as far as Python's int() goes.
    const auto number = toInt(*portValue);
    if (!number)
        return notDefined(*portValue, ctx.container);
    if (*number < 1 || *number > 65535)
        return ctx.invalid(*portValue, QStringLiteral("port"),
                           GrammarTr::tr("a port name or 1 to 65535"));
    check.port = *number;
    return Success();
}

VoidResult parseHttp(const CheckContext &ctx, const QList<NamedPort> &ports, LifecycleCheck &check)
{
    if (const Value *host = ctx.config.find(QStringLiteral("host")); host && host->isTruthy())
        check.host = pythonStr(*host);
    if (auto port = parseHttpPort(ctx, ports, check); !port)
        return port.error();

    static const QStringList known{QStringLiteral("type"),
                                   QStringLiteral("port"),
                                   QStringLiteral("host"),
                                   QStringLiteral("match_regex"),
                                   QStringLiteral("path"),
                                   QStringLiteral("scheme"),
                                   QStringLiteral("method"),
                                   QStringLiteral("max_wait"),
                                   QStringLiteral("requests_options")};
    for (const Value::Entry &e : ctx.config.entries()) {
        if (!known.contains(e.keyText)) {
            return grammarError(
                e.key, GrammarTr::tr("Unknown option %1 in http lifecycle check of "
                                     "%2; expected one of %3!")
                           .arg(e.keyText, ctx.container, known.mid(1).join(QStringLiteral(", "))));
        }
    }

    if (const Value *regex = ctx.config.find(QStringLiteral("match_regex"));
        regex && regex->isTruthy()) {
        const auto compiled
            = regex->isString() ? compilePythonRegex(regex->toString()) : std::nullopt;
        if (!compiled) {
            return grammarError(
                *regex,
                GrammarTr::tr("Bad regex for HttpRequestLifecycle: %1").arg(pythonStr(*regex)));
        }
        check.matchRegex = regex->toString();
        check.compiledRegex = *compiled;
    }
    auto path = stringOption(ctx, QStringLiteral("path"), QStringLiteral("/"));
    if (!path)
        return path.error();
    check.path = path->startsWith(QLatin1Char('/')) ? *path : QLatin1Char('/') + *path;

    auto scheme = stringOption(ctx, QStringLiteral("scheme"), QStringLiteral("http"));
    if (!scheme)
        return scheme.error();
    if (*scheme != QLatin1String("http") && *scheme != QLatin1String("https")) {
        return ctx.invalid(*ctx.config.find(QStringLiteral("scheme")), QStringLiteral("scheme"),
                           GrammarTr::tr("http or https"));
    }
    check.scheme = *scheme;

    auto method = stringOption(ctx, QStringLiteral("method"), QStringLiteral("get"));
    if (!method)
        return method.error();
    check.method = method->toLower();

    // Unlike the other checks, http takes max_wait literally: 0 means no attempt at all.
    if (const Value *maxWait = ctx.config.find(QStringLiteral("max_wait"))) {
        const auto n = toInt(*maxWait);
        if (!n)
            return ctx.invalid(*maxWait, QStringLiteral("max_wait"), GrammarTr::tr("an integer"));
        check.maxWait = *n;
    }
    if (const Value *options = ctx.config.find(QStringLiteral("requests_options"))) {
        if (!options->isMap())
            return ctx.invalid(*options, QStringLiteral("requests_options"),
                               GrammarTr::tr("a mapping"));
        check.requestsOptions = *options;
    }
    return Success();
}

VoidResult parseCommandOption(const CheckContext &ctx, LifecycleCheck &check)
{
    const Value *command = ctx.config.find(QStringLiteral("command"));
    if (!command) {
        if (ctx.config.contains(QStringLiteral("cmd"))) {
            return grammarError(ctx.config,
                                GrammarTr::tr("Missing required option command in %1 "
                                              "lifecycle check of %2; found cmd, did you "
                                              "mean command?")
                                    .arg(typeName(ctx.type), ctx.container));
        }
        return ctx.missing(QStringLiteral("command"));
    }
    if (command->isString()) {
        const ShellWords split = ShellWords::split(command->toString());
        if (!split.error.isEmpty()) {
            return grammarError(
                *command,
                GrammarTr::tr("Invalid command %1 in %2 lifecycle check of "
                              "%3: %4")
                    .arg(command->toString(), typeName(ctx.type), ctx.container, split.error));
        }
        check.command = split.words;
        check.commandText = command->toString();
    } else if (command->isList()) {
        // An argv list: an extension (the reference only splits strings), handy for
        // arguments with spaces.
        for (const Value &item : command->items())
            check.command.append(pythonStr(item));
        check.commandText = check.command.join(QLatin1Char(' '));
    } else {
        return ctx.invalid(*command, QStringLiteral("command"), GrammarTr::tr("a string"));
    }
    if (check.command.isEmpty())
        return ctx.invalid(*command, QStringLiteral("command"), GrammarTr::tr("a command to run"));
    auto attempts = attemptCount(ctx, QStringLiteral("attempts"));
    if (!attempts)
        return attempts.error();
    check.attempts = *attempts;
    return Success();
}

VoidResult parseExec(const CheckContext &ctx, LifecycleCheck &check)
{
    if (auto command = parseCommandOption(ctx, check); !command)
        return command;
    // KW-15: the reference only notices a bad envfrom when the check runs.
    if (const Value *envFrom = ctx.config.find(QStringLiteral("envfrom"))) {
        if (envFrom->isString() && envFrom->toString() == QLatin1String("env"))
            check.envFrom = LifecycleCheck::EnvFrom::Env;
        else if (envFrom->isString() && envFrom->toString() == QLatin1String("stdin"))
            check.envFrom = LifecycleCheck::EnvFrom::Stdin;
        else
            return ctx.invalid(*envFrom, QStringLiteral("envfrom"), GrammarTr::tr("env or stdin"));
    }
    return Success();
}

VoidResult parseSleep(const CheckContext &ctx, LifecycleCheck &check)
{
    const Value *wait = ctx.config.find(QStringLiteral("wait"));
    if (!wait)
        return ctx.missing(QStringLiteral("wait"));
    // The reference sleeps 1 s while `wait` > 0, decrementing: ceil(wait) seconds.
    const double seconds = (wait->isInt() || wait->isFloat()) ? wait->toDouble() : std::nan("");
    if (std::isnan(seconds) || seconds > std::numeric_limits<int>::max())
        return ctx.invalid(*wait, QStringLiteral("wait"), GrammarTr::tr("a number of seconds"));
    check.wait = seconds > 0 ? int(std::ceil(seconds)) : 0;
    return Success();
}

} // namespace

QString LifecycleCheck::describe() const
{
    switch (type) {
    case Type::Tcp:
    case Type::Http:
        return typeName(type) + QLatin1Char(':') + portName;
    case Type::Exec:
    case Type::Rexec:
        return typeName(type) + QLatin1Char(':') + commandText;
    case Type::Sleep:
        return typeName(type) + QLatin1Char(':') + QString::number(wait);
    }
    return {};
}

QRegularExpression LifecycleCheck::regex() const
{
    if (compiledRegex.isValid() && compiledRegex.pattern() != QString())
        return compiledRegex;
    return compilePythonRegex(matchRegex).value_or(QRegularExpression());
}

Result<LifecycleCheck> parseLifecycleCheck(const Value &config, const QList<NamedPort> &ports,
                                           const QString &container)
{
    if (!config.isMap()) {
        return grammarError(config, GrammarTr::tr("Invalid lifecycle check %1 for %2; expected a "
                                                  "mapping with a type!")
                                        .arg(pythonStr(config), container));
    }
    const Value *typeValue = config.find(QStringLiteral("type"));
    if (!typeValue) {
        return grammarError(config, GrammarTr::tr("Missing type in lifecycle check of %1; expected "
                                                  "one of %2!")
                                        .arg(container, kTypeList));
    }
    const std::optional<Type> type
        = typeValue->isString() ? typeFromName(typeValue->toString()) : std::nullopt;
    if (!type) {
        return grammarError(*typeValue, GrammarTr::tr("Unknown lifecycle check type %1 for %2; "
                                                      "expected one of %3!")
                                            .arg(pythonStr(*typeValue), container, kTypeList));
    }

    LifecycleCheck check;
    check.type = *type;
    check.location = config.location();
    const CheckContext ctx{config, *type, container};
    VoidResult parsed = Success();
    switch (*type) {
    case Type::Tcp:
        parsed = parseTcp(ctx, ports, check);
        break;
    case Type::Http:
        parsed = parseHttp(ctx, ports, check);
        break;
    case Type::Exec:
        parsed = parseExec(ctx, check);
        break;
    case Type::Rexec:
        parsed = parseCommandOption(ctx, check);
        break;
    case Type::Sleep:
        parsed = parseSleep(ctx, check);
        break;
    }
    if (!parsed)
        return parsed.error();
    return check;
}

Result<QList<QPair<QString, Value>>> parseLifecycleStates(const Value &lifecycle)
{
    QList<QPair<QString, Value>> states;
    if (lifecycle.isNull())
        return states;
    if (!lifecycle.isMap()) {
        return grammarError(lifecycle,
                            GrammarTr::tr("Invalid lifecycle configuration; expected a "
                                          "mapping of states to lists of checks, got %1!")
                                .arg(pythonTypeRepr(lifecycle)));
    }
    for (const Value::Entry &e : lifecycle.entries()) {
        if (!e.value.isList()) {
            return grammarError(e.value, GrammarTr::tr("Invalid %1 lifecycle checks configuration; "
                                                       "expected list of checks, got %2!")
                                             .arg(e.keyText, pythonTypeRepr(e.value)));
        }
        states.append({e.keyText, e.value});
    }
    return states;
}

} // namespace Maestro::Core
