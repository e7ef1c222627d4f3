// SPDX-License-Identifier: GPL-3.0-or-later
// maestro-guest's lookup commands against spec 16's table of guestutils functions: values,
// guestutils' error messages, the two fixes (KW-36, empty _INSTANCES), name normalisation
// (spec 9.1) and usage errors.
#include "guestprocess.h"

#include <QTest>

namespace {

// The spec 16 example: kafka-2 in a zookeeper+kafka environment on 192.168.10.2.
const QStringList kafka2 = {
    QStringLiteral("MAESTRO_ENVIRONMENT_NAME=prod"),
    QStringLiteral("SERVICE_NAME=kafka"),
    QStringLiteral("CONTAINER_NAME=kafka-2"),
    QStringLiteral("CONTAINER_HOST_ADDRESS=192.168.10.2"),
    QStringLiteral("KAFKA_KAFKA_2_HOST=192.168.10.2"),
    QStringLiteral("KAFKA_KAFKA_2_BROKER_PORT=19092"),
    QStringLiteral("KAFKA_KAFKA_2_BROKER_INTERNAL_PORT=9092"),
    QStringLiteral("KAFKA_KAFKA_2_JMX_PORT=17199"),
    QStringLiteral("KAFKA_KAFKA_2_JMX_INTERNAL_PORT=7199"),
    QStringLiteral("KAFKA_KAFKA_2_RANGE_INTERNAL_PORT=8000-8010"),
    QStringLiteral("KAFKA_INSTANCES=kafka-2"),
    QStringLiteral("ZOOKEEPER_INSTANCES=zk-1,zk-2,zk-3"),
    QStringLiteral("ZOOKEEPER_ZK_1_HOST=192.168.10.2"),
    QStringLiteral("ZOOKEEPER_ZK_2_HOST=192.168.10.2"),
    QStringLiteral("ZOOKEEPER_ZK_3_HOST=192.168.10.3"),
    QStringLiteral("ZOOKEEPER_ZK_1_CLIENT_PORT=2181"),
    QStringLiteral("ZOOKEEPER_ZK_2_CLIENT_PORT=2182"),
    QStringLiteral("ZOOKEEPER_ZK_3_CLIENT_PORT=2183"),
    QStringLiteral("ZOOKEEPER_ZK_1_PEER_PORT=2888"),
    QStringLiteral("ZOOKEEPER_ZK_3_PEER_PORT=2890"),
};

QStringList with(QStringList environment, const QStringList &more)
{
    return environment << more;
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestGuestCommands : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void errors_data();
    void errors();
    void usageErrors_data();
    void usageErrors();
    void help();
};

void TestGuestCommands::values_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QByteArray>("out");

    QTest::newRow("env-name") << words("env-name") << kafka2 << QByteArray("prod\n");
    QTest::newRow("env-name default")
        << words("env-name") << QStringList() << QByteArray("local\n");
    QTest::newRow("service") << words("service") << kafka2 << QByteArray("kafka\n");
    QTest::newRow("container") << words("container") << kafka2 << QByteArray("kafka-2\n");
    QTest::newRow("host-address") << words("host-address") << kafka2
                                  << QByteArray("192.168.10.2\n");
    QTest::newRow("host-address name kept")
        << words("host-address") << QStringList{QStringLiteral("CONTAINER_HOST_ADDRESS=localhost")}
        << QByteArray("localhost\n");
    QTest::newRow("host-address --ip numeric")
        << words("host-address --ip") << kafka2 << QByteArray("192.168.10.2\n");
    // gethostbyname() reads the short numeric forms inet_aton() takes.
    QTest::newRow("host-address --ip short form")
        << words("host-address --ip") << QStringList{QStringLiteral("CONTAINER_HOST_ADDRESS=10.1")}
        << QByteArray("10.0.0.1\n");
    QTest::newRow("host-address --ip from /etc/hosts")
        << words("host-address --ip")
        << QStringList{QStringLiteral("CONTAINER_HOST_ADDRESS=localhost")}
        << QByteArray("127.0.0.1\n");
    QTest::newRow("internal-address lo")
        << words("internal-address --interface lo") << QStringList() << QByteArray("127.0.0.1\n");

    QTest::newRow("port") << words("port broker") << kafka2 << QByteArray("9092\n");
    QTest::newRow("port normalised name") << words("port JMX") << kafka2 << QByteArray("7199\n");
    QTest::newRow("port default unused")
        << words("port broker --default 1") << kafka2 << QByteArray("9092\n");
    QTest::newRow("port default") << words("port http --default 8080") << kafka2
                                  << QByteArray("8080\n");
    // The default goes through Python's int(): whitespace, sign, leading zeros, underscores.
    QTest::newRow("port default int()")
        << QStringList{QStringLiteral("port"), QStringLiteral("http"), QStringLiteral("--default"),
                       QStringLiteral(" +00_80\t")}
        << kafka2 << QByteArray("80\n");
    QTest::newRow("port value int()")
        << words("port broker")
        << QStringList{QStringLiteral("SERVICE_NAME=kafka"),
                       QStringLiteral("CONTAINER_NAME=kafka-2"),
                       QStringLiteral("KAFKA_KAFKA_2_BROKER_INTERNAL_PORT=-0")}
        << QByteArray("0\n");

    QTest::newRow("host") << words("host zookeeper zk-3") << kafka2 << QByteArray("192.168.10.3\n");
    QTest::newRow("specific-port")
        << words("specific-port zookeeper zk-2 client") << kafka2 << QByteArray("2182\n");
    QTest::newRow("specific-port default")
        << words("specific-port zookeeper zk-2 peer --default=2889") << kafka2
        << QByteArray("2889\n");
    QTest::newRow("specific-port is external")
        << words("specific-port kafka kafka-2 broker") << kafka2 << QByteArray("19092\n");
    QTest::newRow("exposed-port") << words("exposed-port kafka kafka-2 jmx") << kafka2
                                  << QByteArray("7199\n");
    QTest::newRow("exposed-port default")
        << words("exposed-port zookeeper zk-1 client --default 2181") << kafka2
        << QByteArray("2181\n");

    QTest::newRow("nodes, spec 16's example")
        << words("nodes zookeeper --port client") << kafka2
        << QByteArray("192.168.10.2:2181\n192.168.10.2:2182\n192.168.10.3:2183\n");
    QTest::newRow("nodes without ports")
        << words("nodes zookeeper") << kafka2
        << QByteArray("192.168.10.2\n192.168.10.2\n192.168.10.3\n");
    QTest::newRow("nodes with two ports") << words("nodes kafka --port broker --port jmx") << kafka2
                                          << QByteArray("192.168.10.2:19092:17199\n");
    QTest::newRow("nodes separator")
        << words("nodes zookeeper --port client --separator ,") << kafka2
        << QByteArray("192.168.10.2:2181,192.168.10.2:2182,192.168.10.3:2183\n");
    QTest::newRow("nodes minimum met") << words("nodes zookeeper --minimum 3") << kafka2
                                       << QByteArray("192.168.10.2\n192.168.10.2\n192.168.10.3\n");
    QTest::newRow("nodes none, minimum 0")
        << words("nodes redis --minimum 0") << kafka2 << QByteArray();
    // The fix: an empty list is no instance, not one instance named "".
    QTest::newRow("nodes empty list, minimum 0")
        << words("nodes redis --minimum 0") << QStringList{QStringLiteral("REDIS_INSTANCES=")}
        << QByteArray();

    // Spec 9.1: every character other than [A-Za-z0-9_] becomes '_', then upper case.
    const QStringList dotted
        = {QStringLiteral("ZK_NODE_INSTANCES=zk.node-1,zk-node.2"),
           QStringLiteral("ZK_NODE_ZK_NODE_1_HOST=10.0.0.1"),
           QStringLiteral("ZK_NODE_ZK_NODE_2_HOST=10.0.0.2"),
           QStringLiteral("ZK_NODE_ZK_NODE_1_LEADER_ELECTION_PORT=3888"),
           QStringLiteral("ZK_NODE_ZK_NODE_2_LEADER_ELECTION_PORT=3889"),
           QStringLiteral("ZK_NODE_ZK_NODE_2_LEADER_ELECTION_INTERNAL_PORT=38")};
    QTest::newRow("normalised zk.node") << words("nodes zk.node --port leader.election") << dotted
                                        << QByteArray("10.0.0.1:3888\n10.0.0.2:3889\n");
    QTest::newRow("normalised zk-node") << words("nodes zk-node --port leader-election") << dotted
                                        << QByteArray("10.0.0.1:3888\n10.0.0.2:3889\n");
    QTest::newRow("normalised host")
        << words("host Zk-Node zk.node-1") << dotted << QByteArray("10.0.0.1\n");
    QTest::newRow("normalised exposed-port")
        << words("exposed-port zk.node ZK-NODE-2 leader.election") << dotted << QByteArray("38\n");
    QTest::newRow("normalised own port")
        << words("port leader-election")
        << with(dotted, {QStringLiteral("SERVICE_NAME=zk.node"),
                         QStringLiteral("CONTAINER_NAME=zk-node.2")})
        << QByteArray("38\n");
}

void TestGuestCommands::values()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, out);
    const GuestResult result = runGuest(arguments, environment);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.out, out);
    QCOMPARE(result.exitCode, 0);
}

void TestGuestCommands::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QByteArray>("err");

    const QStringList noNames
        = {QStringLiteral("SERVICE_NAME="), QStringLiteral("CONTAINER_NAME=")};
    QTest::newRow("service missing")
        << words("service") << QStringList() << QByteArray("Service name was not defined\n");
    QTest::newRow("service empty")
        << words("service") << noNames << QByteArray("Service name was not defined\n");
    QTest::newRow("container missing")
        << words("container") << QStringList() << QByteArray("Container name was not defined\n");
    QTest::newRow("container empty")
        << words("container") << noNames << QByteArray("Container name was not defined\n");
    QTest::newRow("host-address missing") << words("host-address") << QStringList()
                                          << QByteArray("Container host address was not defined\n");
    // KW-36: guestutils answers 0.0.0.0 here.
    QTest::newRow("host-address --ip missing")
        << words("host-address --ip") << QStringList()
        << QByteArray("Container host address was not defined\n");
    QTest::newRow("host-address --ip empty")
        << words("host-address --ip") << QStringList{QStringLiteral("CONTAINER_HOST_ADDRESS=")}
        << QByteArray("Container host address was not defined\n");
    QTest::newRow("host-address --ip unknown name")
        << words("host-address --ip")
        << QStringList{QStringLiteral("CONTAINER_HOST_ADDRESS=no-such-host.invalid")}
        << QByteArray("Cannot resolve no-such-host.invalid to an IPv4 address: not a numeric "
                      "address, not in /etc/hosts\n");
    QTest::newRow("internal-address no interface")
        << words("internal-address --interface mdt-none0") << QStringList()
        << QByteArray("No IPv4 address on interface mdt-none0\n");

    QTest::newRow("port without service")
        << words("port broker") << QStringList() << QByteArray("Service name was not defined\n");
    QTest::newRow("port without container")
        << words("port broker") << QStringList{QStringLiteral("SERVICE_NAME=kafka")}
        << QByteArray("Container name was not defined\n");
    QTest::newRow("port missing") << words("port http") << kafka2
                                  << QByteArray("No internal port http defined for container "
                                                "kafka-2 of service kafka\n");
    QTest::newRow("port range value") << words("port range --default 8000") << kafka2
                                      << QByteArray("No internal port range defined for container "
                                                    "kafka-2 of service kafka\n");
    QTest::newRow("port bad default") << words("port http --default 80x") << kafka2
                                      << QByteArray("No internal port http defined for container "
                                                    "kafka-2 of service kafka\n");
    QTest::newRow("port double underscore")
        << words("port http --default 8__0") << kafka2
        << QByteArray("No internal port http defined for container kafka-2 of service kafka\n");
    QTest::newRow("host missing")
        << words("host zookeeper zk-4") << kafka2
        << QByteArray("No host defined for container zk-4 of service zookeeper\n");
    QTest::newRow("specific-port missing")
        << words("specific-port zookeeper zk-2 peer") << kafka2
        << QByteArray("No port peer defined for container zk-2 of service zookeeper\n");
    QTest::newRow("specific-port empty default") << QStringList{
        QStringLiteral("specific-port"), QStringLiteral("zookeeper"),  QStringLiteral("zk-2"),
        QStringLiteral("peer"),          QStringLiteral("--default="),
    } << kafka2 << QByteArray("No port peer defined for container zk-2 of service zookeeper\n");
    QTest::newRow("exposed-port missing")
        << words("exposed-port zookeeper zk-1 client") << kafka2
        << QByteArray("No internal port client defined for container zk-1 of service zookeeper\n");

    QTest::newRow("nodes missing port")
        << words("nodes zookeeper --port peer") << kafka2
        << QByteArray("No port peer defined for container zk-2 of service zookeeper\n");
    QTest::newRow("nodes none") << words("nodes redis") << kafka2
                                << QByteArray("No or not enough redis nodes configured\n");
    QTest::newRow("nodes not enough")
        << words("nodes zookeeper --minimum 4") << kafka2
        << QByteArray("No or not enough zookeeper nodes configured\n");
    // The fix: guestutils says "No host defined for container  of service redis".
    QTest::newRow("nodes empty list")
        << words("nodes redis") << QStringList{QStringLiteral("REDIS_INSTANCES=")}
        << QByteArray("No or not enough redis nodes configured\n");
    QTest::newRow("nodes host missing")
        << words("nodes redis") << QStringList{QStringLiteral("REDIS_INSTANCES=redis-1")}
        << QByteArray("No host defined for container redis-1 of service redis\n");
}

void TestGuestCommands::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, err);
    const GuestResult result = runGuest(arguments, environment);
    QCOMPARE(result.err, err);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.exitCode, 1);
}

void TestGuestCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("firstLine");

    QTest::newRow("no command") << QStringList() << QByteArray("maestro-guest: no command given");
    QTest::newRow("unknown command")
        << words("get-port") << QByteArray("maestro-guest: unknown command get-port");
    QTest::newRow("too few") << words("host zookeeper")
                             << QByteArray("maestro-guest: host: wrong number of arguments");
    QTest::newRow("too many") << words("service kafka")
                              << QByteArray("maestro-guest: service: wrong number of arguments");
    QTest::newRow("unknown option") << words("nodes zk --ports client")
                                    << QByteArray("maestro-guest: nodes: unknown option --ports");
    QTest::newRow("option without value")
        << words("port http --default")
        << QByteArray("maestro-guest: port: option --default needs a value");
    QTest::newRow("flag with value") << words("host-address --ip=yes")
                                     << QByteArray("maestro-guest: host-address: option --ip "
                                                   "takes no value");
    QTest::newRow("minimum not a number")
        << words("nodes zk --minimum two")
        << QByteArray("maestro-guest: nodes: --minimum needs an integer, not two");
    QTest::newRow("wait timeout not a number")
        << words("wait zk --timeout soon")
        << QByteArray("maestro-guest: wait: --timeout needs a number of seconds");
    QTest::newRow("run without command") << words("run --log-dir /tmp")
                                         << QByteArray("maestro-guest: run: wrong number of "
                                                       "arguments");
}

void TestGuestCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, firstLine);
    const GuestResult result = runGuest(arguments, kafka2);
    QCOMPARE(result.err.left(result.err.indexOf('\n')), firstLine);
    QVERIFY2(result.err.contains("usage: maestro-guest COMMAND"), result.err.constData());
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.exitCode, 2);
}

void TestGuestCommands::help()
{
    const GuestResult result = runGuest({QStringLiteral("--help")}, {});
    QVERIFY(result.out.startsWith("usage: maestro-guest COMMAND"));
    for (const char *command :
         {"env-name", "service", "container", "host-address", "internal-address", "port NAME",
          "host SERVICE", "specific-port", "exposed-port", "nodes SERVICE", "wait SERVICE", "run "})
        QVERIFY2(result.out.contains(command), command);
    QCOMPARE(result.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestGuestCommands)
#include "tst_guestcommands.moc"
