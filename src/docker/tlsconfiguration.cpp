// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/tlsconfiguration.h"

#include "docker/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace Maestro::Docker::TlsConfiguration {

// lupdate (Qt 6.4) gives tr() in a free function with a namespace-qualified return type
// ("Core::Error f()") a wrong context, so those return types are named unqualified.
using Core::Error;

using namespace Qt::StringLiterals;

namespace {
Error shipError(const ConnectionSettings &settings, const QString &message)
{
    return Core::Error{Tr::tr("ship '%1' (%2): %3")
                           .arg(settings.shipName, settings.endpointDescription(), message),
                       {},
                       {}};
}

Core::Result<QByteArray> readFile(const ConnectionSettings &settings, const QString &what,
                                  const QString &path)
{
    const QString resolved = resolvePath(path, settings.baseDirectory);
    QFile file(resolved);
    if (!file.open(QIODevice::ReadOnly))
        return shipError(
            settings,
            Tr::tr("cannot read the %1 file %2: %3").arg(what, resolved, file.errorString()));
    return file.read(1024 * 1024);
}
} // namespace

QString resolvePath(const QString &path, const QString &baseDirectory)
{
    QString p = path;
    if (p == u"~"_s || p.startsWith(u"~/"_s))
        p = QDir::homePath() + p.mid(1);
    if (QDir::isAbsolutePath(p))
        return QDir::cleanPath(p);
    const QString fromCwd = QDir::current().absoluteFilePath(p);
    if (QFileInfo::exists(fromCwd) || baseDirectory.isEmpty())
        return QDir::cleanPath(fromCwd);
    return QDir::cleanPath(QDir(baseDirectory).absoluteFilePath(p));
}

Core::Result<QSsl::SslProtocol> protocolFor(std::optional<int> sslVersion)
{
    if (!sslVersion)
        return QSsl::TlsV1_2OrLater;
    switch (*sslVersion) {
    case 2:  // PROTOCOL_SSLv23 / PROTOCOL_TLS: whatever both sides support
    case 16: // PROTOCOL_TLS_CLIENT
    case 17: // PROTOCOL_TLS_SERVER (nonsense for a client; treated like TLS)
        return QSsl::SecureProtocols;
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case 3: // PROTOCOL_TLSv1: the file explicitly asks for the old protocol
        return QSsl::TlsV1_0;
    case 4:
        return QSsl::TlsV1_1;
        QT_WARNING_POP
    case 5:
        return QSsl::TlsV1_2;
    default:
        return Core::Error{Tr::tr("unsupported ssl_version %1").arg(*sslVersion), {}, {}};
    }
}

Core::Result<QSslConfiguration> build(const ConnectionSettings &settings)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    const auto protocol = protocolFor(settings.sslVersion);
    if (!protocol)
        return shipError(settings, protocol.error().message);
    ssl.setProtocol(*protocol);
    if (settings.tls) {
        if (settings.tlsCert.isEmpty() || settings.tlsKey.isEmpty())
            return shipError(settings, Tr::tr("tls needs both tls_cert and tls_key"));
        const auto cert = readFile(settings, Tr::tr("TLS certificate"), settings.tlsCert);
        if (!cert)
            return cert.error();
        const auto key = readFile(settings, Tr::tr("TLS key"), settings.tlsKey);
        if (!key)
            return key.error();
        const QSslCertificate certificate(*cert, QSsl::Pem);
        if (certificate.isNull())
            return shipError(
                settings,
                Tr::tr("the TLS certificate %1 is not a PEM certificate").arg(settings.tlsCert));
        QSslKey privateKey(*key, QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull())
            privateKey = QSslKey(*key, QSsl::Ec, QSsl::Pem);
        if (privateKey.isNull())
            return shipError(
                settings,
                Tr::tr("the TLS key %1 is not a PEM RSA or EC private key").arg(settings.tlsKey));
        ssl.setLocalCertificate(certificate);
        ssl.setPrivateKey(privateKey);
    }
    if (settings.tlsVerify) {
        if (!settings.tlsCaCert.isEmpty()) {
            const auto ca = readFile(settings, Tr::tr("TLS CA certificate"), settings.tlsCaCert);
            if (!ca)
                return ca.error();
            const QList<QSslCertificate> cas = QSslCertificate::fromData(*ca, QSsl::Pem);
            if (cas.isEmpty())
                return shipError(
                    settings,
                    Tr::tr("the TLS CA file %1 holds no PEM certificate").arg(settings.tlsCaCert));
            // Only the given CA: a ship pinned to its own CA must not accept public ones.
            ssl.setCaCertificates(cas);
        }
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return ssl;
}

QString handshakeErrors(const QSslSocket &socket)
{
    QStringList why;
    for (const QSslError &e : socket.sslHandshakeErrors())
        why.append(e.errorString());
    if (why.isEmpty())
        why.append(socket.errorString());
    return why.join(u"; "_s);
}

} // namespace Maestro::Docker::TlsConfiguration
