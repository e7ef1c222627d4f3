// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

namespace Maestro::Guest {

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        {"env-name", {}, 0, 0, runEnvName},
        {"service", {}, 0, 0, runService},
        {"container", {}, 0, 0, runContainer},
        {"host-address", {{"ip", false}}, 0, 0, runHostAddress},
        {"internal-address", {{"interface"}}, 0, 0, runInternalAddress},
        {"port", {{"default"}}, 1, 1, runPort},
        {"host", {}, 2, 2, runHost},
        {"specific-port", {{"default"}}, 3, 3, runSpecificPort},
        {"exposed-port", {{"default"}}, 3, 3, runExposedPort},
        {"nodes", {{"port"}, {"minimum"}, {"separator"}}, 1, 1, runNodes},
        {"wait", {{"port"}, {"timeout"}, {"all", false}}, 1, 1, runWait},
        {"run", {{"log-dir"}}, 1, AnyNumber, runRun, true},
    };
    return table;
}

} // namespace Maestro::Guest
