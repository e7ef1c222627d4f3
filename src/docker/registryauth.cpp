// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/registryauth.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

QJsonObject RegistryAuth::toJson() const
{
    QJsonObject o;
    if (!identityToken.isEmpty()) {
        o.insert(u"identitytoken"_s, identityToken);
    } else {
        o.insert(u"username"_s, username);
        o.insert(u"password"_s, password);
    }
    if (!email.isEmpty())
        o.insert(u"email"_s, email);
    if (!serverAddress.isEmpty())
        o.insert(u"serveraddress"_s, serverAddress);
    return o;
}

QByteArray RegistryAuth::headerValue() const
{
    return QJsonDocument(toJson())
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding);
}

QDebug operator<<(QDebug debug, const RegistryAuth &auth)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "RegistryAuth(" << auth.username << '@' << auth.serverAddress
                              << (auth.password.isEmpty() ? ", no password" : ", password set")
                              << (auth.identityToken.isEmpty() ? "" : ", token set") << ')';
    return debug;
}

} // namespace Maestro::Docker
