// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QJsonObject>
#include <QString>

namespace Maestro::Docker {

// Credentials for one registry, as sent to the daemon in X-Registry-Auth. `email` is
// optional (KW-17). The password and identity token never appear in logs or errors;
// QDebug output of this type is redacted.
struct RegistryAuth
{
    QString username;
    QString password;
    QString email;
    QString serverAddress; // "https://index.docker.io/v1/", "quay.io", …
    QString identityToken; // from credential helpers ("<token>" user)

    bool isEmpty() const
    {
        return username.isEmpty() && password.isEmpty() && identityToken.isEmpty();
    }
    // The JSON object the daemon expects (POST /auth takes it as the body).
    QJsonObject toJson() const;
    // URL-safe base64 of toJson(), for X-Registry-Auth.
    QByteArray headerValue() const;
};

// "RegistryAuth(user@server, password set)": never the password or token themselves.
QDebug operator<<(QDebug debug, const RegistryAuth &auth);

} // namespace Maestro::Docker
