// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipform.h"

#include "models/formvalue.h"

#include <QLabel>

namespace Maestro::Gui {

using Kind = ScalarField::Kind;

ShipForm::ShipForm(QWidget *parent)
    : EntityForm(parent)
{
    addScalar(QStringLiteral("ip"), Kind::Text);
    addScalar(QStringLiteral("endpoint"), Kind::Text);
    addScalar(QStringLiteral("docker_port"), Kind::Integer);
    addScalar(QStringLiteral("socket_path"), Kind::Text);
    addScalar(QStringLiteral("api_version"), Kind::Text);
    addScalar(QStringLiteral("timeout"), Kind::Integer);
    addScalar(QStringLiteral("ssh_tunnel.user"), Kind::Text);
    addScalar(QStringLiteral("ssh_tunnel.key"), Kind::Text);
    addScalar(QStringLiteral("ssh_tunnel.port"), Kind::Integer);
    // Our extension: forward to the remote daemon's unix socket.
    addScalar(QStringLiteral("ssh_tunnel.socket_path"), Kind::Text);
    addScalar(QStringLiteral("tls"), Kind::Bool);
    addScalar(QStringLiteral("tls_verify"), Kind::Bool);
    addScalar(QStringLiteral("tls_ca_cert"), Kind::Text);
    addScalar(QStringLiteral("tls_cert"), Kind::Text);
    addScalar(QStringLiteral("tls_key"), Kind::Text);
    addScalar(QStringLiteral("ssl_version"), Kind::Integer);
}

bool ShipForm::showItem(const Core::Value &document, const QString &name)
{
    const Core::Value *ship = Models::FormValue::valueAt(&document, QStringLiteral("ships"));
    ship = ship && ship->isMap() ? ship->find(name) : nullptr;
    if (!ship)
        return false;
    titleLabel()->setText(tr("Ship %1").arg(name));
    // Spec 5.2: every field but ip and endpoint may come from ship_defaults.
    QSet<QString> defaulted;
    for (const QString &key : keys()) {
        if (key != QLatin1String("ip") && key != QLatin1String("endpoint"))
            defaulted << key;
    }
    fill(Core::EditPath().child(QStringLiteral("ships")).child(name), ship,
         document.find(QLatin1String("ship_defaults")), tr("from ship_defaults"), defaulted);
    return true;
}

} // namespace Maestro::Gui
