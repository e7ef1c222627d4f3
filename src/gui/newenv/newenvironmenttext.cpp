// SPDX-License-Identifier: GPL-3.0-or-later
#include "newenvironmenttext.h"

#include "core/edit/yamlfragment.h"

namespace Maestro::Gui {

using namespace Qt::StringLiterals;
using Core::Value;

namespace {

void add(Value::Map &map, const QString &key, Value value)
{
    map.push_back(Value::Entry{Value::string(key), std::move(value), key});
}

Value shipFields(const Docker::ConnectionSettings &daemon)
{
    Value::Map ship;
    add(ship, u"ip"_s, Value::string(daemon.endpoint));
    if (daemon.sshTunnel) {
        Value::Map tunnel;
        add(tunnel, u"user"_s, Value::string(daemon.sshTunnel->user));
        if (!daemon.sshTunnel->keyPath.isEmpty())
            add(tunnel, u"key"_s, Value::string(daemon.sshTunnel->keyPath));
        add(tunnel, u"port"_s, Value::integer(daemon.sshTunnel->port));
        if (!daemon.sshTunnel->socketPath.isEmpty())
            add(tunnel, u"socket_path"_s, Value::string(daemon.sshTunnel->socketPath));
        add(ship, u"ssh_tunnel"_s, Value::map(std::move(tunnel)));
        return Value::map(std::move(ship));
    }
    if (!daemon.socketPath.isEmpty()) {
        add(ship, u"socket_path"_s, Value::string(daemon.socketPath));
        return Value::map(std::move(ship));
    }
    add(ship, u"docker_port"_s, Value::integer(daemon.effectiveDockerPort()));
    if (daemon.tls)
        add(ship, u"tls"_s, Value::boolean(true));
    if (daemon.tlsVerify)
        add(ship, u"tls_verify"_s, Value::boolean(true));
    if (!daemon.tlsCaCert.isEmpty())
        add(ship, u"tls_ca_cert"_s, Value::string(daemon.tlsCaCert));
    if (!daemon.tlsCert.isEmpty())
        add(ship, u"tls_cert"_s, Value::string(daemon.tlsCert));
    if (!daemon.tlsKey.isEmpty())
        add(ship, u"tls_key"_s, Value::string(daemon.tlsKey));
    return Value::map(std::move(ship));
}

} // namespace

QString newEnvironmentText(const QString &environmentName, const QString &shipName,
                           const Docker::ConnectionSettings &daemon)
{
    const Core::FragmentStyle style;
    // One top-level key at a time, a blank line between them, as people write these files.
    const auto section = [&style](const QString &key, Value value) {
        Value::Map one;
        add(one, key, std::move(value));
        return Core::YamlFragment::block(Value::map(std::move(one)), 0, style) + u"\n"_s;
    };
    Value::Map ships;
    add(ships, shipName, shipFields(daemon));
    // The comment is the file's, not the window's: English, like the keys around it.
    return u"# A MaestroNG environment: the ships (Docker hosts), then the services and their\n"
           "# instances (containers). Made by maestro-desktop: edit it here or in its forms.\n\n"_s
           + section(u"name"_s, Value::string(environmentName)) + u"\n"_s
           + section(u"ships"_s, Value::map(std::move(ships))) + u"\nservices: {}\n"_s;
}

} // namespace Maestro::Gui
