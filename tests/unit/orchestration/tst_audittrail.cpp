// SPDX-License-Identifier: GPL-3.0-or-later
// Auditors (spec 15): the texts, the log auditor's file and levels, the webhook against a
// local QTcpServer, the exec auditor running a script, and what an auditor's failure
// means for a play and its tasks (FakeDocker).
#include "fakedocker.h"
#include "playharness.h"

#include "orchestration/audit/audittrail.h"
#include "orchestration/audit/webhookauditor.h"

#include "core/model/environmentloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;
using namespace Maestro::Tests;

namespace {

// A one-request-at-a-time HTTP server on the test thread that answers `status` and keeps
// each request's raw text.
class HttpRecorder
{
public:
    explicit HttpRecorder(int status = 200)
        : m_status(status)
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                static const QRegularExpression length(QStringLiteral("content-length: (\\d+)"),
                                                       QRegularExpression::CaseInsensitiveOption);
                const auto m = length.match(QString::fromLatin1(buffer->left(end)));
                const qsizetype size = m.hasMatch() ? m.captured(1).toLongLong() : 0;
                if (buffer->size() < end + 4 + size)
                    return;
                requests.append(*buffer);
                socket->write("HTTP/1.1 " + QByteArray::number(m_status)
                              + " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    int m_status;
};

Core::EnvironmentPtr environmentWith(const QString &audit)
{
    const QString yaml = QStringLiteral("name: audited\n") + audit + QStringLiteral(R"(
ships:
  s1: {ip: 10.0.0.1}
services:
  db:
    image: postgres:15
    instances: {db-1: {ship: s1}}
)");
    return Core::loadEnvironmentText(yaml, QStringLiteral("audit.yaml"), QStringLiteral("/tmp"), {})
        .environment;
}

AuditEvent playEvent(AuditEvent::Kind kind, const QString &message = {})
{
    AuditEvent e{
        kind,    false, QStringLiteral("start"), {QStringLiteral("db-1"), QStringLiteral("web-1")},
        message, {}};
    e.containers.insert(QStringLiteral("db-1"), {QStringLiteral("10.0.0.1"), QStringLiteral("db")});
    return e;
}

QStringList lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("LOGNAME", "tester");
    }

    void texts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("text");
        QTest::newRow("start") << int(AuditEvent::Kind::Action) << "start"
                               << ""
                               << "tester is starting db-1, web-1.";
        QTest::newRow("stop doubles its p") << int(AuditEvent::Kind::Action) << "stop"
                                            << ""
                                            << "tester is stopping db-1, web-1.";
        QTest::newRow("success") << int(AuditEvent::Kind::Success) << "restart"
                                 << ""
                                 << "Restart of db-1, web-1 succeeded.";
        QTest::newRow("error") << int(AuditEvent::Kind::Error) << "kill"
                               << "boom"
                               << "Failed to kill db-1, web-1! (message: boom)";
        QTest::newRow("error without message") << int(AuditEvent::Kind::Error) << "clean"
                                               << ""
                                               << "Failed to clean db-1, web-1!";
    }
    void texts()
    {
        QFETCH(int, kind);
        QFETCH(QString, action);
        QFETCH(QString, message);
        QFETCH(QString, text);
        AuditEvent e = playEvent(AuditEvent::Kind(kind), message);
        e.action = action;
        QCOMPARE(auditText(e), text);
    }

    // An info log sees the play, a debug log the tasks too; errors reach both.
    void logLevels()
    {
        const QString info = m_dir.filePath(QStringLiteral("info.log"));
        const QString debug = m_dir.filePath(QStringLiteral("debug.log"));
        const auto env = environmentWith(QStringLiteral("audit:\n  - {type: log, file: %1}\n"
                                                        "  - {type: log, file: %2, level: debug}\n")
                                             .arg(info, debug));
        QVERIFY(env);
        const auto trail = AuditTrail::fromEnvironment(*env);
        QVERIFY(trail->record(playEvent(AuditEvent::Kind::Action)));
        FakeDocker docker;
        docker.addImage({}, QStringLiteral("postgres:15"));
        PlaySetup setup;
        setup.request.command = Command::Start;
        setup.request.things = {QStringLiteral("db-1")};
        setup.audit = trail;
        QCOMPARE(play(env, docker, setup).error(), QString());
        docker.failCall(QStringLiteral("stop"), {}, QStringLiteral("stuck"));
        setup.request.command = Command::Kill;
        setup.options.strict = true;
        docker.failCall(QStringLiteral("kill"), {}, QStringLiteral("stuck"));
        QCOMPARE(play(env, docker, setup).error(), QStringLiteral("db-1: stuck"));
        QVERIFY(trail->record(playEvent(AuditEvent::Kind::Error, QStringLiteral("db-1: stuck"))));

        static const QRegularExpression stamp(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} "));
        const QStringList infoLines = lines(info);
        const QStringList debugLines = lines(debug);
        for (const QString &line : infoLines + debugLines)
            QVERIFY2(stamp.match(line).hasMatch(), qPrintable(line));
        const auto texts = [](QStringList list) {
            for (QString &l : list)
                l = l.mid(24);
            return list;
        };
        QCOMPARE(texts(infoLines),
                 (QStringList{"INFO: tester is starting db-1, web-1.",
                              "ERROR: Failed to kill db-1! (message: db-1: stuck)",
                              "ERROR: Failed to start db-1, web-1! (message: db-1: stuck)"}));
        QCOMPARE(
            texts(debugLines),
            (QStringList{"INFO: tester is starting db-1, web-1.", "DEBUG: tester is starting db-1.",
                         "DEBUG: Start of db-1 succeeded.", "DEBUG: tester is killing db-1.",
                         "ERROR: Failed to kill db-1! (message: db-1: stuck)",
                         "ERROR: Failed to start db-1, web-1! (message: db-1: stuck)"}));
    }

    void webhookSendsTheActionOnly()
    {
        HttpRecorder server;
        const auto env = environmentWith(
            QStringLiteral("audit:\n  - type: http\n    endpoint: http://127.0.0.1:%1/hook?x=1\n"
                           "    method: post\n    headers: {X-Token: t0ken}\n"
                           "    payload: {text: \"{message}\", who: \"{who}\", act: \"{action}\","
                           " targets: [\"{what}\", \"\"], empty: \"\", n: 3}\n")
                .arg(server.port()));
        QVERIFY(env);
        const auto trail = AuditTrail::fromEnvironment(*env);
        QVERIFY(trail->record(playEvent(AuditEvent::Kind::Action)));
        QVERIFY(trail->record(playEvent(AuditEvent::Kind::Success)));
        QVERIFY(trail->record(playEvent(AuditEvent::Kind::Error, QStringLiteral("x"))));
        QCOMPARE(server.requests.size(), 1);
        const QByteArray request = server.requests.first();
        QVERIFY2(request.startsWith("POST /hook?x=1 HTTP/1.1\r\n"), request.constData());
        QVERIFY(request.toLower().contains("content-type: application/json; charset=utf-8\r\n"));
        QVERIFY(request.contains("X-Token: t0ken\r\n"));
        const QJsonObject body
            = QJsonDocument::fromJson(request.mid(request.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(body,
                 (QJsonObject{
                     {QStringLiteral("text"), QStringLiteral("tester is starting db-1, web-1.")},
                     {QStringLiteral("who"), QStringLiteral("tester")},
                     {QStringLiteral("act"), QStringLiteral("start")},
                     {QStringLiteral("targets"), QJsonArray{QStringLiteral("db-1, web-1")}},
                     {QStringLiteral("n"), 3}}));
    }

    // A failing action auditor stops the play (and a task) unless ignore_errors.
    void failingActionAuditor()
    {
        HttpRecorder refusing(500);
        const QString hook
            = QStringLiteral("audit:\n  - {type: http, endpoint: \"http://127.0.0.1:%1/\", "
                             "level: debug%2}\n");
        const auto strict = environmentWith(hook.arg(refusing.port()).arg(QString()));
        QVERIFY(strict);
        const auto trail = AuditTrail::fromEnvironment(*strict);
        const Core::VoidResult play1 = trail->record(playEvent(AuditEvent::Kind::Action));
        QVERIFY(!play1);
        QVERIFY2(play1.error().message.startsWith(
                     QLatin1String("http auditor: webhook http://127.0.0.1:")),
                 qPrintable(play1.error().message));
        QVERIFY(!play1.error().message.contains(QLatin1String("x=")));

        FakeDocker docker;
        docker.addImage({}, QStringLiteral("postgres:15"));
        PlaySetup setup;
        setup.request.command = Command::Start;
        setup.request.things = {QStringLiteral("db-1")};
        setup.audit = trail;
        const PlayResult result = play(strict, docker, setup);
        QVERIFY2(result.error().startsWith(QLatin1String("db-1: http auditor: webhook")),
                 qPrintable(result.error()));
        QVERIFY(docker.calls().isEmpty()); // the task never started

        const auto lenient = environmentWith(
            hook.arg(refusing.port()).arg(QStringLiteral(", ignore_errors: true")));
        QVERIFY(lenient);
        QVERIFY(AuditTrail::fromEnvironment(*lenient)->record(playEvent(AuditEvent::Kind::Action)));
    }

    void execRunsOnSuccessOnly()
    {
        const QString script = m_dir.filePath(QStringLiteral("audit.sh"));
        const QString out = m_dir.filePath(QStringLiteral("args.txt"));
        const QString in = m_dir.filePath(QStringLiteral("stdin.json"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("#!/bin/sh\necho \"$@\" >> %1\ncat > %2\nexit ${FAIL:-0}\n")
                       .arg(out, in)
                       .toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const auto env = environmentWith(
            QStringLiteral(
                "audit:\n  - {type: exec, script: %1, args: \"{action} by {who}: {what}\"}\n")
                .arg(script));
        QVERIFY(env);
        const auto trail = AuditTrail::fromEnvironment(*env);
        QVERIFY(trail->record(playEvent(AuditEvent::Kind::Action)));
        QVERIFY(trail->record(playEvent(AuditEvent::Kind::Error, QStringLiteral("x"))));
        QVERIFY(!QFile::exists(out));
        QVERIFY(trail->record(playEvent(AuditEvent::Kind::Success)));
        QCOMPARE(lines(out), QStringList{"start by tester: db-1 web-1"});
        QFile stdinFile(in);
        QVERIFY(stdinFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(stdinFile.readAll()).object(),
                 (QJsonObject{{QStringLiteral("db-1"),
                               QJsonObject{{QStringLiteral("ship"), QStringLiteral("10.0.0.1")},
                                           {QStringLiteral("service"), QStringLiteral("db")}}}}));
        // A failing script on success is only logged.
        qputenv("FAIL", "3");
        QVERIFY(trail->record(playEvent(AuditEvent::Kind::Success)));
        qunsetenv("FAIL");
        QCOMPARE(lines(out).size(), 2);
    }

    void unsupportedTypesAreNamed()
    {
        const auto env = environmentWith(
            QStringLiteral("audit:\n  - {type: slack, channel: c, token: secret-token}\n"));
        QVERIFY(env);
        QStringList warnings;
        const auto trail = AuditTrail::fromEnvironment(*env, &warnings);
        QVERIFY(trail->isEmpty());
        QCOMPARE(warnings, QStringList{"auditor type slack is not supported; it is ignored"});
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
