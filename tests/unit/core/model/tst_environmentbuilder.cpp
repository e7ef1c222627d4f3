// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadhelper.h"

#include "core/model/environment.h"

#include <QTemporaryDir>

using namespace Maestro::Core;

namespace {
const QString kShip = QStringLiteral("ships:\n  ship1: {ip: 10.0.0.1}\n");
QString withServices(const QString &services,
                     const QString &header = QStringLiteral("name: test\n"))
{
    return header + kShip + QStringLiteral("services:\n") + services;
}
} // namespace

class tst_EnvironmentBuilder : public QObject
{
    Q_OBJECT
private slots:
    void shipFieldsAndDefaults()
    {
        const auto r = loadText(
            QStringLiteral("name: t\n"
                           "ship_defaults: {timeout: 9, docker_port: 4000, api_version: '1.41'}\n"
                           "ships:\n"
                           "  a: {ip: 10.0.0.1}\n"
                           "  b: {ip: 10.0.0.2, endpoint: 192.168.10.1, timeout: ~}\n"
                           "  c: {ip: 10.0.0.3, docker_port: 1234, timeout: 0}\n"
                           "services: {}\n"));
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        const Environment &env = *r.environment;
        QCOMPARE(env.ships.size(), 3);
        QCOMPARE(env.ship(QStringLiteral("a"))->endpoint, QStringLiteral("10.0.0.1"));
        QCOMPARE(env.ship(QStringLiteral("a"))->dockerPort, 4000);
        QCOMPARE(env.ship(QStringLiteral("a"))->timeout, 9);
        QCOMPARE(env.ship(QStringLiteral("a"))->apiVersion, QStringLiteral("1.41"));
        QCOMPARE(env.ship(QStringLiteral("b"))->endpoint, QStringLiteral("192.168.10.1"));
        // The ship's own key wins even when null (spec 5.2); null timeout means 5.
        QCOMPARE(env.ship(QStringLiteral("b"))->timeout, 5);
        QCOMPARE(env.ship(QStringLiteral("c"))->dockerPort, 1234);
        QCOMPARE(env.ship(QStringLiteral("c"))->timeout, 5);
    }

    void tlsDefaultPortAndSocketPath()
    {
        QTemporaryDir dir;
        for (const char *f : {"cert.pem", "key.pem"}) {
            QFile file(dir.filePath(QLatin1String(f)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const auto r = loadText(
            QStringLiteral("name: t\nships:\n"
                           "  s: {ip: h, tls: true, tls_cert: cert.pem, tls_key: key.pem}\n"
                           "  u: {ip: h, socket_path: /var/run/../run/docker.sock}\n"),
            dir.path());
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        const Ship *s = r.environment->ship(QStringLiteral("s"));
        QCOMPARE(s->dockerPort, 2376);
        // Found next to the environment file when not in the working directory (KW-29).
        QCOMPARE(s->tlsCert, dir.filePath(QStringLiteral("cert.pem")));
        QVERIFY(r.environment->ship(QStringLiteral("u"))->socketPath.startsWith(QLatin1Char('/')));
    }

    void tlsWithoutCertificatesIsAnError()
    {
        const auto r = loadText(QStringLiteral("name: t\nships:\n  s: {ip: h, tls: true}\n"));
        QVERIFY(!r.environment);
        QCOMPARE(errorMessages(r.diagnostics).size(), 2);
    }

    void schemaSelection_data()
    {
        QTest::addColumn<QString>("meta");
        QTest::addColumn<int>("schema");
        QTest::newRow("absent") << QString() << 1;
        QTest::newRow("one") << "__maestro: {schema: 1}\n" << 1;
        QTest::newRow("one-float") << "__maestro: {schema: 1.0}\n" << 1;
        QTest::newRow("true") << "__maestro: {schema: true}\n" << 1;
        QTest::newRow("two") << "__maestro: {schema: 2}\n" << 2;
        QTest::newRow("string-two") << "__maestro: {schema: '2'}\n" << 2;
        QTest::newRow("mapping") << "__maestro: {schema: {version: 2}}\n" << 2;
        QTest::newRow("no-schema") << "__maestro: {}\n" << 1;
    }
    void schemaSelection()
    {
        QFETCH(QString, meta);
        QFETCH(int, schema);
        const auto r = loadText(meta + QStringLiteral("name: t\nships: {}\n"));
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        QCOMPARE(r.environment->schema, schema);
    }

    void duplicateKeysAreErrors_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::newRow("service-twice") << withServices(QStringLiteral(
            "  webapp: {image: a, instances: {}}\n  webapp: {image: b, instances: {}}\n"));
        QTest::newRow("instance-twice")
            << withServices(QStringLiteral("  webapp:\n    image: a\n    instances:\n      w1: "
                                           "{ship: ship1}\n      w1: {ship: ship1}\n"));
    }
    void duplicateKeysAreErrors()
    {
        QFETCH(QString, yaml);
        const auto r = loadText(yaml);
        QVERIFY(!r.environment);
        QVERIFY2(errorMessages(r.diagnostics)
                     .join(QString())
                     .contains(QLatin1String("found duplicate key")),
                 qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
    }

    void instanceInTwoServices()
    {
        const auto r = loadText(
            withServices(QStringLiteral("  webapp: {image: a, instances: {w1: {ship: ship1}}}\n"
                                        "  db: {image: b, instances: {w1: {ship: ship1}}}\n")));
        QVERIFY(!r.environment);
        QCOMPARE(errorMessages(r.diagnostics),
                 QStringList{QStringLiteral("Service instance w1 is already defined in webapp")});
    }

    void nullRegistriesAreEmpty()
    {
        const auto r
            = loadText(QStringLiteral("name: t\nregistries:\n  # nothing yet\nships: {}\n"));
        QVERIFY(r.environment);
        QVERIFY(r.environment->registries.isEmpty());
    }

    void volumesFrom_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << "{ship: ship1, volumes: {/out: /in3}, volumes_from: instance-1}"
                            << QString();
        QTest::newRow("conflict")
            << "{ship: ship1, volumes: {/out: /in1}, volumes_from: instance-1}"
            << "Volume conflicts between instance-2 and instance-1: /in1!";
        QTest::newRow("unknown")
            << "{ship: ship1, volumes_from: [instance-9]}"
            << "Unknown container instance-9 to get volumes from for instance-2!";
        QTest::newRow("other-ship") << "{ship: ship2, volumes_from: [instance-1]}"
                                    << "instance-1 and instance-2 must be on the same host for "
                                       "volumes_from declaration in instance-2!";
    }
    void volumesFrom()
    {
        QFETCH(QString, second);
        QFETCH(QString, error);
        const auto r = loadText(QStringLiteral("__maestro: {schema: 2}\nname: t\nships: {ship1: "
                                               "{ip: a}, ship2: {ip: b}}\nservices:\n"
                                               "  s:\n    image: x\n    instances:\n"
                                               "      instance-1: {ship: ship1, volumes: {/out: "
                                               "/in1}, container_volumes: [/in2]}\n"
                                               "      instance-2: %1\n")
                                    .arg(second));
        if (error.isEmpty()) {
            QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
            const Instance *i1 = r.environment->instance(QStringLiteral("instance-1"));
            QCOMPARE(i1->volumeSet(),
                     (QStringList{QStringLiteral("/in1"), QStringLiteral("/in2")}));
            QCOMPARE(r.environment->instance(QStringLiteral("instance-2"))->volumesFrom,
                     QStringList{QStringLiteral("instance-1")});
            // KW-2: a same-service reference is no self-dependency.
            QVERIFY(r.environment->dependencies().dependencies(0).isEmpty());
        } else {
            QVERIFY(!r.environment);
            QCOMPARE(errorMessages(r.diagnostics), QStringList{error});
        }
    }

    void volumesFromAddsAServiceDependency()
    {
        const auto r = loadText(QStringLiteral(
            "__maestro: {schema: {version: 2}}\nname: t\nships: {s: {ip: a}}\nservices:\n"
            "  mydata: {image: x, instances: {mydata1: {ship: s}}}\n"
            "  myservice: {image: y, instances: {myservice1: {ship: s, volumes_from: "
            "mydata1}}}\n"));
        QVERIFY(r.environment);
        const DependencyGraph &g = r.environment->dependencies();
        const int myservice = int(r.environment->serviceIndex(QStringLiteral("myservice")));
        QCOMPARE(g.dependencies(myservice), QList<int>{0});
        QCOMPARE(g.dependencyClosure(myservice), QList<int>{0});
        // KW-3: recorded both ways, so stop order sees it too.
        QCOMPARE(g.dependents(0), QList<int>{myservice});
    }

    void missingNameAndEverythingElseInOnePass()
    {
        const auto r = loadText(QStringLiteral("ships:\n  ship1: {endpoint: x}\nservices:\n"
                                               "  web:\n    instances:\n      w1: {ship: shp1}\n"
                                               "  db: {image: d}\n"));
        QVERIFY(!r.environment);
        const QStringList lines = describe(r.diagnostics);
        QCOMPARE(lines.size(), 5);
        QVERIFY(
            errorMessages(r.diagnostics).contains(QStringLiteral("Environment name is missing")));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QLatin1String("ships.ship1.ip is missing")));
        QVERIFY(
            lines.join(QLatin1Char('\n')).contains(QLatin1String("services.web.image is missing")));
        QVERIFY(lines.join(QLatin1Char('\n'))
                    .contains(QLatin1String("service db has no instances mapping")));
        QVERIFY(lines.contains(QStringLiteral(
            "6:18: error: instance w1 is on unknown ship shp1; did you mean ship1?")));
    }

    void unknownKeysWarnWithSuggestions()
    {
        const auto r = loadText(
            withServices(QStringLiteral("  web:\n    image: a\n    instances:\n      w1: {ship: "
                                        "ship1, user: bob, shm_size: 1g, imgae: b}\n")));
        QVERIFY(r.environment);
        const QStringList lines = describe(r.diagnostics);
        QCOMPARE(
            lines,
            (QStringList{
                QStringLiteral(
                    "8:25: warning: unknown key user is ignored; did you mean username?"),
                QStringLiteral(
                    "8:36: warning: shm_size is not supported by MaestroNG and is ignored"),
                QStringLiteral("8:50: warning: unknown key imgae is ignored; did you mean image?"),
            }));
        QCOMPARE(r.diagnostics.first().path, QStringLiteral("services.web.instances.w1.user"));
    }

    // Spec 3: MaestroNG ignores unknown top-level keys, and files use them to hold anchors.
    void unknownTopLevelKeys_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("_globals holding anchors") << QStringLiteral(
            "_globals:\n  image: &image nginx\n  ports: &ports {http: 80}\nname: test\n")
                                                  << QStringList();
        QTest::newRow("misspelt-looking anchor holder")
            << QStringLiteral("_ships: &ships {ship2: {ip: 10.0.0.2}}\nname: test\n")
            << QStringList();
        QTest::newRow("misspelt key")
            << QStringLiteral("name: test\nservces: {}\n")
            << QStringList{QStringLiteral(
                   "2:1: warning: unknown key servces is ignored; did you mean services?")};
        QTest::newRow("misspelt key holding an alias")
            << QStringLiteral("x: &x 1\nname: test\nnmae: *x\n")
            << QStringList{
                   QStringLiteral("3:1: warning: unknown key nmae is ignored; did you mean name?")};
        QTest::newRow("unknown key resembling nothing")
            << QStringLiteral("name: test\nx-documentation: see the wiki\n") << QStringList();
    }

    void unknownTopLevelKeys()
    {
        QFETCH(QString, header);
        QFETCH(QStringList, expected);
        const auto r = loadText(withServices(
            QStringLiteral("  web: {image: a, instances: {w1: {ship: ship1}}}\n"), header));
        QVERIFY(r.environment);
        QCOMPARE(describe(r.diagnostics), expected);
    }

    void cyclesAreNamed()
    {
        const auto r = loadText(
            withServices(QStringLiteral("  a: {image: x, requires: [b], instances: {}}\n"
                                        "  b: {image: x, requires: [c], instances: {}}\n"
                                        "  c: {image: x, requires: [a], instances: {}}\n")));
        QVERIFY(!r.environment);
        const QStringList errors = errorMessages(r.diagnostics);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(QLatin1String(
                     "dependency cycle a -> b -> c -> a (a requires b at test.yaml:5:28;")),
                 qPrintable(errors.first()));
    }

    void selfRequirementIsACycle()
    {
        const auto r = loadText(
            withServices(QStringLiteral("  a: {image: x, requires: [a], instances: {}}\n")));
        QVERIFY(!r.environment);
        QVERIFY(errorMessages(r.diagnostics)
                    .first()
                    .startsWith(QLatin1String("dependency cycle a -> a")));
    }

    void unknownDependencies_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("requires") << "requires";
        QTest::newRow("wants_info") << "wants_info"; // KW-4: the right name in the message
    }
    void unknownDependencies()
    {
        QFETCH(QString, key);
        const auto r = loadText(
            withServices(QStringLiteral("  a: {image: x, %1: [nope], instances: {}}\n").arg(key)));
        QVERIFY(!r.environment);
        QCOMPARE(
            errorMessages(r.diagnostics),
            QStringList{QStringLiteral("Service dependency nope defined on a does not exist")});
    }

    void yamlPitfallsWarn()
    {
        const auto r = loadText(
            QStringLiteral("name: t\nships:\n  s: {ip: a, api_version: 1.20}\nservices:\n"
                           "  dns: {image: x, instances: {d1: {ship: s, ports: {dns: 53:53}}}}\n"));
        QVERIFY(r.environment);
        const QString text = describe(r.diagnostics).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("api_version 1.20 is read as the number 1.2")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("port 53:53 is read as the number 3233")),
                 qPrintable(text));
    }

    void envNameCollisionsWarn()
    {
        const auto r = loadText(
            withServices(QStringLiteral("  a-b: {image: x, instances: {c: {ship: ship1}}}\n"
                                        "  a: {image: x, instances: {b-c: {ship: ship1}}}\n")));
        QVERIFY(r.environment);
        QVERIFY(describe(r.diagnostics)
                    .join(QString())
                    .contains(QLatin1String("both produce the variable A_B_C_HOST")));
    }

    void documentMustBeAMapping_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::newRow("empty") << QString();
        QTest::newRow("list") << "- a\n- b\n";
        QTest::newRow("scalar") << "hello\n";
    }
    void documentMustBeAMapping()
    {
        QFETCH(QString, yaml);
        const auto r = loadText(yaml);
        QVERIFY(!r.environment);
        QVERIFY(errorMessages(r.diagnostics)
                    .first()
                    .startsWith(QLatin1String("environment file must be a mapping")));
    }

    void invalidShipProvider()
    {
        const auto r = loadText(QStringLiteral("name: t\nship_provider: dynamic\nships: {}\n"));
        QCOMPARE(errorMessages(r.diagnostics),
                 QStringList{
                     QStringLiteral("Invalid ship provider dynamic! Available providers: static")});
    }

    void auditors()
    {
        const auto good = loadText(QStringLiteral("name: t\nships: {}\naudit:\n  - {type: _fail}\n "
                                                  " - {type: _fail, ignore_errors: true}\n"));
        QVERIFY(good.environment);
        QCOMPARE(good.environment->auditors.size(), 2);
        QVERIFY(!good.environment->auditors.at(0).ignoreErrors);
        QVERIFY(good.environment->auditors.at(1).ignoreErrors);

        const auto bad = loadText(QStringLiteral(
            "name: t\nships: {}\naudit:\n  - {type: carrier-pigeon}\n  - {type: log}\n"
            "  - {type: http, endpoint: 'http://x', method: PUT}\n"));
        QCOMPARE(errorMessages(bad.diagnostics),
                 (QStringList{QStringLiteral("Unknown auditor type carrier-pigeon"),
                              QStringLiteral("Missing audit log filename!"),
                              QStringLiteral("Invalid HTTP method PUT!")}));
    }

    void lifecycleChecksDoNotLeakBetweenInstances()
    {
        // KW-5: instance checks are added to a fresh copy of the service's.
        const auto r = loadText(withServices(QStringLiteral(
            "  s:\n    image: x\n    ports: {p: 80}\n"
            "    lifecycle: {running: [{type: tcp, port: p}]}\n"
            "    instances:\n"
            "      i1: {ship: ship1, lifecycle: {running: [{type: sleep, wait: 1}]}}\n"
            "      i2: {ship: ship1}\n")));
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        QCOMPARE(r.environment->instance(QStringLiteral("i1"))
                     ->checksFor(QStringLiteral("running"))
                     ->size(),
                 2);
        QCOMPARE(r.environment->instance(QStringLiteral("i2"))
                     ->checksFor(QStringLiteral("running"))
                     ->size(),
                 1);
    }

    void serviceLevelMappingPortsWithManyInstances()
    {
        // KW-6: the shared spec is parsed per instance, never rewritten.
        const auto r = loadText(withServices(QStringLiteral(
            "  s:\n    image: x\n    ports: {p: {exposed: 80, external: [127.0.0.1, 8080]}}\n"
            "    instances: {i1: {ship: ship1}, i2: {ship: ship1}, i3: {ship: ship1}}\n")));
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        for (const Instance &i : r.environment->instances) {
            QCOMPARE(i.ports.size(), 1);
            QCOMPARE(i.ports.first().spec.externalHostIp, QStringLiteral("127.0.0.1"));
        }
    }

    void portOverlayOrder()
    {
        const auto r = loadText(withServices(
            QStringLiteral("  s:\n    image: x\n    ports: {a: 1, b: 2}\n"
                           "    instances: {i1: {ship: ship1, ports: {c: 3, a: 10}}}\n")));
        QVERIFY(r.environment);
        const auto &ports = r.environment->instance(QStringLiteral("i1"))->ports;
        QCOMPARE(ports.size(), 3);
        QCOMPARE(ports.at(0).name, QStringLiteral("a"));
        QCOMPARE(ports.at(0).spec.exposed, QStringLiteral("10/tcp"));
        QCOMPARE(ports.at(2).name, QStringLiteral("c"));
    }

    void instanceFieldsResolve()
    {
        const auto r = loadText(QStringLiteral(
            "__maestro: {schema: 2}\nname: t\nships: {local: {ip: 127.0.0.1}}\nservices:\n"
            "  zk:\n    image: quay.io/foo/bar:1.0\n    limits: {memory: 1g, cpu: 2}\n"
            "    instances:\n      zk-1:\n        ship: local\n        username: bob\n"
            "        command: sh -c 'echo hi'\n        limits: {swap: 200m}\n"
            "        restart: on-failure:3\n        dns: 8.8.8.8\n"
            "        extra_hosts: {h2: {ship: local}, h1: 1.2.3.4}\n        links: {other: alias}\n"
            "        stop_timeout: 3\n        workdir: /w\n        net: host\n"));
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        const Instance &i = *r.environment->instance(QStringLiteral("zk-1"));
        QCOMPARE(i.image, QStringLiteral("quay.io/foo/bar:1.0"));
        QCOMPARE(i.username, QStringLiteral("bob"));
        QCOMPARE(*i.command, (QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral("echo hi")}));
        QCOMPARE(*i.memory, qint64(1073741824));
        QCOMPARE(*i.swap, qint64(209715200));
        QCOMPARE(*i.cpuShares, qint64(2));
        QCOMPARE(i.restart.name, QStringLiteral("on-failure"));
        QCOMPARE(i.restart.maximumRetryCount, 3);
        QCOMPARE(*i.dns, QStringList{QStringLiteral("8.8.8.8")});
        QCOMPARE(i.extraHosts,
                 (QStringList{QStringLiteral("h1:1.2.3.4"), QStringLiteral("h2:127.0.0.1")}));
        QCOMPARE(i.links, QStringList{QStringLiteral("other:alias")});
        QCOMPARE(i.stopTimeout, 3);
        QCOMPARE(i.workdir, QStringLiteral("/w"));
        QCOMPARE(i.hostname(), QString()); // net is set
    }

    void templateAndYamlErrorsHavePositions()
    {
        const auto bad = loadText(QStringLiteral("name: t\nships: {{ env.X.Y }}\n"));
        QVERIFY(!bad.environment);
        QCOMPARE(bad.diagnostics.size(), 1);
        QVERIFY(bad.diagnostics.first().message.startsWith(
            QLatin1String("Error reading environment description file test.yaml: ")));
        QCOMPARE(bad.diagnostics.first().location.line, 2);

        const auto yaml = loadText(QStringLiteral("name: t\nships: [a, b\n"));
        QVERIFY(!yaml.environment);
        QCOMPARE(yaml.diagnostics.size(), 1);
        QVERIFY(yaml.diagnostics.first().location.line >= 2);
    }

    void templateSeesTheProcessEnvironment()
    {
        // Spec 18.4 #76.
        const auto r = loadEnvironmentText(
            QStringLiteral("name: t\nships: {}\nfoo: {{ env.BAR }}\n"), QStringLiteral("t.yaml"),
            QString(), {{QStringLiteral("BAR"), QStringLiteral("bar")}});
        QVERIFY(r.environment);
        QCOMPARE(r.document.find(QStringLiteral("foo"))->toString(), QStringLiteral("bar"));
    }

    void instancesInheritServiceImageAndPorts()
    {
        // Spec 18.2 #9, #10.
        const auto r = loadText(
            withServices(QStringLiteral("  foo:\n    image: stackbrew/ubuntu:13.10\n    ports: "
                                        "{server: 4848}\n    instances: {foo1: {ship: ship1}}\n")));
        QVERIFY(r.environment);
        const Instance &foo1 = *r.environment->instance(QStringLiteral("foo1"));
        QCOMPARE(foo1.image, QStringLiteral("stackbrew/ubuntu:13.10"));
        QCOMPARE(foo1.ports.size(), 1);
        QCOMPARE(foo1.ports.first().name, QStringLiteral("server"));
        QCOMPARE(foo1.ports.first().spec.exposed, QStringLiteral("4848/tcp"));
        QCOMPARE(foo1.ports.first().spec.external, QStringLiteral("4848/tcp"));
        QCOMPARE(foo1.ports.first().spec.externalHostIp, QStringLiteral("0.0.0.0"));
    }

    void missingFile()
    {
        LoadRequest request;
        request.file = QStringLiteral("/nonexistent/maestro.yaml");
        const auto r = loadEnvironment(request);
        QVERIFY(!r.environment);
        QCOMPARE(errorMessages(r.diagnostics),
                 QStringList{QStringLiteral(
                     "Environment description file /nonexistent/maestro.yaml not found!")});
        QCOMPARE(r.diagnostics.first().location.file, request.file);
    }

    void baseDirIsTheDirectoryAsGiven()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("env.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name: t\nships: {}\n");
        file.close();
        LoadRequest request;
        request.file = dir.filePath(QStringLiteral("env.yaml"));
        const auto r = loadEnvironment(request);
        QVERIFY(r.environment);
        QCOMPARE(r.environment->baseDir, dir.path());
    }
};

QTEST_GUILESS_MAIN(tst_EnvironmentBuilder)
#include "tst_environmentbuilder.moc"
