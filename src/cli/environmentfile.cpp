// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentfile.h"

#include "console.h"

#include <QFile>

#include <cstdio>

namespace Maestro::Cli {

Core::LoadResult loadEnvironmentFile(const CommandLine &line)
{
    Core::LoadRequest request;
    request.file = line.file;
    request.processEnvironment = Core::currentProcessEnvironment();
    if (line.file == QLatin1String("-")) {
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly))
            request.standardInput = input.readAll();
    }
    return Core::loadEnvironment(request);
}

Core::EnvironmentPtr loadEnvironmentOrReport(const CommandLine &line)
{
    const Core::LoadResult result = loadEnvironmentFile(line);
    for (const Core::Diagnostic &d : result.diagnostics)
        Console::diagnostic(d);
    return result.environment;
}

} // namespace Maestro::Cli
