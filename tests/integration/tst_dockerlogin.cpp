// SPDX-License-Identifier: GPL-3.0-or-later
// EngineClient::login (POST /auth) against a real daemon, which logs in to a tiny fake
// registry on 127.0.0.1: right and wrong password; the password never shows up in an error
// or a log line (the docker category's debug output is switched on and captured).
#include "fakeregistry.h"
#include "shipsenv.h"

#include "docker/engineclient.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;

namespace {
constexpr auto Password = "mdt-Pa55word-xyzzy";

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(message);
    }
    previousHandler(type, context, message);
}
} // namespace

class TestDockerLogin : public QObject
{
    Q_OBJECT
private:
    ShipsEnv m_env;

    RegistryAuth auth(const FakeRegistry &registry, const QString &password) const
    {
        RegistryAuth a;
        a.username = u"mdt-user"_s;
        a.password = password;
        a.serverAddress = registry.address();
        return a;
    }

    void verifyNoPasswordLogged(const QString &password)
    {
        QMutexLocker lock(&logMutex);
        QVERIFY(!capturedLog.isEmpty()); // the capture works: debug output was on
        for (const QString &line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(password), qPrintable(line));
        capturedLog.clear();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_env.load(&error), qPrintable(error));
        QLoggingCategory::setFilterRules(u"maestro.docker.debug=true"_s);
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules({});
    }

    void rightPassword()
    {
        FakeRegistry registry("mdt-user", Password);
        QVERIFY(registry.listen());
        EngineClient client(m_env.settingsFor(u"unix"_s));
        const auto r = awaitResult(client.login(auth(registry, QString::fromLatin1(Password))));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->status, u"Login Succeeded"_s);
        QVERIFY(r->identityToken.isEmpty()); // Basic auth hands out no token
        QVERIFY(registry.authorizedRequests() >= 1);
        QCOMPARE(registry.rejectedRequests(), 0);
        verifyNoPasswordLogged(QString::fromLatin1(Password));
    }

    void wrongPassword()
    {
        FakeRegistry registry("mdt-user", Password);
        QVERIFY(registry.listen());
        const QString wrong = u"wrong-%1"_s.arg(QString::fromLatin1(Password));
        EngineClient client(m_env.settingsFor(u"unix"_s));
        const auto r = awaitResult(client.login(auth(registry, wrong)));
        QVERIFY(!r.ok());
        const QString m = r.error().message;
        QVERIFY2(m.contains(u"ship-unix"_s) && m.contains(u"POST /auth"_s), qPrintable(m));
        QVERIFY2(m.contains(u"401"_s) || m.contains(u"unauthorized"_s, Qt::CaseInsensitive),
                 qPrintable(m));
        QVERIFY2(!m.contains(wrong), qPrintable(m));
        QVERIFY(registry.rejectedRequests() >= 1);
        QCOMPARE(registry.authorizedRequests(), 0);
        verifyNoPasswordLogged(wrong);
    }
};

QTEST_GUILESS_MAIN(TestDockerLogin)
#include "tst_dockerlogin.moc"
