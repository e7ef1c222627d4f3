// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers.h"

#include "modeltr.h"
#include "pathresolution.h"

#include "core/pythonformat.h"

#include <QFileInfo>

namespace Maestro::Core {

namespace {

const QStringList kDefaultableKeys = {
    QStringLiteral("docker_port"), QStringLiteral("socket_path"), QStringLiteral("api_version"),
    QStringLiteral("timeout"),     QStringLiteral("ssh_tunnel"),  QStringLiteral("tls"),
    QStringLiteral("tls_verify"),  QStringLiteral("tls_ca_cert"), QStringLiteral("tls_cert"),
    QStringLiteral("tls_key"),     QStringLiteral("ssl_version"),
};

// A ship's own value when the key is present (even null), else the ship_defaults one.
class ShipFields
{
public:
    ShipFields(BuildContext &context, const Value &ship, const Value &defaults, QString path)
        : m_context(context)
        , m_ship(ship)
        , m_defaults(defaults)
        , m_path(std::move(path))
    {}

    const Value &source(const QString &key) const
    {
        return m_ship.contains(key) || !m_defaults.contains(key) ? m_ship : m_defaults;
    }
    const Value *value(const QString &key) const { return source(key).find(key); }
    QString pathOf(const QString &key) const
    {
        return BuildContext::join(
            &source(key) == &m_ship ? m_path : QStringLiteral("ship_defaults"), key);
    }
    std::optional<QString> string(const QString &key) const
    {
        return m_context.string(source(key), key, parentPath(key));
    }
    std::optional<qint64> integer(const QString &key) const
    {
        return m_context.integer(source(key), key, parentPath(key));
    }
    bool truthy(const QString &key) const
    {
        const Value *v = value(key);
        return v && v->isTruthy();
    }

private:
    QString parentPath(const QString &key) const
    {
        return &source(key) == &m_ship ? m_path : QStringLiteral("ship_defaults");
    }

    BuildContext &m_context;
    const Value &m_ship;
    const Value &m_defaults;
    QString m_path;
};

void warnNumericApiVersion(BuildContext &context, const Value &v, const QString &path)
{
    if (!v.isFloat() && !v.isInt())
        return;
    const QString written = v.plainText().isEmpty() ? pythonStr(v) : v.plainText();
    context.warning(v.location(), path,
                    ModelTr::tr("api_version %1 is read as the number %2 (YAML 1.1); quote it: "
                                "api_version: \"%1\"")
                        .arg(written, pythonStr(v)));
}

std::optional<SshTunnel> readSshTunnel(BuildContext &context, const ShipFields &fields,
                                       const QString &shipName)
{
    const Value *v = fields.value(QStringLiteral("ssh_tunnel"));
    if (!v || v->isNull())
        return std::nullopt;
    const QString path = fields.pathOf(QStringLiteral("ssh_tunnel"));
    if (!v->isMap()) {
        context.error(v->location(), path,
                      ModelTr::tr("ssh_tunnel of ship %1 must be a mapping with user, key and port")
                          .arg(shipName));
        return std::nullopt;
    }
    context.checkKeys(*v,
                      {QStringLiteral("user"), QStringLiteral("key"), QStringLiteral("port"),
                       QStringLiteral("socket_path")},
                      path);
    SshTunnel tunnel;
    const auto user = context.string(*v, QStringLiteral("user"), path);
    if (!user || user->isEmpty())
        context.error(
            v->location(), BuildContext::join(path, QStringLiteral("user")),
            ModelTr::tr("Missing SSH user for ship %1 tunnel configuration").arg(shipName));
    else
        tunnel.user = *user;
    // Our extension: without `key` the ssh-agent is asked (MaestroNG requires a key).
    if (const auto key = context.string(*v, QStringLiteral("key"), path))
        tunnel.key = resolveUserPath(*key, context.baseDir());
    if (const auto port = context.integer(*v, QStringLiteral("port"), path))
        tunnel.port = int(*port);
    if (const auto socket = context.string(*v, QStringLiteral("socket_path"), path))
        tunnel.socketPath = *socket;
    return tunnel;
}

// tls_ca_cert, tls_cert, tls_key: resolved, and required to exist when they are used.
QString readCertificatePath(BuildContext &context, const ShipFields &fields, const QString &key,
                            bool required, const QString &shipName, const Value &ship)
{
    const auto path = fields.string(key);
    if (!path || path->isEmpty()) {
        if (required)
            context.error(
                ship.location(), fields.pathOf(key),
                ModelTr::tr("%1 is required on ship %2 because tls is enabled").arg(key, shipName));
        return {};
    }
    const QString resolved = resolveUserPath(*path, context.baseDir());
    if (required && !QFileInfo::exists(resolved)) {
        const Value *v = fields.value(key);
        context.error(
            v ? v->location() : ship.location(), fields.pathOf(key),
            ModelTr::tr("%1 file %2 of ship %3 does not exist").arg(key, *path, shipName));
    }
    return resolved;
}

Ship readShip(BuildContext &context, const QString &name, const Value &ship, const Value &defaults)
{
    const QString path = QStringLiteral("ships.") + name;
    Ship s;
    s.name = name;
    s.location = ship.location();
    if (!ship.isMap()) {
        context.error(ship.location(), path,
                      ModelTr::tr("ship %1 must be a mapping with at least ip").arg(name));
        return s;
    }
    QStringList known = kDefaultableKeys;
    known << QStringLiteral("ip") << QStringLiteral("endpoint");
    context.checkKeys(ship, known, path);

    if (const auto ip = context.string(ship, QStringLiteral("ip"), path, true))
        s.ip = *ip;
    s.endpoint = context.string(ship, QStringLiteral("endpoint"), path).value_or(s.ip);

    const ShipFields fields(context, ship, defaults, path);
    s.tls = fields.truthy(QStringLiteral("tls"));
    s.tlsVerify = fields.truthy(QStringLiteral("tls_verify"));
    s.dockerPort = int(fields.integer(QStringLiteral("docker_port")).value_or(s.tls ? 2376 : 2375));
    if (const auto socket = fields.string(QStringLiteral("socket_path"));
        socket && !socket->isEmpty()) {
        const QFileInfo info(resolveUserPath(*socket, QString()));
        s.socketPath = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    }
    if (const Value *v = fields.value(QStringLiteral("api_version")); v && !v->isNull()) {
        warnNumericApiVersion(context, *v, fields.pathOf(QStringLiteral("api_version")));
        s.apiVersion = pythonStr(*v);
    }
    const qint64 timeout = fields.integer(QStringLiteral("timeout")).value_or(0);
    s.timeout = timeout > 0 ? int(timeout) : 5;
    s.sshTunnel = readSshTunnel(context, fields, name);
    s.tlsCaCert = readCertificatePath(context, fields, QStringLiteral("tls_ca_cert"),
                                      s.tlsVerify && fields.value(QStringLiteral("tls_ca_cert")),
                                      name, ship);
    s.tlsCert = readCertificatePath(context, fields, QStringLiteral("tls_cert"), s.tls, name, ship);
    s.tlsKey = readCertificatePath(context, fields, QStringLiteral("tls_key"), s.tls, name, ship);
    if (const auto ssl = fields.integer(QStringLiteral("ssl_version")))
        s.sslVersion = int(*ssl);
    return s;
}

} // namespace

QList<Ship> readShips(BuildContext &context, const Value &root)
{
    const Value defaults = context.mapping(root, QStringLiteral("ship_defaults"), QString());
    if (defaults.contains(QStringLiteral("ssh_timeout"))) {
        context.warning(defaults.find(QStringLiteral("ssh_timeout"))->location(),
                        QStringLiteral("ship_defaults.ssh_timeout"),
                        ModelTr::tr("ssh_timeout does not exist in MaestroNG and is ignored; "
                                    "timeout applies to every connection"));
    }
    context.checkKeys(defaults, kDefaultableKeys + QStringList{QStringLiteral("ssh_timeout")},
                      QStringLiteral("ship_defaults"));

    if (const auto provider = context.string(root, QStringLiteral("ship_provider"), QString());
        provider && *provider != QLatin1String("static")) {
        context.error(
            root.find(QStringLiteral("ship_provider"))->location(), QStringLiteral("ship_provider"),
            ModelTr::tr("Invalid ship provider %1! Available providers: static").arg(*provider));
        return {};
    }
    const Value *ships = root.find(QStringLiteral("ships"));
    if (!ships) {
        context.error(
            root.location(), QStringLiteral("ships"),
            ModelTr::tr("ships is missing: the static ship provider needs a ships mapping"));
        return {};
    }
    if (!ships->isMap()) {
        if (!ships->isNull())
            context.error(ships->location(), QStringLiteral("ships"),
                          ModelTr::tr("ships must be a mapping of ship names to ships"));
        return {};
    }
    QList<Ship> result;
    for (const Value::Entry &e : ships->entries())
        result.append(readShip(context, e.keyText, e.value, defaults));
    return result;
}

} // namespace Maestro::Core
