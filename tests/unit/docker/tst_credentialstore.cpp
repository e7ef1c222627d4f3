// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/credentialstore.h"
#include "docker/imagereference.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;

namespace {
ImageReference ref(const QString &text)
{
    return ImageReference::parse(text).value();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QJsonObject decodeHeader(const RegistryAuth &auth)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(auth.headerValue(), QByteArray::Base64UrlEncoding))
        .object();
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void environmentRegistries_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("expectedUser"); // empty: anonymous
        QTest::newRow("by name") << u"private/app:1"_s << u"by-name"_s;
        QTest::newRow("by location with port")
            << u"reg.example.com:5000/team/app"_s << u"by-location"_s;
        QTest::newRow("by host (FQDN fallback)")
            << u"reg.example.com/team/app"_s << u"by-location"_s;
        QTest::newRow("official images never log in") << u"nginx"_s << QString();
        QTest::newRow("no match") << u"quay.io/foo/bar"_s << QString();
        QTest::newRow("scheme-less URL never matches") << u"plain.example.org/x"_s << QString();
    }
    void environmentRegistries()
    {
        QFETCH(QString, image);
        QFETCH(QString, expectedUser);
        QTemporaryDir home;
        CredentialStore store({
            {u"private"_s, u"https://private.example.net/v1/"_s, u"by-name"_s, u"pw1"_s, {}},
            {u"corp"_s, u"https://reg.example.com:5000/v2/"_s, u"by-location"_s, u"pw2"_s,
             u"a@b.c"_s},
            {u"plain"_s, u"plain.example.org"_s, u"never"_s, u"pw3"_s, {}},
        });
        store.setHomeDir(home.path());
        store.setDockerConfigDir(home.path() + u"/none"_s);
        const auto auth = store.lookup(ref(image));
        QVERIFY(auth.ok());
        if (expectedUser.isEmpty()) {
            QVERIFY(!auth->has_value());
            return;
        }
        QVERIFY(auth->has_value());
        QCOMPARE((*auth)->username, expectedUser);
    }

    void headerEncodingAndOptionalEmail()
    {
        RegistryAuth auth{u"me"_s, u"s3cret+/="_s, {}, u"https://quay.io"_s, {}};
        const QByteArray header = auth.headerValue();
        QVERIFY(!header.contains('+'));
        QVERIFY(!header.contains('/'));
        const QJsonObject o = decodeHeader(auth);
        QCOMPARE(o.value(u"username"_s).toString(), u"me"_s);
        QCOMPARE(o.value(u"password"_s).toString(), u"s3cret+/="_s);
        QCOMPARE(o.value(u"serveraddress"_s).toString(), u"https://quay.io"_s);
        QVERIFY(!o.contains(u"email"_s)); // KW-17: optional
        auth.email = u"me@example.com"_s;
        QCOMPARE(decodeHeader(auth).value(u"email"_s).toString(), u"me@example.com"_s);
    }

    void debugOutputIsRedacted()
    {
        const RegistryAuth auth{u"me"_s, u"s3cret-pw"_s, {}, u"quay.io"_s, u"tok-123"_s};
        QString text;
        QDebug(&text) << auth;
        QVERIFY2(!text.contains(u"s3cret-pw"_s) && !text.contains(u"tok-123"_s), qPrintable(text));
        QVERIFY2(text.contains(u"me@quay.io"_s) && text.contains(u"password set"_s),
                 qPrintable(text));
    }

    void dockerConfigAuths()
    {
        QTemporaryDir home;
        writeFile(
            home.path() + u"/.docker/config.json"_s,
            "{\"auths\":{\n"
            "            \"https://index.docker.io/v1/\":{\"auth\":\""
                + QByteArray("hubuser:hubpass").toBase64()
                + "\"},\n"
                  "            \"quay.io\":{\"auth\":\""
                + QByteArray("quser:qpass").toBase64()
                + "\"},\n"
                  "            \"localhost:5000\":{\"username\":\"local\",\"password\":\"lpw\"}}}");
        CredentialStore store;
        store.setHomeDir(home.path());
        auto hub = store.lookup(ref(u"myuser/app"_s));
        QVERIFY(hub.ok() && hub->has_value());
        QCOMPARE((*hub)->username, u"hubuser"_s);
        QCOMPARE((*hub)->password, u"hubpass"_s);
        QCOMPARE((*hub)->serverAddress, u"https://index.docker.io/v1/"_s);
        auto quay = store.lookup(ref(u"quay.io:443/a/b"_s));
        QVERIFY(quay.ok() && quay->has_value());
        QCOMPARE((*quay)->username, u"quser"_s);
        auto local = store.lookup(ref(u"localhost:5000/x"_s));
        QVERIFY(local.ok() && local->has_value());
        QCOMPARE((*local)->password, u"lpw"_s);
        auto none = store.lookup(ref(u"gcr.io/x/y"_s));
        QVERIFY(none.ok() && !none->has_value());
    }

    void usernameFromDockerConfig()
    {
        // Spec 12.4 step 2: an entry without username takes it from the Docker config.
        QTemporaryDir home;
        writeFile(home.path() + u"/.docker/config.json"_s,
                  "{\"auths\":{\"https://reg.example.com\":{\"auth\":\""
                      + QByteArray("cfguser:cfgpw").toBase64() + "\"}}}");
        CredentialStore store({{u"corp"_s, u"https://reg.example.com/v1/"_s, {}, u"filepw"_s, {}}});
        store.setHomeDir(home.path());
        const auto auth = store.lookup(ref(u"reg.example.com/a"_s));
        QVERIFY(auth.ok() && auth->has_value());
        QCOMPARE((*auth)->username, u"cfguser"_s);
        QCOMPARE((*auth)->password, u"filepw"_s);
    }

    void credentialHelpers()
    {
        QTemporaryDir home;
        writeFile(home.path() + u"/.docker/config.json"_s,
                  "{\"credsStore\":\"desktop\",\"credHelpers\":{\"gcr.io\":\"gcloud\"},\"auths\":{"
                  "\"quay.io\":{}}}");
        QStringList calls;
        CredentialStore store;
        store.setHomeDir(home.path());
        store.setHelperRunner([&calls](const QString &helper,
                                       const QString &server) -> Maestro::Core::Result<QByteArray> {
            calls << helper + u' ' + server;
            if (helper == u"gcloud"_s)
                return "{\"ServerURL\":\"gcr.io\",\"Username\":\"<token>\",\"Secret\":\"tok\"}"_ba;
            if (server == u"quay.io"_s)
                return "{\"ServerURL\":\"quay.io\",\"Username\":\"qu\",\"Secret\":\"qs\"}"_ba;
            return Maestro::Core::Error{u"credentials not found"_s, {}, {}};
        });
        const auto gcr = store.lookup(ref(u"gcr.io/p/img"_s));
        QVERIFY(gcr.ok() && gcr->has_value());
        QCOMPARE((*gcr)->identityToken, u"tok"_s);
        QCOMPARE(decodeHeader(**gcr).value(u"identitytoken"_s).toString(), u"tok"_s);
        const auto quay = store.lookup(ref(u"quay.io/a/b"_s));
        QVERIFY(quay.ok() && quay->has_value());
        QCOMPARE((*quay)->username, u"qu"_s);
        const auto hub = store.lookup(ref(u"someone/img"_s));
        QVERIFY(hub.ok());
        QVERIFY(!hub->has_value()); // helper said "not found": anonymous
        QCOMPARE(calls, QStringList({u"gcloud gcr.io"_s, u"desktop quay.io"_s,
                                     u"desktop https://index.docker.io/v1/"_s}));
    }

    void legacyDockercfg()
    {
        QTemporaryDir home;
        writeFile(home.path() + u"/.dockercfg"_s, "{\"https://quay.io/v1/\":{\"auth\":\""
                                                      + QByteArray("old:oldpw").toBase64()
                                                      + "\",\"email\":\"o@x\"}}");
        CredentialStore store;
        store.setHomeDir(home.path());
        const auto auth = store.lookup(ref(u"quay.io/a/b"_s));
        QVERIFY(auth.ok() && auth->has_value());
        QCOMPARE((*auth)->username, u"old"_s);
        QCOMPARE((*auth)->email, u"o@x"_s);
    }

    void brokenConfigNamesFileNotSecrets()
    {
        QTemporaryDir home;
        writeFile(home.path() + u"/.docker/config.json"_s,
                  "{\"auths\":{\"quay.io\":{\"auth\":\"c2VjcmV0");
        CredentialStore store;
        store.setHomeDir(home.path());
        const auto auth = store.lookup(ref(u"quay.io/a/b"_s));
        QVERIFY(!auth.ok());
        QVERIFY(auth.error().message.contains(u"config.json"_s));
        QVERIFY(!auth.error().message.contains(u"c2VjcmV0"_s));
    }

    void missingHelperProgram()
    {
        const auto out = CredentialStore::runHelper(u"mdt-no-such-helper"_s, u"quay.io"_s);
        QVERIFY(!out.ok());
        QVERIFY(out.error().message.contains(u"docker-credential-mdt-no-such-helper"_s));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
