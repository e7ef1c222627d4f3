// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Maestro::Cli {

// The parsed command line, MaestroNG style (spec 17.1, 17.2):
// maestro [-h] [-f FILE] [-v] <command> [command options] [thing ...]
struct CommandLine
{
    QString file = QStringLiteral("maestro.yaml");
    QString command;
    QStringList things;
    QHash<QString, QString> options; // long option name -> value ("1" for flags)

    bool flag(const QString &name) const { return options.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return options.value(name, fallback);
    }
};

// What parsing decided: run a command, or print `text` and exit with `exitCode`
// (help and version exit 0, usage errors 2, as argparse does).
struct ParseOutcome
{
    std::optional<CommandLine> commandLine;
    QString text;
    bool toStandardError = false;
    int exitCode = 0;
};

ParseOutcome parseCommandLine(const QStringList &arguments);

// Every command name, in the order `maestro -h` lists them.
const QStringList &commandNames();

} // namespace Maestro::Cli
