// SPDX-License-Identifier: GPL-3.0-or-later
#include "usage.h"

#include <string>

namespace Maestro::Guest {

void printUsage(std::FILE *stream)
{
    std::fputs(R"(usage: maestro-guest COMMAND [ARGUMENTS]

Reads the variables `maestro` injects into a container (MaestroNG's guestutils) and
prints one value per line.

  env-name                          the environment's name (default: local)
  service                           this container's service
  container                         this container's name
  host-address [--ip]               the address of this container's ship (--ip: as IPv4)
  internal-address [--interface NAME]
                                    this container's IPv4 address on NAME (default: eth0)
  port NAME [--default N]           this container's exposed (internal) port NAME
  host SERVICE CONTAINER            the address of another container's ship
  specific-port SERVICE CONTAINER PORT [--default N]
                                    a container's external port
  exposed-port SERVICE CONTAINER PORT [--default N]
                                    a container's exposed (internal) port
  nodes SERVICE [--port NAME]... [--minimum N] [--separator S]
                                    host[:port...] of every instance of SERVICE
                                    (default minimum 1; --separator joins them on one line)
  wait SERVICE [--port NAME] [--timeout SECONDS] [--all]
                                    until a node (--all: every node) of SERVICE accepts
                                    TCP connections (default timeout 60 s); prints them
  run [--log-dir DIR] [--] COMMAND [ARGUMENTS]
                                    COMMAND as the container's main process: forwards
                                    SIGTERM and SIGINT, reaps orphans, copies output to
                                    DIR/CONTAINER_NAME.log; exits with COMMAND's status

Exit status: 0 done, 1 the environment lacks something (message on stderr), 2 usage error.
Names are resolved through /etc/hosts only (no DNS).
)",
               stream);
}

void printLine(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
}

int usageError(std::string_view message)
{
    std::fprintf(stderr, "maestro-guest: %.*s\n\n", int(message.size()), message.data());
    printUsage(stderr);
    return ExitUsage;
}

int environmentError(std::string_view message)
{
    std::fprintf(stderr, "%.*s\n", int(message.size()), message.data());
    return ExitError;
}

} // namespace Maestro::Guest
