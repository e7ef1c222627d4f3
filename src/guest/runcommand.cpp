// SPDX-License-Identifier: GPL-3.0-or-later
// `run [--log-dir DIR] -- COMMAND`: spec 16.1's run_service as a container's PID 1.
#include "commands.h"
#include "guestenvironment.h"
#include "supervisor.h"
#include "usage.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Maestro::Guest {

namespace {

// mkdir -p, as run_service's os.makedirs().
bool makeDirectories(const std::string &path)
{
    for (std::string::size_type slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
        const std::string part = path.substr(0, slash);
        if (::mkdir(part.c_str(), 0755) != 0 && errno != EEXIST)
            return false;
        if (slash == std::string::npos)
            return true;
    }
}

} // namespace

int runRun(const Arguments &arguments)
{
    const std::optional<std::string> directory = arguments.value("log-dir");
    if (!directory)
        return supervise(arguments.positionals, -1);
    const Outcome<std::string> container = containerName();
    if (!container)
        return environmentError(container.error());
    const std::string path = *directory + '/' + *container + ".log";
    if (!makeDirectories(*directory))
        return environmentError("Cannot create " + *directory + ": " + std::strerror(errno));
    const int logFd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (logFd < 0)
        return environmentError("Cannot write " + path + ": " + std::strerror(errno));
    return supervise(arguments.positionals, logFd);
}

} // namespace Maestro::Guest
