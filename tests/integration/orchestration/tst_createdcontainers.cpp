// SPDX-License-Identifier: GPL-3.0-or-later
// Every instance field of spec sections 6-8 on the two ships of orchships.sh: `maestro start`
// creates the containers, and each one's inspection must show what spec 13.2 says
// MaestroNG creates. The expectations below are written from the spec, not from our
// create body (which is only cross-checked at the end). The running checks of
// mdt-orch-fapp-1 verify inside the container what the daemon made of links, extra hosts,
// the user and the ulimits, the latter as the limits of the container's first process: a
// process that `docker exec` starts may get its soft nofile limit from the runtime rather
// than from the container's configuration on some hosts, so the check's own shell says
// nothing about what we configured. `privileged` is not among them: runc cannot apply its
// capabilities on the project's build machines (a VM container), so such a container never
// starts there.
#include "createbodycheck.h"
#include "orchtestships.h"

#include "core/model/containercreatebody.h"
#include "core/model/environmentloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTest>

using namespace Maestro;

namespace {

const char *kFields = R"(__maestro: {schema: 2}
name: orch-fields
ships:
  orch1: {ip: 127.0.0.1, socket_path: @ORCH1@}
  orch2: {ip: 127.0.0.2, endpoint: 127.0.0.1, docker_port: @ORCH2PORT@, timeout: 10}
services:
  store:
    image: @IMAGE@
    envfile: service.env
    env: {STORE_MODE: primary, LIST: [a, [b, c]]}
    ports: {api: "7100:@PORT110@"}
    limits: {memory: 32m}
    instances:
      mdt-orch-fstore-1:
        ship: orch1
        command: "sh -c 'exec httpd -f -p 7100'"
        envfile: [instance.env]
        env: {STORE_ID: 1, FLAG: false, RATIO: 1.5}
        container_volumes: /shared
        volumes: {@VOLDIR@: /data}
        stop_timeout: 1
  app:
    image: @IMAGE@
    requires: [store]
    instances:
      mdt-orch-fapp-1:
        ship: orch1
        image: @CANARY@
        cmd: [sleep, "3600"]
        username: 65534
        workdir: /tmp
        ports:
          p-int: @PORT111@
          p-udp: "@PORT112@/udp"
          p-map: "8080:@PORT113@"
          p-udpmap: "53/udp:@PORT114@/udp"
          p-range: "@PORT115@-@PORT116@"
          p-inrange: "9000:@PORT117@-@PORT119@"
          p-dict: {exposed: 7000, external: @PORT120@}
          p-dictip: {exposed: 7001, external: [127.0.0.1, @PORT121@]}
        volumes:
          @VOLDIR@: {target: /data2}
          @VOLDIR2@: {target: /ro, mode: ro}
        volumes_from: mdt-orch-fstore-1
        links: {mdt-orch-fstore-1: storehost}
        restart: {name: on-failure, retries: 2}
        limits: {memory: 64m, swap: 128m, cpu: 512}
        cap_add: [NET_ADMIN, SYS_TIME]
        cap_drop: [MKNOD]
        extra_hosts: {zeta: 10.1.2.3, alpha: {ship: orch2}}
        dns: 10.239.21.53
        ulimits: {nofile: {soft: 1024, hard: 2048}, nproc: 512}
        log_driver: json-file
        log_opt: {max-size: 1m, max-file: 2}
        labels: [team-orch, tier-test]
        security_opt: [no-new-privileges]
        stop_timeout: 1
        lifecycle:
          running:
            - {type: rexec, command: "grep -q storehost /etc/hosts", attempts: 5}
            - {type: rexec, command: "grep -q '^127.0.0.2[[:space:]]*alpha' /etc/hosts", attempts: 5}
            - {type: rexec, command: "sh -c 'test $(id -u) = 65534'", attempts: 5}
            - {type: rexec, command: "grep -Eq '^Max open files +1024 +2048 ' /proc/1/limits", attempts: 5}
            - {type: rexec, command: "test -f /data/marker", attempts: 5}
  edge:
    image: @IMAGE@
    wants_info: [store]
    instances:
      mdt-orch-fedge-1:
        ship: orch2
        net: host
        command: [sleep, "3600"]
        restart: unless-stopped
        labels: {team: orch, tier: edge}
        log_driver: none
        stop_timeout: 1
      mdt-orch-fedge-2:
        ship: orch2
        net: none
        restart: always
        command: [sleep, "3600"]
        stop_timeout: 1
)";

// The daemon's value at a dotted path of the inspection ("HostConfig.Binds").
QJsonValue at(const QJsonObject &inspected, const QString &path)
{
    QJsonValue value = inspected;
    for (const QString &key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value;
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(absent)");
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .chopped(1)
        .mid(1);
}

} // namespace

class tst_CreatedContainers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Tests::OrchTestShips> m_ships;
    QString m_file;
    QHash<QString, QJsonObject> m_inspected;

    QString substitute(QString text) const
    {
        text.replace(QLatin1String("@HOSTNAME@"), QSysInfo::machineHostName());
        return m_ships->substitute(text);
    }

private slots:
    void initTestCase()
    {
        m_ships = std::make_unique<Tests::OrchTestShips>();
        QVERIFY2(m_ships->error().isEmpty(), qPrintable(m_ships->error()));
        m_ships->removeOurContainers();
        QVERIFY(!m_ships
                     ->writeFile(QStringLiteral("service.env"),
                                 "# service file\nSVC_FILE=from service file\n"
                                 "STORE_MODE=from-service-file\n")
                     .isEmpty());
        QVERIFY(!m_ships
                     ->writeFile(QStringLiteral("instance.env"),
                                 "INST_FILE=a=b\nSTORE_MODE=from-instance-file\n")
                     .isEmpty());
        QVERIFY(!m_ships->writeFile(QStringLiteral("vol/marker"), "").isEmpty());
        m_file = m_ships->writeFile(QStringLiteral("fields.yaml"), kFields);
        const Tests::MaestroRun start = Tests::OrchTestShips::maestro(
            {QStringLiteral("-f"), m_file, QStringLiteral("start")});
        QVERIFY2(start.exitCode == 0, qPrintable(start.out + start.err));
        for (const auto &[ship, name] : QList<std::pair<QString, QString>>{
                 {QStringLiteral("orch1"), QStringLiteral("mdt-orch-fstore-1")},
                 {QStringLiteral("orch1"), QStringLiteral("mdt-orch-fapp-1")},
                 {QStringLiteral("orch2"), QStringLiteral("mdt-orch-fedge-1")},
                 {QStringLiteral("orch2"), QStringLiteral("mdt-orch-fedge-2")}}) {
            const auto details = m_ships->inspect(m_ships->client(ship), name);
            QVERIFY2(details && details->running, qPrintable(name));
            m_inspected.insert(name, details->raw);
        }
    }

    void cleanupTestCase()
    {
        if (m_ships && m_ships->error().isEmpty())
            m_ships->removeOurContainers();
    }

    void field_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *instance, const char *path, const char *expected) {
            QTest::addRow("%s %s", instance, path)
                << QStringLiteral("mdt-orch-f%1-1").arg(QLatin1String(instance))
                << QString::fromLatin1(path) << QString::fromUtf8(expected);
        };
        const auto row2 = [](const char *path, const char *expected) {
            QTest::addRow("edge-2 %s", path)
                << QStringLiteral("mdt-orch-fedge-2") << QString::fromLatin1(path)
                << QString::fromUtf8(expected);
        };
        // store: service-level limits and ports, string command, schema-2 string volume.
        row("store", "Config.Image", R"("@IMAGE@")");
        row("store", "Config.Hostname", R"("mdt-orch-fstore-1")");
        row("store", "Config.Cmd", R"(["sh","-c","exec httpd -f -p 7100"])");
        row("store", "Config.ExposedPorts", R"({"7100/tcp":{}})");
        row("store", "Config.Volumes", R"({"/data":{},"/shared":{}})");
        row("store", "HostConfig.Binds", R"(["@VOLDIR@:/data:rw"])");
        row("store", "HostConfig.PortBindings",
            R"({"7100/tcp":[{"HostIp":"0.0.0.0","HostPort":"@PORT110@"}]})");
        row("store", "HostConfig.Memory", "33554432");
        row("store", "HostConfig.RestartPolicy", R"({"Name":"no","MaximumRetryCount":0})");
        row("store", "HostConfig.NetworkMode", R"("default")");
        row("store", "HostConfig.Privileged", "false");
        row("store", "HostConfig.LogConfig", R"({"Type":"json-file","Config":{}})");
        // app: every port syntax (8.1; ranges of equal length paired port by port), schema-2
        // mapping volumes, volumes_from, links, the instance image and the remaining fields.
        row("app", "Config.Image", R"("@CANARY@")");
        row("app", "Config.Hostname", R"("mdt-orch-fapp-1")");
        row("app", "Config.Cmd", R"(["sleep","3600"])");
        row("app", "Config.User", R"("65534")");
        row("app", "Config.WorkingDir", R"("/tmp")");
        row("app", "Config.Labels", R"({"team-orch":"","tier-test":""})");
        row("app", "Config.ExposedPorts",
            R"({"@PORT111@/tcp":{},"@PORT112@/udp":{},"8080/tcp":{},"53/udp":{},"@PORT115@/tcp":{},)"
            R"("@PORT116@/tcp":{},"9000/tcp":{},"7000/tcp":{},"7001/tcp":{}})");
        row("app", "Config.Volumes", R"({"/data2":{},"/ro":{}})");
        row("app", "HostConfig.PortBindings",
            R"({"@PORT111@/tcp":[{"HostIp":"0.0.0.0","HostPort":"@PORT111@"}],)"
            R"("@PORT112@/udp":[{"HostIp":"0.0.0.0","HostPort":"@PORT112@"}],)"
            R"("8080/tcp":[{"HostIp":"0.0.0.0","HostPort":"@PORT113@"}],)"
            R"("53/udp":[{"HostIp":"0.0.0.0","HostPort":"@PORT114@"}],)"
            R"("@PORT115@/tcp":[{"HostIp":"0.0.0.0","HostPort":"@PORT115@"}],)"
            R"("@PORT116@/tcp":[{"HostIp":"0.0.0.0","HostPort":"@PORT116@"}],)"
            R"("9000/tcp":[{"HostIp":"0.0.0.0","HostPort":"@PORT117@-@PORT119@"}],)"
            R"("7000/tcp":[{"HostIp":"0.0.0.0","HostPort":"@PORT120@"}],)"
            R"("7001/tcp":[{"HostIp":"127.0.0.1","HostPort":"@PORT121@"}]})");
        row("app", "HostConfig.Binds", R"(["@VOLDIR@:/data2:rw","@VOLDIR2@:/ro:ro"])");
        row("app", "HostConfig.VolumesFrom", R"(["mdt-orch-fstore-1"])");
        row("app", "HostConfig.Links", R"(["/mdt-orch-fstore-1:/mdt-orch-fapp-1/storehost"])");
        row("app", "HostConfig.RestartPolicy", R"({"Name":"on-failure","MaximumRetryCount":2})");
        row("app", "HostConfig.Memory", "67108864");
        row("app", "HostConfig.MemorySwap", "134217728");
        row("app", "HostConfig.CpuShares", "512");
        row("app", "HostConfig.CapAdd", R"(["NET_ADMIN","SYS_TIME"])");
        row("app", "HostConfig.CapDrop", R"(["MKNOD"])");
        row("app", "HostConfig.ExtraHosts", R"(["alpha:127.0.0.2","zeta:10.1.2.3"])");
        row("app", "HostConfig.Dns", R"(["10.239.21.53"])");
        row("app", "HostConfig.Ulimits",
            R"([{"Name":"nofile","Soft":1024,"Hard":2048},{"Name":"nproc","Soft":512,"Hard":512}])");
        row("app", "HostConfig.LogConfig",
            R"({"Type":"json-file","Config":{"max-size":"1m","max-file":"2"}})");
        row("app", "HostConfig.SecurityOpt", R"(["no-new-privileges"])");
        row("app", "HostConfig.NetworkMode", R"("default")");
        // edge: `net` (no Hostname sent: the daemon picks one), privileged, other policies.
        row("edge", "HostConfig.NetworkMode", R"("host")");
        row("edge", "Config.Hostname", R"("@HOSTNAME@")");
        row("edge", "Config.Labels", R"({"team":"orch","tier":"edge"})");
        row("edge", "HostConfig.RestartPolicy",
            R"({"Name":"unless-stopped","MaximumRetryCount":0})");
        row("edge", "HostConfig.LogConfig", R"({"Type":"none","Config":{}})");
        row("edge", "HostConfig.PortBindings", "null"); // no ports: none sent
        row2("HostConfig.NetworkMode", R"("none")");
        row2("HostConfig.RestartPolicy", R"({"Name":"always","MaximumRetryCount":0})");
    }

    void field()
    {
        QFETCH(QString, instance);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QVERIFY(m_inspected.contains(instance));
        QJsonParseError error;
        const QJsonDocument doc
            = QJsonDocument::fromJson("[" + substitute(expected).toUtf8() + "]", &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(expected));
        const QJsonValue want = doc.array().first();
        const QJsonValue got = at(m_inspected.value(instance), path);
        QVERIFY2(got == want,
                 qPrintable(QStringLiteral("want %1 got %2").arg(compact(want), compact(got))));
    }

    // A container without `net` and without `Hostname` gets its short id as host name.
    void hostnameOfNetNone()
    {
        const QJsonObject edge2 = m_inspected.value(QStringLiteral("mdt-orch-fedge-2"));
        QCOMPARE(at(edge2, QStringLiteral("Config.Hostname")).toString(),
                 edge2.value(QStringLiteral("Id")).toString().left(12));
    }

    // The range exposed port is published on one host port of its external range.
    void rangeBinding()
    {
        const QJsonArray bound = at(m_inspected.value(QStringLiteral("mdt-orch-fapp-1")),
                                    QStringLiteral("NetworkSettings.Ports"))
                                     .toObject()
                                     .value(QStringLiteral("9000/tcp"))
                                     .toArray();
        QVERIFY(!bound.isEmpty());
        const int port
            = bound.first().toObject().value(QStringLiteral("HostPort")).toString().toInt();
        QVERIFY2(port >= m_ships->hostPort(117) && port <= m_ships->hostPort(119),
                 qPrintable(QString::number(port)));
    }

    // Spec 9.2-9.4: sources in precedence order, list values flattened, Python-style values,
    // link variables of the service itself (with _INTERNAL_PORT) and of its requirements.
    void environment_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("store") << QStringLiteral("mdt-orch-fstore-1")
                               << QStringList{
                                      "SVC_FILE=from service file",
                                      "STORE_MODE=from-instance-file",
                                      "LIST=a b c",
                                      "MAESTRO_ENVIRONMENT_NAME=orch-fields",
                                      "SERVICE_NAME=store",
                                      "INST_FILE=a=b",
                                      "STORE_ID=1",
                                      "FLAG=False",
                                      "RATIO=1.5",
                                      "CONTAINER_NAME=mdt-orch-fstore-1",
                                      "CONTAINER_HOST_ADDRESS=127.0.0.1",
                                      "DOCKER_IMAGE=@IMAGE@",
                                      "DOCKER_TAG=test",
                                      "STORE_MDT_ORCH_FSTORE_1_HOST=127.0.0.1",
                                      "STORE_MDT_ORCH_FSTORE_1_API_PORT=@PORT110@",
                                      "STORE_MDT_ORCH_FSTORE_1_API_INTERNAL_PORT=7100",
                                      "STORE_INSTANCES=mdt-orch-fstore-1",
                                      "PATH=/bin",
                                  };
        QStringList app{
            "MAESTRO_ENVIRONMENT_NAME=orch-fields",
            "SERVICE_NAME=app",
            "CONTAINER_NAME=mdt-orch-fapp-1",
            "CONTAINER_HOST_ADDRESS=127.0.0.1",
            "DOCKER_IMAGE=@CANARY@",
            "DOCKER_TAG=canary",
            "APP_MDT_ORCH_FAPP_1_HOST=127.0.0.1",
            "APP_INSTANCES=mdt-orch-fapp-1",
            "STORE_MDT_ORCH_FSTORE_1_HOST=127.0.0.1",
            "STORE_MDT_ORCH_FSTORE_1_API_PORT=@PORT110@",
            "STORE_INSTANCES=mdt-orch-fstore-1",
            "PATH=/bin",
        };
        for (const auto &[name, external, internal] :
             QList<std::tuple<const char *, const char *, const char *>>{
                 {"P_INT", "@PORT111@", "@PORT111@"},
                 {"P_UDP", "@PORT112@", "@PORT112@"},
                 {"P_MAP", "@PORT113@", "8080"},
                 {"P_UDPMAP", "@PORT114@", "53"},
                 {"P_RANGE", "@PORT115@-@PORT116@", "@PORT115@-@PORT116@"},
                 {"P_INRANGE", "@PORT117@-@PORT119@", "9000"},
                 {"P_DICT", "@PORT120@", "7000"},
                 {"P_DICTIP", "@PORT121@", "7001"}}) {
            app << QStringLiteral("APP_MDT_ORCH_FAPP_1_%1_PORT=%2")
                       .arg(QLatin1String(name), QLatin1String(external))
                << QStringLiteral("APP_MDT_ORCH_FAPP_1_%1_INTERNAL_PORT=%2")
                       .arg(QLatin1String(name), QLatin1String(internal));
        }
        QTest::addRow("app") << QStringLiteral("mdt-orch-fapp-1") << app;
        // wants_info exports the store's variables too; on orch2 the host address is its ip.
        QTest::addRow("edge") << QStringLiteral("mdt-orch-fedge-1")
                              << QStringList{
                                     "MAESTRO_ENVIRONMENT_NAME=orch-fields",
                                     "SERVICE_NAME=edge",
                                     "CONTAINER_NAME=mdt-orch-fedge-1",
                                     "CONTAINER_HOST_ADDRESS=127.0.0.2",
                                     "DOCKER_IMAGE=@IMAGE@",
                                     "DOCKER_TAG=test",
                                     "EDGE_MDT_ORCH_FEDGE_1_HOST=127.0.0.2",
                                     "EDGE_MDT_ORCH_FEDGE_2_HOST=127.0.0.2",
                                     "EDGE_INSTANCES=mdt-orch-fedge-1,mdt-orch-fedge-2",
                                     "STORE_MDT_ORCH_FSTORE_1_HOST=127.0.0.1",
                                     "STORE_MDT_ORCH_FSTORE_1_API_PORT=@PORT110@",
                                     "STORE_INSTANCES=mdt-orch-fstore-1",
                                     "PATH=/bin",
                                 };
    }

    void environment()
    {
        QFETCH(QString, instance);
        QFETCH(QStringList, expected);
        QStringList want;
        for (const QString &entry : std::as_const(expected))
            want << substitute(entry);
        QStringList got;
        for (const QJsonValue &v :
             at(m_inspected.value(instance), QStringLiteral("Config.Env")).toArray())
            got << v.toString();
        want.sort();
        got.sort();
        QCOMPARE(got, want);
    }

    // The same containers against what our create body says, member by member.
    void crossCheckWithCreateBody()
    {
        const Core::LoadResult loaded = Core::loadEnvironment({m_file, {}, {}});
        QVERIFY(loaded.environment);
        for (const Core::Instance &instance : loaded.environment->instances) {
            QVERIFY(m_inspected.contains(instance.name));
            Tests::compareWithCreateBody(
                Core::containerCreateBody(*loaded.environment, instance, {}),
                m_inspected.value(instance.name), instance.name);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // status sees all four running; stop -a leaves all down.
    void statusAndStop()
    {
        QHash<QString, QString> rows = Tests::OrchTestShips::statusRows(m_file);
        QCOMPARE(rows.size(), 4);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QVERIFY2(it.value() == QLatin1String("running"),
                     qPrintable(it.key() + QLatin1Char(' ') + it.value()));
        const Tests::MaestroRun stop = Tests::OrchTestShips::maestro(
            {QStringLiteral("-f"), m_file, QStringLiteral("stop"), QStringLiteral("-a")});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.out + stop.err));
        rows = Tests::OrchTestShips::statusRows(m_file);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QVERIFY2(it.value() == QLatin1String("down"),
                     qPrintable(it.key() + QLatin1Char(' ') + it.value()));
    }
};

QTEST_GUILESS_MAIN(tst_CreatedContainers)
#include "tst_createdcontainers.moc"
