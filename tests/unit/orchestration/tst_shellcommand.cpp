// SPDX-License-Identifier: GPL-3.0-or-later
// The "shell in this container" command line the desktop copies: right for each way a ship
// is reached (unix socket, TCP, TLS with and without verification, SSH), with relative
// certificate paths resolved and unsafe words quoted.
#include "orchestration/ships/shellcommand.h"

#include <QTest>

using Maestro::Core::Ship;
using Maestro::Core::SshTunnel;

Q_DECLARE_METATYPE(Ship)

class tst_ShellCommand : public QObject
{
    Q_OBJECT

private slots:
    void command_data();
    void command();
    void quoting();
};

void tst_ShellCommand::command_data()
{
    QTest::addColumn<Ship>("ship");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("expected");

    Ship unix;
    unix.name = QStringLiteral("local");
    unix.ip = QStringLiteral("127.0.0.1");
    unix.socketPath = QStringLiteral("/run/docker.sock");
    QTest::newRow("unix socket")
        << unix << QStringLiteral("web-1")
        << QStringLiteral("DOCKER_HOST=unix:///run/docker.sock docker exec -it web-1 sh");

    Ship tcp;
    tcp.name = QStringLiteral("remote");
    tcp.ip = QStringLiteral("10.0.0.5");
    tcp.endpoint = QStringLiteral("10.0.0.5");
    tcp.dockerPort = 23800;
    QTest::newRow("tcp") << tcp << QStringLiteral("web-1")
                         << QStringLiteral(
                                "DOCKER_HOST=tcp://10.0.0.5:23800 docker exec -it web-1 sh");

    Ship tls = tcp;
    tls.dockerPort = 2376;
    tls.tlsVerify = true;
    tls.tlsCaCert = QStringLiteral("certs/ca.pem");
    tls.tlsCert = QStringLiteral("/etc/docker/cert.pem");
    tls.tlsKey = QStringLiteral("/etc/docker/my key.pem");
    QTest::newRow("tls, verified")
        << tls << QStringLiteral("web-1")
        << QStringLiteral("DOCKER_HOST=tcp://10.0.0.5:2376 docker --tlsverify "
                          "--tlscacert=/srv/env/certs/ca.pem --tlscert=/etc/docker/cert.pem "
                          "--tlskey='/etc/docker/my key.pem' exec -it web-1 sh");

    Ship tlsOnly = tcp;
    tlsOnly.dockerPort = 0;
    tlsOnly.tls = true;
    QTest::newRow("tls, not verified")
        << tlsOnly << QStringLiteral("web-1")
        << QStringLiteral("DOCKER_HOST=tcp://10.0.0.5:2376 docker --tls exec -it web-1 sh");

    Ship ssh = tcp;
    ssh.endpoint = QStringLiteral("ship.example.org");
    ssh.sshTunnel = SshTunnel{QStringLiteral("deploy"), {}, 2222, {}};
    QTest::newRow("ssh")
        << ssh << QStringLiteral("web-1")
        << QStringLiteral(
               "DOCKER_HOST=ssh://deploy@ship.example.org:2222 docker exec -it web-1 sh");
}

void tst_ShellCommand::command()
{
    QFETCH(Ship, ship);
    QFETCH(QString, container);
    QFETCH(QString, expected);
    QCOMPARE(
        Maestro::Orchestration::dockerShellCommand(ship, QStringLiteral("/srv/env"), container),
        expected);
}

void tst_ShellCommand::quoting()
{
    using Maestro::Orchestration::shellQuoted;
    QCOMPARE(shellQuoted(QStringLiteral("web-1")), QStringLiteral("web-1"));
    QCOMPARE(shellQuoted(QStringLiteral("a b")), QStringLiteral("'a b'"));
    QCOMPARE(shellQuoted(QStringLiteral("it's")), QStringLiteral(R"('it'\''s')"));
    QCOMPARE(shellQuoted(QStringLiteral("$HOME")), QStringLiteral("'$HOME'"));
}

QTEST_GUILESS_MAIN(tst_ShellCommand)
#include "tst_shellcommand.moc"
