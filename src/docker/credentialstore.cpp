// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/credentialstore.h"

#include "docker/imagereference.h"
#include "docker/logging.h"
#include "docker/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

namespace {
// "https://quay.io:443/v1/" -> "quay.io:443"; "quay.io" -> "quay.io".
QString networkLocation(const QString &key)
{
    QString k = key.trimmed();
    const qsizetype scheme = k.indexOf(u"://"_s);
    if (scheme >= 0)
        k = k.mid(scheme + 3);
    const qsizetype slash = k.indexOf(u'/');
    if (slash >= 0)
        k.truncate(slash);
    return k;
}

QString bareHost(const QString &key)
{
    QString location = networkLocation(key);
    const qsizetype colon = location.indexOf(u':');
    if (colon >= 0)
        location.truncate(colon);
    location = location.toLower();
    if (location == u"index.docker.io"_s || location == u"registry-1.docker.io"_s)
        return u"docker.io"_s;
    return location;
}

Core::Result<QJsonObject> readJson(const QString &path, bool &exists)
{
    QFile file(path);
    exists = file.exists();
    if (!exists)
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{Tr::tr("cannot read %1: %2").arg(path, file.errorString()), {}, {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &error);
    if (!doc.isObject())
        return Core::Error{
            Tr::tr("%1 is not a JSON object: %2").arg(path, error.errorString()), {}, {}};
    return doc.object();
}

// An `auths` or ~/.dockercfg entry: "auth" is base64("user:password").
std::optional<RegistryAuth> fromAuthEntry(const QJsonObject &entry, const QString &server)
{
    RegistryAuth auth;
    auth.serverAddress = server;
    const QByteArray decoded = QByteArray::fromBase64(entry.value(u"auth"_s).toString().toLatin1());
    const qsizetype colon = decoded.indexOf(':');
    if (colon > 0) {
        auth.username = QString::fromUtf8(decoded.left(colon));
        auth.password = QString::fromUtf8(decoded.mid(colon + 1));
    }
    if (entry.contains(u"username"_s))
        auth.username = entry.value(u"username"_s).toString();
    if (entry.contains(u"password"_s))
        auth.password = entry.value(u"password"_s).toString();
    auth.email = entry.value(u"email"_s).toString();
    auth.identityToken = entry.value(u"identitytoken"_s).toString();
    if (auth.isEmpty())
        return std::nullopt;
    return auth;
}
} // namespace

CredentialStore::CredentialStore(QList<RegistryEntry> registries)
    : m_registries(std::move(registries))
    , m_homeDir(QDir::homePath())
    , m_runner(&CredentialStore::runHelper)
{}

std::optional<RegistryEntry> CredentialStore::entryFor(const QString &registryPart) const
{
    for (const RegistryEntry &e : m_registries) {
        if (e.name == registryPart)
            return e;
    }
    for (const RegistryEntry &e : m_registries) {
        // A URL without a scheme has no network location and never matches (spec 4).
        if (!e.registry.contains(u"://"_s))
            continue;
        const QString location = networkLocation(e.registry);
        const QString host = location.section(u':', 0, 0);
        if (!location.isEmpty() && (registryPart == location || registryPart == host))
            return e;
    }
    return std::nullopt;
}

QString CredentialStore::configPath() const
{
    if (!m_configDir.isEmpty())
        return m_configDir + u"/config.json"_s;
    const QString env = qEnvironmentVariable("DOCKER_CONFIG");
    if (!env.isEmpty())
        return env + u"/config.json"_s;
    return m_homeDir + u"/.docker/config.json"_s;
}

Core::Result<std::optional<RegistryAuth>> CredentialStore::lookup(const ImageReference &image) const
{
    // Spec 4: the registry part is the first path component (for Hub images a user name).
    QString registryPart;
    if (!image.isDockerHub())
        registryPart = image.domain();
    else if (!image.path().startsWith(u"library/"_s))
        registryPart = image.path().section(u'/', 0, 0);
    if (!registryPart.isEmpty()) {
        if (const auto entry = entryFor(registryPart)) {
            RegistryAuth auth{entry->username, entry->password, entry->email, entry->registry, {}};
            if (auth.username.isEmpty()) {
                // Spec 12.4 step 2: the user name may come from the Docker configuration.
                auto fromConfig = fromDockerConfig(bareHost(entry->registry));
                if (!fromConfig)
                    return fromConfig.error();
                if (!*fromConfig)
                    return std::optional<RegistryAuth>();
                auth.username = (*fromConfig)->username;
                if (auth.password.isEmpty())
                    auth.password = (*fromConfig)->password;
            }
            return std::optional<RegistryAuth>(auth);
        }
    }
    return fromDockerConfig(image.registryHost().toLower() == u"index.docker.io"_s
                                ? u"docker.io"_s
                                : image.registryHost().toLower());
}

Core::Result<std::optional<RegistryAuth>>
CredentialStore::fromDockerConfig(const QString &host) const
{
    bool exists = false;
    const QString path = configPath();
    const auto config = readJson(path, exists);
    if (!config)
        return config.error();
    const QJsonObject auths = config->value(u"auths"_s).toObject();
    const QJsonObject helpers = config->value(u"credHelpers"_s).toObject();
    const QString store = config->value(u"credsStore"_s).toString();
    const QString hubKey = u"https://index.docker.io/v1/"_s;

    auto viaHelper = [this](const QString &helper,
                            const QString &server) -> Core::Result<std::optional<RegistryAuth>> {
        const auto output = m_runner(helper, server);
        if (!output) {
            // "credentials not found" is a normal answer: pull anonymously.
            qCDebug(lcDocker).noquote() << output.error().message;
            return std::optional<RegistryAuth>();
        }
        const QJsonObject o = QJsonDocument::fromJson(*output).object();
        RegistryAuth auth;
        auth.serverAddress = server;
        const QString user = o.value(u"Username"_s).toString();
        const QString secret = o.value(u"Secret"_s).toString();
        if (user == u"<token>"_s)
            auth.identityToken = secret;
        else {
            auth.username = user;
            auth.password = secret;
        }
        if (auth.isEmpty())
            return std::optional<RegistryAuth>();
        return std::optional<RegistryAuth>(auth);
    };

    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (bareHost(it.key()) == host)
            return viaHelper(it.value().toString(), it.key());
    }
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        if (bareHost(it.key()) != host)
            continue;
        if (auto auth = fromAuthEntry(it.value().toObject(), it.key()))
            return std::optional<RegistryAuth>(auth);
        if (!store.isEmpty())
            return viaHelper(store, it.key());
    }
    if (!store.isEmpty())
        return viaHelper(store, host == u"docker.io"_s ? hubKey : host);
    if (exists)
        return std::optional<RegistryAuth>();

    // Legacy ~/.dockercfg: the same entries at the top level.
    bool legacyExists = false;
    const auto legacy = readJson(m_homeDir + u"/.dockercfg"_s, legacyExists);
    if (!legacy)
        return legacy.error();
    for (auto it = legacy->begin(); it != legacy->end(); ++it) {
        if (bareHost(it.key()) == host) {
            if (auto auth = fromAuthEntry(it.value().toObject(), it.key()))
                return std::optional<RegistryAuth>(auth);
        }
    }
    return std::optional<RegistryAuth>();
}

Core::Result<QByteArray> CredentialStore::runHelper(const QString &helper, const QString &serverUrl)
{
    const QString program = u"docker-credential-"_s + helper;
    QProcess process;
    process.start(program, {u"get"_s});
    if (!process.waitForStarted(5000))
        return Core::Error{Tr::tr("cannot run the credential helper %1").arg(program), {}, {}};
    process.write(serverUrl.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        return Core::Error{Tr::tr("the credential helper %1 did not answer").arg(program), {}, {}};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Core::Error{
            Tr::tr("the credential helper %1 found no credentials for %2").arg(program, serverUrl),
            {},
            {}};
    return process.readAllStandardOutput();
}

} // namespace Maestro::Docker
