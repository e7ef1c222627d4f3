// SPDX-License-Identifier: GPL-3.0-or-later
// `--json` progress objects: what a check's attempt carries (the attempt, the most it can
// reach, the previous attempt's error), and what is left out when there is nothing to say.
#include "eventjson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;

class tst_EventJson : public QObject
{
    Q_OBJECT
private slots:
    void checkAttempt_data();
    void checkAttempt();
    void noCheckNoCheckObject();
    void detailOnlyWhenThereIsOne();
};

void tst_EventJson::checkAttempt_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("first attempt")
        << 1 << 41 << QString()
        << QByteArray(R"({"attempt":1,"attempts":41,"elapsedMs":0,"limitMs":20000,)"
                      R"("name":"http:admin"})");
    QTest::newRow("a retry")
        << 3 << 39 << QStringLiteral("connection refused")
        << QByteArray(R"({"attempt":3,"attempts":39,"elapsedMs":0,"lastError":"connection )"
                      R"(refused","limitMs":20000,"name":"http:admin"})");
    QTest::newRow("total unknown")
        << 2 << 0 << QStringLiteral("exit status 1")
        << QByteArray(R"({"attempt":2,"elapsedMs":0,"lastError":"exit )"
                      R"(status 1","limitMs":20000,"name":"http:admin"})");
}

void tst_EventJson::checkAttempt()
{
    QFETCH(int, attempt);
    QFETCH(int, attempts);
    QFETCH(QString, lastError);
    QFETCH(QByteArray, json);
    ProgressEvent event;
    event.instance = QStringLiteral("web-1");
    event.phase = ProgressPhase::Checking;
    event.check = {QStringLiteral("http:admin"), attempt, attempts, 0, 20000, lastError};
    const QJsonObject o = Cli::eventToJson(event, nullptr);
    QCOMPARE(o.value(QStringLiteral("phase")).toString(), QStringLiteral("checking"));
    QCOMPARE(
        QJsonDocument(o.value(QStringLiteral("check")).toObject()).toJson(QJsonDocument::Compact),
        json);
}

void tst_EventJson::noCheckNoCheckObject()
{
    ProgressEvent event;
    event.instance = QStringLiteral("web-1");
    event.phase = ProgressPhase::Checking;
    event.message = QStringLiteral("waiting for service...");
    QVERIFY(!Cli::eventToJson(event, nullptr).contains(QStringLiteral("check")));
}

void tst_EventJson::detailOnlyWhenThereIsOne()
{
    ProgressEvent event;
    event.instance = QStringLiteral("web-1");
    event.phase = ProgressPhase::Stopping;
    event.message = QStringLiteral("stopping service...");
    QVERIFY(!Cli::eventToJson(event, nullptr).contains(QStringLiteral("detail")));
    event.detail = QStringLiteral("SIGTERM sent, killed after 10 s");
    QCOMPARE(Cli::eventToJson(event, nullptr).value(QStringLiteral("detail")).toString(),
             event.detail);
}

QTEST_GUILESS_MAIN(tst_EventJson)
#include "tst_eventjson.moc"
