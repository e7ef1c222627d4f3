// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <algorithm>

namespace Maestro::Cli {

namespace {

struct OptionSpec
{
    QString shortName; // "-c" or empty
    QString longName;  // "concurrency"
    bool takesValue;
    bool integer;
    QString help;
};

const OptionSpec kConcurrency{QStringLiteral("-c"), QStringLiteral("concurrency"), true, true,
                              QStringLiteral("limit how many containers are acted on at once")};
const OptionSpec kWithDeps{QStringLiteral("-d"), QStringLiteral("with-dependencies"), false, false,
                           QStringLiteral("include dependencies (or dependents)")};
const OptionSpec kIgnoreDeps{QStringLiteral("-i"), QStringLiteral("ignore-dependencies"), false,
                             false, QStringLiteral("ignore dependency order")};
const OptionSpec kContainerFilter{
    QStringLiteral("-C"), QStringLiteral("container-filter"), true, false,
    QStringLiteral("only containers whose name matches CONTAINER_FILTER, a shell wildcard "
                   "(*, ?, [abc]; e.g. 'web-*'); ignored with -d")};
const OptionSpec kShipFilter{
    QStringLiteral("-S"), QStringLiteral("ship-filter"), true, false,
    QStringLiteral("only containers on ships whose name matches SHIP_FILTER, a shell wildcard; "
                   "ignored with -d")};
const OptionSpec kExpand{QStringLiteral("-s"), QStringLiteral("expand-services"), false, false,
                         QStringLiteral("accept service names")};
const OptionSpec kAll{QStringLiteral("-a"), QStringLiteral("all"), false, false,
                      QStringLiteral("act on every service when no things are given")};
const OptionSpec kRefresh{QStringLiteral("-r"), QStringLiteral("refresh-images"), false, false,
                          QStringLiteral("pull images before (re)creating containers")};
const OptionSpec kReuse{
    QString(), QStringLiteral("reuse"), false, false,
    QStringLiteral("start existing stopped containers instead of recreating them")};
const OptionSpec kDryRun{QString(), QStringLiteral("dry-run"), false, false,
                         QStringLiteral("show the plan without acting")};
const OptionSpec kJson{QString(), QStringLiteral("json"), false, false,
                       QStringLiteral("print one JSON object per event")};
const OptionSpec kStrict{QString(), QStringLiteral("strict"), false, false,
                         QStringLiteral("exit 1 when a stop or kill fails")};

struct CommandSpec
{
    QString name;
    QString help;
    QList<OptionSpec> options;
};

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> specs = {
        {QStringLiteral("status"),
         QStringLiteral("display container status"),
         {kConcurrency,
          kWithDeps,
          kIgnoreDeps,
          kContainerFilter,
          kShipFilter,
          {QStringLiteral("-F"), QStringLiteral("full"), false, false,
           QStringLiteral("detailed status with port checks")},
          {QStringLiteral("-H"), QStringLiteral("show-hosts"), false, false,
           QStringLiteral("show ship addresses")},
          kJson}},
        {QStringLiteral("start"),
         QStringLiteral("start services and containers"),
         {kConcurrency, kWithDeps, kIgnoreDeps, kRefresh, kReuse, kContainerFilter, kShipFilter,
          kDryRun, kJson}},
        {QStringLiteral("stop"),
         QStringLiteral("stop services and containers"),
         {kConcurrency, kWithDeps, kIgnoreDeps, kExpand, kAll, kContainerFilter, kShipFilter,
          kDryRun, kJson, kStrict}},
        {QStringLiteral("kill"),
         QStringLiteral("kill services and containers"),
         {kConcurrency, kWithDeps, kIgnoreDeps, kExpand, kAll, kContainerFilter, kShipFilter,
          kDryRun, kJson, kStrict}},
        {QStringLiteral("restart"),
         QStringLiteral("restart services and containers"),
         {kConcurrency,
          kWithDeps,
          kIgnoreDeps,
          kExpand,
          kAll,
          kRefresh,
          kReuse,
          kContainerFilter,
          kShipFilter,
          {QString(), QStringLiteral("step-delay"), true, true,
           QStringLiteral("seconds between container restarts")},
          {QString(), QStringLiteral("stop-start-delay"), true, true,
           QStringLiteral("seconds between stop and start")},
          {QString(), QStringLiteral("only-if-changed"), false, false,
           QStringLiteral("only restart containers whose image changed")},
          kDryRun,
          kJson}},
        {QStringLiteral("pull"),
         QStringLiteral("pull images"),
         {kConcurrency, kWithDeps, kIgnoreDeps, kContainerFilter, kShipFilter, kDryRun, kJson}},
        {QStringLiteral("clean"),
         QStringLiteral("remove stopped containers"),
         {kConcurrency, kWithDeps, kIgnoreDeps, kContainerFilter, kShipFilter, kDryRun, kJson}},
        {QStringLiteral("logs"),
         QStringLiteral("show the logs of one container"),
         {{QStringLiteral("-F"), QStringLiteral("follow"), false, false,
           QStringLiteral("follow new output")},
          {QStringLiteral("-n"), QStringLiteral("lines"), true, true,
           QStringLiteral("only the last LINES lines")}}},
        {QStringLiteral("deptree"),
         QStringLiteral("show the dependency tree"),
         {{QStringLiteral("-r"), QStringLiteral("recursive"), false, false,
           QStringLiteral("show every occurrence")}}},
        {QStringLiteral("dump"),
         QStringLiteral("print the model as JSON on standard error"),
         {{QStringLiteral("-c"), QStringLiteral("config"), false, false,
           QStringLiteral("also print the parsed configuration")}}},
        {QStringLiteral("complete"), QStringLiteral("shell completion helper"), {}},
        {QStringLiteral("validate"),
         QStringLiteral("check the environment file and list every problem"),
         {}},
        {QStringLiteral("edit"),
         QStringLiteral("change the environment file in place, keeping every other byte"),
         {{QString(), QStringLiteral("dry-run"), false, false,
           QStringLiteral("show the change as a unified diff, write nothing")},
          {QString(), QStringLiteral("alias"), true, false,
           QStringLiteral("through an alias: refuse (default), anchor or copy")}}},
    };
    return specs;
}

QString usage()
{
    return QStringLiteral("usage: maestro [-h] [-f FILE] [-v] {%1} ...\n")
        .arg(commandNames().join(QLatin1Char(',')));
}

ParseOutcome usageError(const QString &message, const QString &command = {})
{
    const QString prog
        = command.isEmpty() ? QStringLiteral("maestro") : QStringLiteral("maestro ") + command;
    return ParseOutcome{std::nullopt,
                        usage() + prog + QStringLiteral(": error: ") + message + QLatin1Char('\n'),
                        true, 2};
}

// What the things of a command are and what it does without any (spec 10.2, 10.3); empty
// for the commands that take none.
QString thingsHelp(const QString &command)
{
    static const QString kWhat = QStringLiteral(
        "  names of services and instances (containers) of the environment file; a\n"
        "  service stands for all its instances.\n");
    if (command == QLatin1String("status"))
        return kWhat + QStringLiteral("  None: every service.\n");
    if (command == QLatin1String("stop") || command == QLatin1String("kill")
        || command == QLatin1String("restart"))
        return kWhat
               + QStringLiteral("  Service names need -s; none: an error unless -a (every "
                                "service not marked omit).\n");
    if (command == QLatin1String("logs"))
        return kWhat + QStringLiteral("  They must name exactly one container.\n");
    if (command == QLatin1String("validate") || command == QLatin1String("complete")
        || command == QLatin1String("edit"))
        return {};
    return kWhat + QStringLiteral("  None: every service not marked omit.\n");
}

// "  -c, --concurrency CONCURRENCY  help", the help on a line of its own below a long name
// (as argparse does).
QString optionLine(const QString &names, const QString &help)
{
    constexpr int kNameWidth = 20;
    if (names.size() <= kNameWidth)
        return QStringLiteral("  %1  %2\n").arg(names.leftJustified(kNameWidth), help);
    return QStringLiteral("  %1\n%2%3\n")
        .arg(names, QString(kNameWidth + 4, QLatin1Char(' ')), help);
}

QString synopsisOf(const QString &command)
{
    if (command == QLatin1String("edit"))
        return QStringLiteral(
            "[options] {set PATH VALUE | unset PATH | rename PATH NEWNAME |\n"
            "                           insert PATH[N] VALUE}\n\n"
            "PATH: keys separated by '.', [N] for a sequence item, a key holding\n"
            "'.', '[', ']' or '\"' in double quotes; VALUE: YAML flow syntax.\n"
            "insert puts VALUE before item N of the sequence; N equal to its\n"
            "length (also with set) appends.\n"
            "Exit 0 when written, 1 when refused, 2 on a usage error");
    if (command == QLatin1String("validate"))
        return QStringLiteral("[options]");
    if (command == QLatin1String("complete"))
        return QStringLiteral("[word ...]");
    return QStringLiteral("[options] [thing ...]");
}

QString commandHelp(const CommandSpec &spec)
{
    const QString synopsis = synopsisOf(spec.name);
    QString text
        = QStringLiteral("usage: maestro %1 %3\n\n%2\n").arg(spec.name, spec.help, synopsis);
    if (const QString things = thingsHelp(spec.name); !things.isEmpty())
        text += QStringLiteral("\nthings:\n") + things;
    text += QStringLiteral("\noptions:\n");
    text += QStringLiteral("  -h, --help            show this help and exit\n");
    for (const OptionSpec &o : spec.options) {
        QString names = o.shortName.isEmpty() ? QStringLiteral("--") + o.longName
                                              : o.shortName + QStringLiteral(", --") + o.longName;
        if (o.takesValue)
            names += QStringLiteral(" ")
                     + o.longName.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
        text += optionLine(names, o.help);
    }
    return text;
}

QString globalHelp()
{
    QString text = usage();
    text += QStringLiteral(
        "\nMaestro Desktop's command-line tool, compatible with MaestroNG 0.8.3.\n\n"
        "options:\n"
        "  -h, --help            show this help and exit\n"
        "  -f FILE, --file FILE  environment file (default maestro.yaml; - reads standard input)\n"
        "  -v, --version         show the version and exit\n\ncommands:\n");
    for (const CommandSpec &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(20), c.help);
    return text;
}

} // namespace

const QStringList &commandNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const CommandSpec &c : commands())
            list << c.name;
        return list;
    }();
    return names;
}

ParseOutcome parseCommandLine(const QStringList &arguments)
{
    CommandLine line;
    qsizetype i = 1;
    // Global options, up to the command.
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help"))
            return ParseOutcome{std::nullopt, globalHelp(), false, 0};
        if (arg == QLatin1String("-v") || arg == QLatin1String("--version"))
            return ParseOutcome{
                std::nullopt,
                QStringLiteral("maestro-ng-0.8.3 (maestro-desktop " MAESTRO_VERSION ")\n"), false,
                0};
        if (arg == QLatin1String("-f") || arg == QLatin1String("--file")) {
            if (++i == arguments.size())
                return usageError(QStringLiteral("argument -f/--file: expected one argument"));
            line.file = arguments.at(i);
        } else if (arg.startsWith(QLatin1String("--file="))) {
            line.file = arg.mid(7);
        } else if (arg.startsWith(QLatin1String("-f")) && arg.size() > 2) {
            line.file = arg.mid(2);
        } else if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            return usageError(QStringLiteral("unrecognized arguments: %1").arg(arg));
        } else {
            break;
        }
    }
    if (i == arguments.size())
        return usageError(QStringLiteral("the following arguments are required: command"));
    line.command = arguments.at(i++);
    const auto spec = std::find_if(commands().cbegin(), commands().cend(),
                                   [&](const CommandSpec &c) { return c.name == line.command; });
    if (spec == commands().cend()) {
        return usageError(QStringLiteral("argument command: invalid choice: '%1' (choose from %2)")
                              .arg(line.command, commandNames().join(QStringLiteral(", "))));
    }

    // Command options and things may be interleaved, as with argparse.
    bool onlyThings = line.command == QLatin1String("complete");
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyThings || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            line.things << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyThings = true;
            continue;
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help"))
            return ParseOutcome{std::nullopt, commandHelp(*spec), false, 0};
        QString name = arg;
        QString inlineValue;
        bool hasInlineValue = false;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            name = arg.section(QLatin1Char('='), 0, 0);
            inlineValue = arg.section(QLatin1Char('='), 1);
            hasInlineValue = true;
        } else if (!arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            name = arg.left(2);
            inlineValue = arg.mid(2);
            hasInlineValue = true;
        }
        const auto option
            = std::find_if(spec->options.cbegin(), spec->options.cend(), [&](const OptionSpec &o) {
                  return name == o.shortName || name == QStringLiteral("--") + o.longName;
              });
        if (option == spec->options.cend())
            return usageError(QStringLiteral("unrecognized arguments: %1").arg(arg), line.command);
        const QString display = option->shortName.isEmpty()
                                    ? QStringLiteral("--") + option->longName
                                    : option->shortName + QStringLiteral("/--") + option->longName;
        QString value = QStringLiteral("1");
        if (option->takesValue) {
            if (hasInlineValue) {
                value = inlineValue;
            } else {
                if (++i == arguments.size())
                    return usageError(
                        QStringLiteral("argument %1: expected one argument").arg(display),
                        line.command);
                value = arguments.at(i);
            }
            bool ok = true;
            if (option->integer)
                value.toInt(&ok);
            if (!ok)
                return usageError(
                    QStringLiteral("argument %1: invalid int value: '%2'").arg(display, value),
                    line.command);
        } else if (hasInlineValue) {
            return usageError(QStringLiteral("argument %1: ignored explicit argument '%2'")
                                  .arg(display, inlineValue),
                              line.command);
        }
        line.options.insert(option->longName, value);
    }
    if (line.flag(QStringLiteral("refresh-images")) && line.flag(QStringLiteral("reuse"))
        && line.command != QLatin1String("deptree")) {
        return usageError(
            QStringLiteral("argument --reuse: not allowed with argument -r/--refresh-images"),
            line.command);
    }
    return ParseOutcome{line, QString(), false, 0};
}

} // namespace Maestro::Cli
