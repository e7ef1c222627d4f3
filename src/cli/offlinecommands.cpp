// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinecommands.h"

#include "console.h"
#include "counted.h"
#include "environmentfile.h"

#include "core/dependencies/deptree.h"
#include "core/dependencies/targetselection.h"
#include "core/model/environmentjson.h"
#include "core/model/environmentloader.h"

#include <QJsonDocument>

namespace Maestro::Cli {

int runValidate(const CommandLine &line)
{
    const Core::LoadResult &result = loadEnvironmentFile(line);
    int errors = 0;
    int warnings = 0;
    // The same `ERROR: file:line:column: message` lines on standard error as every other
    // command's; standard output keeps only the verdict.
    for (const Core::Diagnostic &d : result.diagnostics) {
        Console::diagnostic(d);
        (d.isError() ? errors : warnings)++;
    }
    if (errors == 0 && result.environment) {
        const Core::Environment &env = *result.environment;
        Console::out(
            QStringLiteral("%1: ok: %2, %3, %4, %5\n")
                .arg(line.file,
                     counted(env.ships.size(), QStringLiteral("ship"), QStringLiteral("ships")),
                     counted(env.services.size(), QStringLiteral("service"),
                             QStringLiteral("services")),
                     counted(env.instances.size(), QStringLiteral("instance"),
                             QStringLiteral("instances")),
                     counted(warnings, QStringLiteral("warning"), QStringLiteral("warnings"))));
        return 0;
    }
    return 1;
}

int runDeptree(const CommandLine &line)
{
    const Core::EnvironmentPtr env = loadEnvironmentOrReport(line);
    if (!env)
        return 1;
    for (const QString &thing : line.things) {
        if (!env->instance(thing) && !env->service(thing)) {
            Console::error(QStringLiteral("%1 is neither a service nor a container!").arg(thing));
            return 1;
        }
    }
    Console::out(
        Core::formatDependencyTree(*env, line.things, line.flag(QStringLiteral("recursive"))));
    return 0;
}

int runDump(const CommandLine &line)
{
    const Core::LoadResult &result = loadEnvironmentFile(line);
    for (const Core::Diagnostic &d : result.diagnostics)
        Console::diagnostic(d);
    if (!result.environment)
        return 1;
    const Core::Environment &env = *result.environment;
    if (line.flag(QStringLiteral("config"))) {
        const QJsonDocument config(Core::valueToJson(result.document).toObject());
        Console::err(QString::fromUtf8(config.toJson(QJsonDocument::Indented)) + QLatin1Char('\n'));
    }
    Core::SelectionRequest request;
    request.things = line.things.isEmpty() ? Core::defaultThings(env, false) : line.things;
    request.withDependencies = true;
    const auto selected = Core::selectInstances(env, request);
    if (!selected) {
        Console::error(selected.error());
        return 1;
    }
    for (const QString &name : selected.value()) {
        const QJsonDocument doc(Core::instanceToJson(env, *env.instance(name)));
        Console::err(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    }
    return 0;
}

int runComplete(const CommandLine &line)
{
    // Spec 12.12, with kill, dump and validate offered (KW-21) and the names of
    // services and instances after the command word.
    QStringList words;
    for (const QString &token : line.things) {
        for (const QString &word : token.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!word.startsWith(QLatin1Char('-')))
                words << word;
        }
    }
    QStringList candidates;
    QString prefix;
    if (words.size() <= 2) {
        candidates = commandNames();
        candidates.removeAll(QStringLiteral("complete"));
        if (words.size() == 2)
            prefix = candidates.contains(words.at(1)) ? QString() : words.at(1);
    } else {
        Core::LoadRequest request;
        request.file = line.file;
        request.processEnvironment = Core::currentProcessEnvironment();
        const Core::LoadResult result = Core::loadEnvironment(request);
        if (!result.environment)
            return 0; // completion stays quiet about broken files
        for (const Core::Service &s : result.environment->services)
            candidates << s.name;
        for (const Core::Instance &i : result.environment->instances)
            candidates << i.name;
        prefix = words.last();
        if (candidates.contains(prefix))
            prefix.clear();
    }
    QStringList matches;
    for (const QString &c : std::as_const(candidates)) {
        if (c.startsWith(prefix))
            matches << c;
    }
    Console::out(matches.join(QLatin1Char(' ')) + QLatin1Char('\n'));
    return 0;
}

} // namespace Maestro::Cli
