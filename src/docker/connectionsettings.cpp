// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/connectionsettings.h"

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

ConnectionSettings::Transport ConnectionSettings::transport() const
{
    // Spec 5.3: the tunnel wins, then the socket, then TCP.
    if (sshTunnel)
        return Transport::Ssh;
    if (!socketPath.isEmpty())
        return Transport::UnixSocket;
    return usesTls() ? Transport::Tls : Transport::Tcp;
}

int ConnectionSettings::effectiveDockerPort() const
{
    if (dockerPort > 0)
        return dockerPort;
    return tls ? 2376 : 2375;
}

QString ConnectionSettings::endpointDescription() const
{
    switch (transport()) {
    case Transport::UnixSocket:
        return u"unix://"_s + socketPath;
    case Transport::Tcp:
        return u"http://%1:%2"_s.arg(endpoint).arg(effectiveDockerPort());
    case Transport::Tls:
        return u"https://%1:%2"_s.arg(endpoint).arg(effectiveDockerPort());
    case Transport::Ssh: {
        QString remote = sshTunnel->socketPath;
        if (remote.isEmpty())
            remote = (tunnelUsesTls() ? u"https://127.0.0.1:%1"_s : u"127.0.0.1:%1"_s)
                         .arg(effectiveDockerPort());
        return u"ssh://%1@%2:%3 -> %4"_s.arg(sshTunnel->user, endpoint)
            .arg(sshTunnel->port)
            .arg(remote);
    }
    }
    return endpoint;
}

} // namespace Maestro::Docker
