// SPDX-License-Identifier: GPL-3.0-or-later
// configDrift() against inspect output captured from a docker.io 20.10 daemon
// (tests/data/orchestration/drift: containers created by `maestro start` from kEnvironment,
// and the image they run), with the configuration or the inspect JSON changed per row.
#include "orchestration/live/configdrift.h"

#include "core/model/environmentloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;

namespace {

// The environment the fixtures were created from (paths are only compared, never used).
const char *kEnvironment = R"(__maestro: {schema: 2}
name: orchcore-drift
ships:
  orch1: {ip: 127.0.0.1, socket_path: /tmp/orchcore-ships/orch1.sock}
services:
  base:
    image: mdt-orch/busybox:test
    instances:
      oc-base-1:
        ship: orch1
        command: ["sleep", "3600"]
  full:
    image: mdt-orch/busybox:test
    requires: [base]
    instances:
      oc-full-1:
        ship: orch1
        command: ["sleep", "3600"]
        username: root
        workdir: /tmp
        env: {A: 1, B: true, C: "x y"}
        labels: {team: orch, tier: test}
        ports: {dns: "53/udp:18253/udp", admin: "8080:18205", r: "9000-9001:19000-19001"}
        volumes:
          /tmp/orchcore-fix/vol: /data
          /tmp/orchcore-fix: {target: /ro, mode: ro}
        container_volumes: [/scratch]
        volumes_from: [oc-base-1]
        links: {oc-base-1: basealias}
        restart: {name: on-failure, retries: 3}
        limits: {memory: 64m, swap: 128m, cpu: 512}
        dns: [10.0.0.1]
        extra_hosts: {foo: 10.1.1.1}
        cap_add: [NET_ADMIN]
        cap_drop: [MKNOD]
        security_opt: ["no-new-privileges"]
        ulimits: {nofile: 1024}
        log_driver: json-file
        log_opt: {max-size: 1m}
)";

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(MAESTRO_TEST_DATA_DIR "/orchestration/drift/") + name
               + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets `path` ("HostConfig/Memory") in `object` to `value`; "Config/Env+" appends to the
// array there instead.
void setPath(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        QString key = path.first();
        if (key.endsWith(QLatin1Char('+'))) {
            key.chop(1);
            QJsonArray list = object.value(key).toArray();
            list.append(value);
            object.insert(key, list);
        } else {
            object.insert(key, value);
        }
        return;
    }
    QJsonObject child = object.value(path.first()).toObject();
    setPath(child, path.mid(1), value);
    object.insert(path.first(), child);
}

Core::EnvironmentPtr load(const QString &yaml)
{
    return Core::loadEnvironmentText(yaml, QStringLiteral("drift.yaml"), QStringLiteral("/tmp"), {})
        .environment;
}

QStringList fields(const QList<DriftItem> &drift)
{
    QStringList out;
    for (const DriftItem &item : drift)
        out << item.field;
    return out;
}

} // namespace

class TestConfigDrift : public QObject
{
    Q_OBJECT

private slots:
    void drift_data();
    void drift();
    void itemsCarryBothValues();
    void describeNamesEveryField();
};

void TestConfigDrift::drift_data()
{
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("yamlFrom"); // replaced in kEnvironment ("" = unchanged)
    QTest::addColumn<QString>("yamlTo");
    QTest::addColumn<QString>("jsonPath"); // changed in the inspect JSON ("" = unchanged)
    QTest::addColumn<QJsonValue>("jsonValue");
    QTest::addColumn<bool>("withImage");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    for (const bool image : {false, true}) {
        const char *suffix = image ? " (image known)" : " (image unknown)";
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(QString::fromLatin1(name) + QLatin1String(suffix)));
        };
        row("full matches") << "oc-full-1"
                            << ""
                            << ""
                            << "" << QJsonValue() << image << none;
        row("base matches") << "oc-base-1"
                            << ""
                            << ""
                            << "" << QJsonValue() << image << none;
        row("command") << "oc-full-1"
                       << R"(["sleep", "3600"]
        username)"
                       << R"(["sleep", "60"]
        username)"
                       << "" << QJsonValue() << image << QStringList{"command"};
        row("env value") << "oc-full-1"
                         << "C: \"x y\""
                         << "C: \"x z\""
                         << "" << QJsonValue() << image << QStringList{"env.C"};
        row("env added") << "oc-full-1"
                         << "C: \"x y\""
                         << "C: \"x y\", D: new"
                         << "" << QJsonValue() << image << QStringList{"env.D"};
        row("label") << "oc-full-1"
                     << "tier: test"
                     << "tier: prod"
                     << "" << QJsonValue() << image << QStringList{"labels.tier"};
        row("port") << "oc-full-1"
                    << "admin: \"8080:18205\""
                    << "admin: \"8080:18206\""
                    << "" << QJsonValue() << image
                    << QStringList{"ports", "env.FULL_OC_FULL_1_ADMIN_PORT"};
        row("port added") << "oc-full-1"
                          << "admin: \"8080:18205\""
                          << "admin: \"8080:18205\", x: \"81:18281\""
                          << "" << QJsonValue() << image
                          << QStringList{"ports", "exposed ports", "env.FULL_OC_FULL_1_X_PORT",
                                         "env.FULL_OC_FULL_1_X_INTERNAL_PORT"};
        row("bind mode") << "oc-full-1"
                         << "mode: ro"
                         << "mode: rw"
                         << "" << QJsonValue() << image << QStringList{"volumes"};
        row("container volume") << "oc-full-1"
                                << "[/scratch]"
                                << "[/scratch, /cache]"
                                << "" << QJsonValue() << image << QStringList{"container_volumes"};
        row("volumes_from") << "oc-full-1"
                            << "volumes_from: [oc-base-1]"
                            << ""
                            << "" << QJsonValue() << image << QStringList{"volumes_from"};
        row("link alias") << "oc-full-1"
                          << "basealias"
                          << "other"
                          << "" << QJsonValue() << image << QStringList{"links"};
        row("restart") << "oc-full-1"
                       << "retries: 3"
                       << "retries: 5"
                       << "" << QJsonValue() << image << QStringList{"restart"};
        row("memory") << "oc-full-1"
                      << "memory: 64m"
                      << "memory: 32m"
                      << "" << QJsonValue() << image << QStringList{"limits.memory"};
        row("cpu") << "oc-full-1"
                   << "cpu: 512"
                   << "cpu: 256"
                   << "" << QJsonValue() << image << QStringList{"limits.cpu"};
        row("dns") << "oc-full-1"
                   << "[10.0.0.1]"
                   << "[10.0.0.2]"
                   << "" << QJsonValue() << image << QStringList{"dns"};
        row("capabilities") << "oc-full-1"
                            << "[MKNOD]"
                            << "[MKNOD, CHOWN]"
                            << "" << QJsonValue() << image << QStringList{"cap_drop"};
        row("ulimit") << "oc-full-1"
                      << "nofile: 1024"
                      << "nofile: 2048"
                      << "" << QJsonValue() << image << QStringList{"ulimits"};
        row("log option") << "oc-full-1"
                          << "max-size: 1m"
                          << "max-size: 2m"
                          << "" << QJsonValue() << image << QStringList{"log_opt.max-size"};
        row("user and workdir") << "oc-full-1"
                                << "username: root\n        workdir: /tmp"
                                << "username: nobody\n        workdir: /var"
                                << "" << QJsonValue() << image
                                << QStringList{"username", "workdir"};
        row("image by normalised name")
            << "oc-full-1"
            << ""
            << ""
            << "Config/Image" << QJsonValue(QStringLiteral("docker.io/mdt-orch/busybox:test"))
            << image << none;
        row("privileged") << "oc-base-1"
                          << "command: [\"sleep\", \"3600\"]\n  full"
                          << "command: [\"sleep\", \"3600\"]\n        privileged: true\n  full"
                          << "" << QJsonValue() << image << QStringList{"privileged"};
        row("net") << "oc-base-1"
                   << "command: [\"sleep\", \"3600\"]\n  full"
                   << "command: [\"sleep\", \"3600\"]\n        net: host\n  full"
                   << "" << QJsonValue() << image << QStringList{"net"};
        // The daemon's own additions are not drift.
        row("bridge spelled out") << "oc-base-1"
                                  << ""
                                  << ""
                                  << "HostConfig/NetworkMode"
                                  << QJsonValue(QStringLiteral("bridge")) << image << none;
        row("null lists") << "oc-base-1"
                          << ""
                          << ""
                          << "HostConfig/Dns" << QJsonValue() << image << none;
        row("daemon log driver") << "oc-base-1"
                                 << ""
                                 << ""
                                 << "HostConfig/LogConfig/Type"
                                 << QJsonValue(QStringLiteral("journald")) << image << none;
    }
    // Values the configuration leaves to the image are compared only when it is known.
    const QJsonValue extraEnv(QStringLiteral("OLD=1"));
    QTest::newRow("stale env var, image unknown")
        << "oc-base-1"
        << ""
        << ""
        << "Config/Env+" << extraEnv << false << QStringList{};
    QTest::newRow("stale env var, image known")
        << "oc-base-1"
        << ""
        << ""
        << "Config/Env+" << extraEnv << true << QStringList{"env.OLD"};
    QTest::newRow("image tag, image unknown")
        << "oc-full-1"
        << "image: mdt-orch/busybox:test\n    requires"
        << "image: mdt-orch/busybox:other\n    requires"
        << "" << QJsonValue() << false
        << QStringList{"image", "env.DOCKER_IMAGE", "env.DOCKER_TAG"};
    QTest::newRow("image default command, image known")
        << "oc-base-1"
        << "command: [\"sleep\", \"3600\"]\n  full"
        << "\n  full"
        << "Config/Cmd" << QJsonValue(QJsonArray{QStringLiteral("/bin/sh")}) << true
        << QStringList{};
    QTest::newRow("command removed, image known")
        << "oc-base-1"
        << "command: [\"sleep\", \"3600\"]\n  full"
        << "\n  full"
        << "" << QJsonValue() << true << QStringList{"command"};
    QTest::newRow("command removed, image unknown") << "oc-base-1"
                                                    << "command: [\"sleep\", \"3600\"]\n  full"
                                                    << "\n  full"
                                                    << "" << QJsonValue() << false << QStringList{};
    QTest::newRow("other image id, image known")
        << "oc-full-1"
        << ""
        << ""
        << "Image" << QJsonValue(QStringLiteral("sha256:0123456789ab")) << true
        << QStringList{"image"};
    QTest::newRow("other image id, image unknown")
        << "oc-full-1"
        << ""
        << ""
        << "Image" << QJsonValue(QStringLiteral("sha256:0123456789ab")) << false << QStringList{};
    QTest::newRow("image label, image known")
        << "oc-base-1"
        << ""
        << ""
        << "Config/Labels"
        << QJsonValue(QJsonObject{{QStringLiteral("from-image"), QStringLiteral("x")}}) << true
        << QStringList{"labels.from-image"};
}

void TestConfigDrift::drift()
{
    QFETCH(QString, container);
    QFETCH(QString, yamlFrom);
    QFETCH(QString, yamlTo);
    QFETCH(QString, jsonPath);
    QFETCH(QJsonValue, jsonValue);
    QFETCH(bool, withImage);
    QFETCH(QStringList, expected);

    QString yaml = QString::fromUtf8(kEnvironment);
    if (!yamlFrom.isEmpty()) {
        QVERIFY2(yaml.contains(yamlFrom), qPrintable(yamlFrom));
        yaml.replace(yamlFrom, yamlTo);
    }
    const Core::EnvironmentPtr environment = load(yaml);
    QVERIFY(environment);
    const Core::Instance *instance = environment->instance(container);
    QVERIFY(instance);

    QJsonObject inspect = fixture(container.section(QLatin1Char('-'), 1, 1));
    if (!jsonPath.isEmpty())
        setPath(inspect, jsonPath.split(QLatin1Char('/')), jsonValue);
    const Docker::ContainerDetails details = Docker::ContainerDetails::fromJson(inspect);
    std::optional<Docker::ImageDetails> image;
    if (withImage)
        image = Docker::ImageDetails::fromJson(fixture(QStringLiteral("image")));

    const QList<DriftItem> drift = configDrift(*environment, *instance, details, image);
    QStringList got = fields(drift);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void TestConfigDrift::itemsCarryBothValues()
{
    QString yaml = QString::fromUtf8(kEnvironment);
    yaml.replace(QStringLiteral("C: \"x y\""), QStringLiteral("C: \"x z\""));
    yaml.replace(QStringLiteral("retries: 3"), QStringLiteral("retries: 5"));
    const Core::EnvironmentPtr environment = load(yaml);
    QVERIFY(environment);
    const QList<DriftItem> drift
        = configDrift(*environment, *environment->instance(QStringLiteral("oc-full-1")),
                      Docker::ContainerDetails::fromJson(fixture(QStringLiteral("full"))));
    QCOMPARE(drift.size(), 2);
    QVERIFY(drift.contains(
        DriftItem{QStringLiteral("env.C"), QStringLiteral("x z"), QStringLiteral("x y")}));
    QVERIFY(drift.contains(DriftItem{QStringLiteral("restart"), QStringLiteral("on-failure:5"),
                                     QStringLiteral("on-failure:3")}));
}

void TestConfigDrift::describeNamesEveryField()
{
    const QString text
        = describeDrift({{QStringLiteral("env.A"), QStringLiteral("1"), QString()},
                         {QStringLiteral("image"), QStringLiteral("a"), QStringLiteral("b")}});
    QCOMPARE(text, QStringLiteral("env.A: configured 1, container has (none); "
                                  "image: configured a, container has b"));
}

QTEST_GUILESS_MAIN(TestConfigDrift)
#include "tst_configdrift.moc"
