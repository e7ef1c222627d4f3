// SPDX-License-Identifier: GPL-3.0-or-later
// `maestro-guest wait`: a listener that opens late is found, one that never opens ends in the
// timeout's message; --all, the port chosen without --port, and what cannot be waited for.
// Nothing here asserts on elapsed time: timeouts only bound the waits.
#include "guestprocess.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// A local port nothing listens on: one the system just handed out and took back.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    return server.serverPort();
}

QStringList dbEnvironment(quint16 port1, quint16 port2)
{
    return {QStringLiteral("DB_INSTANCES=db-1,db-2"),
            QStringLiteral("DB_DB_1_HOST=127.0.0.1"),
            QStringLiteral("DB_DB_2_HOST=localhost"),
            QStringLiteral("DB_DB_1_SQL_PORT=%1").arg(port1),
            QStringLiteral("DB_DB_2_SQL_PORT=%1").arg(port2),
            QStringLiteral("DB_DB_1_SQL_INTERNAL_PORT=5432")};
}

QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestGuestWait : public QObject
{
    Q_OBJECT

private slots:
    void listenerOpensLate();
    void listenerNeverOpens();
    void peerHangsUpAtOnce();
    void allNodes();
    void allNodesOneMissing();
    void portChosenWhenAlone();
    void portAmbiguous();
    void nothingToWaitFor_data();
    void nothingToWaitFor();
};

void TestGuestWait::listenerOpensLate()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    QProcess guest;
    startGuest(guest, words(QStringLiteral("wait db --port sql --timeout 60")),
               dbEnvironment(port, closedPort()));
    QVERIFY(guest.waitForStarted());
    // It is still waiting: nothing listens yet.
    QVERIFY(!guest.waitForFinished(1500));
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, port));
    QVERIFY(guest.waitForFinished(60000));
    QCOMPARE(guest.readAllStandardError(), QByteArray());
    QCOMPARE(guest.readAllStandardOutput(), QStringLiteral("127.0.0.1:%1\n").arg(port).toUtf8());
    QCOMPARE(guest.exitCode(), 0);
}

void TestGuestWait::listenerNeverOpens()
{
    const quint16 port1 = closedPort();
    const quint16 port2 = closedPort();
    const GuestResult result = runGuest(words(QStringLiteral("wait db --port sql --timeout 1")),
                                        dbEnvironment(port1, port2));
    QCOMPARE(result.err, QStringLiteral("Timed out after 1 s waiting for a node of service db to "
                                        "accept connections: 127.0.0.1:%1 (Connection refused), "
                                        "localhost:%2 (Connection refused)\n")
                             .arg(port1)
                             .arg(port2)
                             .toUtf8());
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.exitCode, 1);
}

// What Docker's userland proxy does on a published port while the service behind it does
// not listen yet: accept, then hang up.
void TestGuestWait::peerHangsUpAtOnce()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->close();
            socket->deleteLater();
        }
    });
    QProcess guest;
    startGuest(guest, words(QStringLiteral("wait db --port sql --timeout 1")),
               dbEnvironment(server.serverPort(), server.serverPort()));
    QTRY_VERIFY_WITH_TIMEOUT(guest.state() == QProcess::NotRunning, 60000);
    const QByteArray err = guest.readAllStandardError();
    QVERIFY2(err.contains(QStringLiteral("127.0.0.1:%1 (closed the connection at once)")
                              .arg(server.serverPort())
                              .toUtf8()),
             err.constData());
    QCOMPARE(guest.exitCode(), 1);
}

void TestGuestWait::allNodes()
{
    QTcpServer server1;
    QTcpServer server2;
    QVERIFY(server1.listen(QHostAddress::LocalHost));
    QVERIFY(server2.listen(QHostAddress::LocalHost));
    const GuestResult result = runGuest(words(QStringLiteral("wait db --port sql --all")),
                                        dbEnvironment(server1.serverPort(), server2.serverPort()));
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.out, QStringLiteral("127.0.0.1:%1\nlocalhost:%2\n")
                             .arg(server1.serverPort())
                             .arg(server2.serverPort())
                             .toUtf8());
    QCOMPARE(result.exitCode, 0);
}

void TestGuestWait::allNodesOneMissing()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 closed = closedPort();
    const QStringList environment = dbEnvironment(server.serverPort(), closed);

    // One node is enough without --all...
    GuestResult result
        = runGuest(words(QStringLiteral("wait db --port sql --timeout 1")), environment);
    QCOMPARE(result.out, QStringLiteral("127.0.0.1:%1\n").arg(server.serverPort()).toUtf8());
    QCOMPARE(result.exitCode, 0);

    // ...not with it, and the message names only the node that did not answer.
    result = runGuest(words(QStringLiteral("wait db --port sql --timeout 0.5 --all")), environment);
    QCOMPARE(result.err, QStringLiteral("Timed out after 0.5 s waiting for every node of service "
                                        "db to accept connections: localhost:%1 (Connection "
                                        "refused)\n")
                             .arg(closed)
                             .toUtf8());
    QCOMPARE(result.exitCode, 1);
}

void TestGuestWait::portChosenWhenAlone()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const GuestResult result
        = runGuest(words(QStringLiteral("wait db")), dbEnvironment(server.serverPort(), 1));
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.out, QStringLiteral("127.0.0.1:%1\n").arg(server.serverPort()).toUtf8());
    QCOMPARE(result.exitCode, 0);
}

void TestGuestWait::portAmbiguous()
{
    const GuestResult result
        = runGuest(words(QStringLiteral("wait db")), dbEnvironment(1, 2)
                                                         << QStringLiteral("DB_DB_2_ADMIN_PORT=3"));
    QCOMPARE(result.err, QByteArray("The db nodes do not have exactly one port (ADMIN, SQL): "
                                    "name one with --port\n"));
    QCOMPARE(result.exitCode, 1);
}

void TestGuestWait::nothingToWaitFor_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QByteArray>("err");

    QTest::newRow("no instances") << QStringList{QStringLiteral("DB_INSTANCES=")}
                                  << QByteArray("No or not enough db nodes configured\n");
    QTest::newRow("no port") << QStringList{QStringLiteral("DB_INSTANCES=db-1"),
                                            QStringLiteral("DB_DB_1_HOST=127.0.0.1")}
                             << QByteArray(
                                    "No port sql defined for container db-1 of service db\n");
    QTest::newRow("port out of range")
        << QStringList{QStringLiteral("DB_INSTANCES=db-1"),
                       QStringLiteral("DB_DB_1_HOST=127.0.0.1"),
                       QStringLiteral("DB_DB_1_SQL_PORT=70000")}
        << QByteArray("Port sql of container db-1 of service db is not a TCP port number: 70000\n");
    QTest::newRow("unknown host")
        << QStringList{QStringLiteral("DB_INSTANCES=db-1"),
                       QStringLiteral("DB_DB_1_HOST=db.example.invalid"),
                       QStringLiteral("DB_DB_1_SQL_PORT=5432")}
        << QByteArray("Cannot resolve db.example.invalid: not a numeric address, not in "
                      "/etc/hosts\n");
}

void TestGuestWait::nothingToWaitFor()
{
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, err);
    const GuestResult result = runGuest(words(QStringLiteral("wait db --port sql")), environment);
    QCOMPARE(result.err, err);
    QCOMPARE(result.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestGuestWait)
#include "tst_guestwait.moc"
