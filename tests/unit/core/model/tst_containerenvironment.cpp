// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadhelper.h"

#include "core/model/containerenvironment.h"

using namespace Maestro::Core;

namespace {

QStringList entries(const Environment &env, const QString &instance)
{
    QStringList out;
    for (const EnvVar &var : containerEnvironment(env, *env.instance(instance)))
        out << var.toDockerEntry();
    return out;
}

QString valueOf(const Environment &env, const QString &instance, const QString &key)
{
    for (const EnvVar &var : containerEnvironment(env, *env.instance(instance))) {
        if (var.name == key)
            return var.value.value_or(QStringLiteral("<null>"));
    }
    return QStringLiteral("<absent>");
}

} // namespace

class tst_ContainerEnvironment : public QObject
{
    Q_OBJECT
private slots:
    void workedExample()
    {
        // Spec 9.6, byte for byte and in order.
        const auto r = loadText(
            QStringLiteral("name: demo\nships: {s1: {ip: 10.0.0.1}}\nservices:\n"
                           "  zk:\n    image: zookeeper:3.4\n    instances:\n"
                           "      zk-1: {ship: s1, ports: {client: 2181, peer: \"2888:12888\"}}\n"
                           "  web:\n    image: nginx\n    requires: [zk]\n    instances:\n"
                           "      web-1: {ship: s1, ports: {http: {exposed: 80, external: "
                           "[127.0.0.1, 8080]}}}\n"));
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        QCOMPARE(entries(*r.environment, QStringLiteral("web-1")),
                 (QStringList{
                     QStringLiteral("MAESTRO_ENVIRONMENT_NAME=demo"),
                     QStringLiteral("SERVICE_NAME=web"),
                     QStringLiteral("CONTAINER_NAME=web-1"),
                     QStringLiteral("CONTAINER_HOST_ADDRESS=10.0.0.1"),
                     QStringLiteral("DOCKER_IMAGE=nginx"),
                     QStringLiteral("DOCKER_TAG=latest"),
                     QStringLiteral("WEB_WEB_1_HOST=10.0.0.1"),
                     QStringLiteral("WEB_WEB_1_HTTP_PORT=8080"),
                     QStringLiteral("WEB_WEB_1_HTTP_INTERNAL_PORT=80"),
                     QStringLiteral("WEB_INSTANCES=web-1"),
                     QStringLiteral("ZK_ZK_1_HOST=10.0.0.1"),
                     QStringLiteral("ZK_ZK_1_CLIENT_PORT=2181"),
                     QStringLiteral("ZK_ZK_1_PEER_PORT=12888"),
                     QStringLiteral("ZK_INSTANCES=zk-1"),
                 }));
        const QStringList zk = entries(*r.environment, QStringLiteral("zk-1"));
        QVERIFY(zk.contains(QStringLiteral("ZK_ZK_1_PEER_INTERNAL_PORT=2888")));
        QVERIFY(zk.contains(QStringLiteral("DOCKER_TAG=3.4")));
        for (const QString &e : zk)
            QVERIFY2(!e.startsWith(QLatin1String("WEB_")), qPrintable(e));
    }

    void createBodyExampleOrder()
    {
        // The Env list of spec 13.2's observed create body.
        const auto r = loadText(QStringLiteral(
            "name: demo\nships: {local: {ip: 127.0.0.1}}\nservices:\n"
            "  zk:\n    image: quay.io/foo/bar:1.0\n    ports: {client: 2181}\n    instances:\n"
            "      zk-1:\n        ship: local\n        env: {A: 1, B: true}\n"
            "        ports: {peer: \"2888:12888\", dns: 53/udp}\n"));
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        QCOMPARE(entries(*r.environment, QStringLiteral("zk-1")),
                 (QStringList{
                     QStringLiteral("MAESTRO_ENVIRONMENT_NAME=demo"),
                     QStringLiteral("SERVICE_NAME=zk"),
                     QStringLiteral("A=1"),
                     QStringLiteral("B=True"),
                     QStringLiteral("CONTAINER_NAME=zk-1"),
                     QStringLiteral("CONTAINER_HOST_ADDRESS=127.0.0.1"),
                     QStringLiteral("DOCKER_IMAGE=quay.io/foo/bar:1.0"),
                     QStringLiteral("DOCKER_TAG=1.0"),
                     QStringLiteral("ZK_ZK_1_HOST=127.0.0.1"),
                     QStringLiteral("ZK_ZK_1_CLIENT_PORT=2181"),
                     QStringLiteral("ZK_ZK_1_CLIENT_INTERNAL_PORT=2181"),
                     QStringLiteral("ZK_ZK_1_PEER_PORT=12888"),
                     QStringLiteral("ZK_ZK_1_PEER_INTERNAL_PORT=2888"),
                     QStringLiteral("ZK_ZK_1_DNS_PORT=53"),
                     QStringLiteral("ZK_ZK_1_DNS_INTERNAL_PORT=53"),
                     QStringLiteral("ZK_INSTANCES=zk-1"),
                 }));
    }

    void envfilesFixture_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("override");
        QTest::newRow("s1a") << "s1a"
                             << "giraffe"; // instance envfile beats service env
        QTest::newRow("s1b") << "s1b"
                             << "giraffe";
        QTest::newRow("s2a") << "s2a"
                             << "giraffe";
        QTest::newRow("s2b") << "s2b"
                             << "cat";
    }
    void envfilesFixture()
    {
        // Spec 18.3 #70.
        QFETCH(QString, instance);
        QFETCH(QString, override);
        LoadRequest request;
        request.file = QStringLiteral(MAESTRO_TEST_DATA_DIR "/model/envfiles/maestro.yaml");
        const auto r = loadEnvironment(request);
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        const Environment &env = *r.environment;
        const QString service = instance.left(2);
        QCOMPARE(valueOf(env, instance, QStringLiteral("OVERRIDE")), override);
        QCOMPARE(valueOf(env, instance, QStringLiteral("SOME_ENV")), QStringLiteral("value"));
        QCOMPARE(valueOf(env, instance, QStringLiteral("MAESTRO_ENVIRONMENT_NAME")),
                 QStringLiteral("test-envfiles"));
        QCOMPARE(valueOf(env, instance, QStringLiteral("SERVICE_NAME")), service);
        QCOMPARE(valueOf(env, instance, QStringLiteral("CONTAINER_NAME")), instance);
        QCOMPARE(valueOf(env, instance, QStringLiteral("CONTAINER_HOST_ADDRESS")),
                 QStringLiteral("localhost"));
        QCOMPARE(valueOf(env, instance, QStringLiteral("DOCKER_IMAGE")), QStringLiteral("ubuntu"));
        QCOMPARE(valueOf(env, instance, QStringLiteral("DOCKER_TAG")), QStringLiteral("latest"));
        const QString upper = service.toUpper();
        QCOMPARE(valueOf(env, instance, upper + QStringLiteral("_INSTANCES")),
                 QStringLiteral("%1a,%1b").arg(service));
        QCOMPARE(valueOf(env, instance, QStringLiteral("%1_%1A_HOST").arg(upper)),
                 QStringLiteral("localhost"));
        QCOMPARE(valueOf(env, instance, QStringLiteral("%1_%1B_HOST").arg(upper)),
                 QStringLiteral("localhost"));
        QCOMPARE(containerEnvironment(env, *env.instance(instance)).size(), 11);

        const QList<EnvVar> s1 = serviceEnvironment(env, *env.service(QStringLiteral("s1")));
        QCOMPARE(s1, (QList<EnvVar>{{QStringLiteral("SOME_ENV"), QStringLiteral("value")},
                                    {QStringLiteral("OVERRIDE"), QStringLiteral("dog")},
                                    {QStringLiteral("MAESTRO_ENVIRONMENT_NAME"),
                                     QStringLiteral("test-envfiles")},
                                    {QStringLiteral("SERVICE_NAME"), QStringLiteral("s1")}}));
    }

    void valueFormatting_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("entry");
        QTest::newRow("yes") << "yes"
                             << "V=True";
        QTest::newRow("off") << "off"
                             << "V=False";
        QTest::newRow("octal") << "010"
                               << "V=8";
        QTest::newRow("float") << "1.20"
                               << "V=1.2";
        QTest::newRow("null") << "~"
                              << "V";
        QTest::newRow("empty-string") << "''"
                                      << "V=";
        QTest::newRow("list") << "[This, [is, a], test]"
                              << "V=This is a test";
        QTest::newRow("list-non-strings") << "[1, true, ~]"
                                          << "V=1 True None";
        QTest::newRow("mapping") << "{k: v}"
                                 << "V={'k': 'v'}";
        QTest::newRow("date") << "2013-01-01"
                              << "V=2013-01-01";
    }
    void valueFormatting()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, entry);
        const auto r
            = loadText(QStringLiteral("name: 5\nships: {s: {ip: h}}\nservices:\n"
                                      "  a: {image: x, instances: {a1: {ship: s, env: {V: %1}}}}\n")
                           .arg(yaml));
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        const QStringList list = entries(*r.environment, QStringLiteral("a1"));
        QVERIFY2(list.contains(entry), qPrintable(list.join(QLatin1Char('|'))));
        QVERIFY(list.contains(QStringLiteral("MAESTRO_ENVIRONMENT_NAME=5")));
    }

    void instanceMayOverrideServiceNameButNotFixedVariables()
    {
        const auto r = loadText(
            QStringLiteral("name: n\nships: {s: {ip: h}}\nservices:\n"
                           "  a: {image: x, instances: {a1: {ship: s, env: "
                           "{SERVICE_NAME: mine, CONTAINER_NAME: mine, A_INSTANCES: x}}}}\n"));
        QVERIFY(r.environment);
        QCOMPARE(valueOf(*r.environment, QStringLiteral("a1"), QStringLiteral("SERVICE_NAME")),
                 QStringLiteral("mine"));
        QCOMPARE(valueOf(*r.environment, QStringLiteral("a1"), QStringLiteral("CONTAINER_NAME")),
                 QStringLiteral("a1"));
        QCOMPARE(valueOf(*r.environment, QStringLiteral("a1"), QStringLiteral("A_INSTANCES")),
                 QStringLiteral("a1"));
    }

    void whoGetsLinkVariables()
    {
        // a requires b requires c: a gets b and c; wants_info is direct only; volumes_from
        // brings no variables.
        const auto r = loadText(QStringLiteral(
            "name: n\nships: {s: {ip: h}}\nservices:\n"
            "  a: {image: x, requires: [b], wants_info: [w], instances: {a1: {ship: s, "
            "volumes_from: v1}}}\n"
            "  b: {image: x, requires: [c], wants_info: [x], instances: {b1: {ship: s}}}\n"
            "  c: {image: x, instances: {c1: {ship: s}}}\n"
            "  w: {image: x, instances: {w1: {ship: s}}}\n"
            "  x: {image: x, instances: {x1: {ship: s}}}\n"
            "  v: {image: x, instances: {v1: {ship: s}}}\n"));
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        const QStringList a = entries(*r.environment, QStringLiteral("a1"));
        for (const char *present :
             {"B_INSTANCES=b1", "C_INSTANCES=c1", "W_INSTANCES=w1", "A_INSTANCES=a1"})
            QVERIFY2(a.contains(QLatin1String(present)), present);
        for (const char *absent : {"X_INSTANCES=x1", "V_INSTANCES=v1"})
            QVERIFY2(!a.contains(QLatin1String(absent)), absent);
    }

    void invalidEnvSources()
    {
        const auto r = loadText(QStringLiteral(
            "name: n\nships: {s: {ip: h}}\nservices:\n"
            "  a: {image: x, env: 5, instances: {a1: {ship: s, envfile: missing.env}}}\n"));
        QVERIFY(!r.environment);
        const QStringList errors = errorMessages(r.diagnostics);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.first(), QStringLiteral("Invalid environment configuration for service a"));
        QVERIFY2(errors.last().contains(QLatin1String("missing.env")), qPrintable(errors.last()));
    }
};

QTEST_GUILESS_MAIN(tst_ContainerEnvironment)
#include "tst_containerenvironment.moc"
