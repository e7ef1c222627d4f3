// SPDX-License-Identifier: GPL-3.0-or-later
// `maestro`: MaestroNG-compatible command line. Parses arguments and runs a command.
#include "commandline.h"
#include "console.h"
#include "editcommand.h"
#include "offlinecommands.h"
#include "playcommand.h"

#include "orchestration/plan/command.h"
#include "orchestration/ships/shipconnections.h"

#include "core/softassert.h"

#include <QCoreApplication>

using namespace Maestro::Cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("maestro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAESTRO_VERSION));

    const ParseOutcome parsed = parseCommandLine(QCoreApplication::arguments());
    if (!parsed.commandLine) {
        parsed.toStandardError ? Console::err(parsed.text) : Console::out(parsed.text);
        return parsed.exitCode;
    }
    const CommandLine &line = *parsed.commandLine;
    if (line.command == QLatin1String("validate"))
        return runValidate(line);
    if (line.command == QLatin1String("deptree"))
        return runDeptree(line);
    if (line.command == QLatin1String("dump"))
        return runDump(line);
    if (line.command == QLatin1String("edit"))
        return runEdit(line);
    if (line.command == QLatin1String("complete"))
        return runComplete(line);
    // The one owner of the ship clients (STYLE rule 20) for the commands that reach ships.
    Maestro::Orchestration::ShipConnections connections;
    if (line.command == QLatin1String("logs"))
        return runLogs(line, connections);
    // The parser knows no other commands: the rest are the commands that make plans.
    const std::optional<Maestro::Orchestration::Command> command
        = Maestro::Orchestration::commandFromName(line.command);
    MAESTRO_ASSERT(command.has_value(), return 2);
    return runPlayCommand(line, *command, connections);
}
