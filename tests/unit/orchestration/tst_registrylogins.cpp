// SPDX-License-Identifier: GPL-3.0-or-later
// Registry login and X-Registry-Auth for pulls (spec 4, 12.4, KW-17) with FakeDocker: which
// credentials go with which image, one login per ship and registry, retries on the
// registry's statuses, and no secret in any event or error.
#include "fakedocker.h"
#include "playharness.h"

#include "core/model/environmentloader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;
using namespace Maestro::Tests;

namespace {

const char *kEnvironment = R"(name: registries
registries:
  quay:
    registry: https://quay.io/v1/
    username: alice
    password: s3cret-quay
    email: alice@example.com
    retry: {attempts: 3, when: [500]}
  internal:
    registry: https://registry.internal:5000/v1/
    password: s3cret-internal
ships:
  s1: {ip: 10.0.0.1}
  s2: {ip: 10.0.0.2}
services:
  q:
    image: quay.io/team/q:1
    instances: {q-1: {ship: s1}, q-2: {ship: s1}, q-3: {ship: s2}}
  hub:
    image: myuser/app:1
    instances: {hub-1: {ship: s1}}
  internal:
    image: registry.internal:5000/team/x:1
    instances: {int-1: {ship: s1}}
)";

} // namespace

class TestRegistryLogins : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    Core::EnvironmentPtr m_environment;

    PlayResult pull(FakeDocker &docker, const QStringList &things)
    {
        PlaySetup setup;
        setup.request.command = Command::Pull;
        setup.request.things = things;
        setup.concurrency = 1;
        return play(m_environment, docker, setup);
    }

    // No event text and no error mentions a password.
    void verifyNoSecrets(const PlayResult &result)
    {
        QStringList texts{result.error()};
        for (const ProgressEvent &e : result.events)
            texts << e.message << e.segment.text;
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(QLatin1String("s3cret")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("hubpass")), qPrintable(text));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The Docker client configuration: a Hub login and a user for the internal registry.
        QDir(m_home.path()).mkpath(QStringLiteral(".docker"));
        QFile config(m_home.filePath(QStringLiteral(".docker/config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        const auto entry = [](const QByteArray &userPassword) {
            return QJsonObject{
                {QStringLiteral("auth"), QString::fromLatin1(userPassword.toBase64())}};
        };
        const QJsonObject auths{
            {QStringLiteral("https://index.docker.io/v1/"), entry("hubuser:hubpass")},
            {QStringLiteral("registry.internal:5000"), entry("bob:unused")}};
        config.write(QJsonDocument(QJsonObject{{QStringLiteral("auths"), auths}}).toJson());
        config.close();
        qputenv("DOCKER_CONFIG", m_home.filePath(QStringLiteral(".docker")).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
        m_environment = Core::loadEnvironmentText(QString::fromUtf8(kEnvironment),
                                                  QStringLiteral("registries.yaml"),
                                                  QStringLiteral("/tmp"), {})
                            .environment;
        QVERIFY(m_environment);
    }

    void oneLoginPerShipAndRegistry()
    {
        FakeDocker docker;
        const PlayResult result = pull(docker, {QStringLiteral("q")});
        QCOMPARE(result.error(), QString());
        const QList<Docker::RegistryAuth> logins = docker.logins();
        QCOMPARE(logins.size(), 2); // s1 once for q-1 and q-2, s2 once
        for (const Docker::RegistryAuth &login : logins) {
            QCOMPARE(login.username, QStringLiteral("alice"));
            QCOMPARE(login.password, QStringLiteral("s3cret-quay"));
            QCOMPARE(login.email, QStringLiteral("alice@example.com"));
            QCOMPARE(login.serverAddress, QStringLiteral("https://quay.io/v1/"));
        }
        const QList<std::optional<Docker::RegistryAuth>> auths = docker.pullAuths();
        QCOMPARE(auths.size(), 3);
        for (const auto &auth : auths) {
            QVERIFY(auth);
            QCOMPARE(auth->username, QStringLiteral("alice"));
            QCOMPARE(auth->password, QStringLiteral("s3cret-quay"));
        }
        QCOMPARE(docker.trace(QStringLiteral("s1")),
                 (QStringList{"ping", "login https://quay.io/v1/ alice", "pull quay.io/team/q:1",
                              "pull quay.io/team/q:1"}));
        const bool pendingShown
            = std::any_of(result.events.cbegin(), result.events.cend(), [](const ProgressEvent &e) {
                  return e.message == QLatin1String("logging in to https://quay.io/v1/...");
              });
        QVERIFY(pendingShown);
        verifyNoSecrets(result);
    }

    void dockerConfigCredentialsGoWithThePull()
    {
        FakeDocker docker;
        const PlayResult result = pull(docker, {QStringLiteral("hub-1")});
        QCOMPARE(result.error(), QString());
        QVERIFY(docker.logins().isEmpty()); // not a registry of the environment file
        QCOMPARE(docker.pullAuths().size(), 1);
        QVERIFY(docker.pullAuths().first());
        QCOMPARE(docker.pullAuths().first()->username, QStringLiteral("hubuser"));
        verifyNoSecrets(result);
    }

    void userFromDockerConfigAndHostFallback()
    {
        // `internal` is matched by its URL's host:port; its user name comes from config.json.
        FakeDocker docker;
        const PlayResult result = pull(docker, {QStringLiteral("int-1")});
        QCOMPARE(result.error(), QString());
        QCOMPARE(docker.logins().size(), 1);
        QCOMPARE(docker.logins().first().username, QStringLiteral("bob"));
        QCOMPARE(docker.logins().first().password, QStringLiteral("s3cret-internal"));
        QCOMPARE(docker.pullAuths().first()->username, QStringLiteral("bob"));
    }

    void loginRetriedOnTheRegistrysStatuses()
    {
        FakeDocker docker;
        docker.failCall(QStringLiteral("login"), {},
                        QStringLiteral("ship 's1' (fake): POST /auth: HTTP 500: try later"), 1);
        const PlayResult result = pull(docker, {QStringLiteral("q-1")});
        QCOMPARE(result.error(), QString());
        QCOMPARE(docker.trace().filter(QStringLiteral("login")).size(), 2);
        const bool retryShown
            = std::any_of(result.events.cbegin(), result.events.cend(), [](const ProgressEvent &e) {
                  return e.message.endsWith(QLatin1String(" got 500; retrying in 1s"));
              });
        QVERIFY(retryShown);
    }

    void loginFailureNamesRegistryAndUser()
    {
        FakeDocker docker;
        docker.failCall(QStringLiteral("login"), {},
                        QStringLiteral("ship 's1' (fake): POST /auth: HTTP 401: unauthorized"));
        const PlayResult result = pull(docker, {QStringLiteral("q-1")});
        QCOMPARE(result.error(),
                 QStringLiteral("q-1: Login to https://quay.io/v1/ as alice failed: ship 's1' "
                                "(fake): POST /auth: HTTP 401: unauthorized"));
        QCOMPARE(docker.trace().filter(QStringLiteral("login")).size(), 1); // 401 is not retried
        QVERIFY(docker.pullAuths().isEmpty());
        verifyNoSecrets(result);
    }

    void pullRetriedThenFailsAfterTheLastAttempt()
    {
        FakeDocker docker;
        docker.failCall(QStringLiteral("pull"), {},
                        QStringLiteral("ship 's1' (fake): POST /images/create: HTTP 500: flaky"),
                        1);
        QCOMPARE(pull(docker, {QStringLiteral("q-1")}).error(), QString());
        QCOMPARE(docker.trace().filter(QStringLiteral("pull")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRegistryLogins)
#include "tst_registrylogins.moc"
