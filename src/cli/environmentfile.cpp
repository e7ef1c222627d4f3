// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentfile.h"

#include "console.h"

#include <QFile>

#include <cstdio>
#include <list>

namespace Maestro::Cli {

const Core::LoadResult &loadEnvironmentFile(const CommandLine &line, bool forEditing)
{
    Core::LoadRequest request;
    request.file = line.file;
    request.recordSpans = forEditing;
    request.buildModel = !forEditing;
    request.processEnvironment = Core::currentProcessEnvironment();
    if (line.file == QLatin1String("-")) {
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly))
            request.standardInput = input.readAll();
    }
    // Never freed, on purpose (see the header); reachable from here, so leak checkers do
    // not report it. A list, so earlier results stay where they are.
    static auto *const kept = new std::list<Core::LoadResult>;
    kept->push_back(Core::loadEnvironment(request));
    return kept->back();
}

Core::EnvironmentPtr loadEnvironmentOrReport(const CommandLine &line)
{
    const Core::LoadResult result = loadEnvironmentFile(line);
    for (const Core::Diagnostic &d : result.diagnostics)
        Console::diagnostic(d);
    return result.environment;
}

} // namespace Maestro::Cli
