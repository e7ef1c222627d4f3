// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadhelper.h"

#include "core/model/containercreatebody.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Maestro::Core;

namespace {

// Spec 13.2's instance "with every common option".
const QString kEnvironment = QStringLiteral(R"(__maestro: {schema: 2}
name: demo
ships: {local: {ip: 127.0.0.1}}
services:
  zk:
    image: quay.io/foo/bar:1.0
    ports: {client: 2181}
    instances:
      zk-1:
        ship: local
        username: bob
        workdir: /w
        command: sh -c 'echo hi'
        ports: {peer: "2888:12888", dns: 53/udp}
        volumes:
          /data: /var/lib/zk
          /etc/lt: {target: /etc/localtime, mode: ro}
        container_volumes: [/scratch]
        env: {A: 1, B: true}
        limits: {memory: 1g, cpu: 2, swap: 200m}
        dns: 8.8.8.8
        extra_hosts: {h1: 1.2.3.4, h2: {ship: local}}
        links: {other: alias}
        restart: on-failure:3
        privileged: true
        cap_add: [NET_ADMIN]
        security_opt: [label:disable]
        ulimits: {nofile: {soft: 10, hard: 20}, nproc: 5}
        log_driver: syslog
        log_opt: {tag: x, n: 1}
        labels: [a, b]
  plain:
    image: busybox
    instances:
      p1: {ship: local, net: host}
)");

// What MaestroNG sends (spec 13.2), with CpuShares, Memory and MemorySwap moved into
// HostConfig and the legacy placeholders and empty LxcConf dropped (KW-37).
const char *kExpected
    = R"({"Image":"quay.io/foo/bar:1.0","Hostname":"zk-1","User":"bob","WorkingDir":"/w",
 "Cmd":["sh","-c","echo hi"],
 "Labels":{"a":"","b":""},
 "Env":["MAESTRO_ENVIRONMENT_NAME=demo","SERVICE_NAME=zk","A=1","B=True",
        "CONTAINER_NAME=zk-1","CONTAINER_HOST_ADDRESS=127.0.0.1",
        "DOCKER_IMAGE=quay.io/foo/bar:1.0","DOCKER_TAG=1.0",
        "ZK_ZK_1_HOST=127.0.0.1","ZK_ZK_1_CLIENT_PORT=2181","ZK_ZK_1_CLIENT_INTERNAL_PORT=2181",
        "ZK_ZK_1_PEER_PORT=12888","ZK_ZK_1_PEER_INTERNAL_PORT=2888",
        "ZK_ZK_1_DNS_PORT=53","ZK_ZK_1_DNS_INTERNAL_PORT=53","ZK_INSTANCES=zk-1"],
 "ExposedPorts":{"2181/tcp":{},"2888/tcp":{},"53/udp":{}},
 "Volumes":{"/var/lib/zk":{},"/etc/localtime":{},"/scratch":{}},
 "Tty":false,"OpenStdin":false,"StdinOnce":false,"AttachStdin":false,
 "AttachStdout":false,"AttachStderr":false,"NetworkDisabled":false,
 "HostConfig":{"Binds":["/data:/var/lib/zk:rw","/etc/lt:/etc/localtime:ro"],
  "PortBindings":{"2181/tcp":[{"HostIp":"0.0.0.0","HostPort":"2181"}],
                  "2888/tcp":[{"HostIp":"0.0.0.0","HostPort":"12888"}],
                  "53/udp":[{"HostIp":"0.0.0.0","HostPort":"53"}]},
  "Links":["other:alias"],"VolumesFrom":[],
  "RestartPolicy":{"Name":"on-failure","MaximumRetryCount":3},
  "Privileged":true,"CapAdd":["NET_ADMIN"],"Dns":["8.8.8.8"],
  "ExtraHosts":["h1:1.2.3.4","h2:127.0.0.1"],"SecurityOpt":["label:disable"],
  "Ulimits":[{"Name":"nofile","Soft":10,"Hard":20},{"Name":"nproc","Soft":5,"Hard":5}],
  "LogConfig":{"Type":"syslog","Config":{"tag":"x","n":"1"}},
  "Memory":1073741824,"MemorySwap":209715200,"CpuShares":2}})";

QJsonObject expected()
{
    return QJsonDocument::fromJson(kExpected).object();
}

} // namespace

class tst_ContainerCreateBody : public QObject
{
    Q_OBJECT
private slots:
    void everyCommonOption()
    {
        const auto r = loadText(kEnvironment);
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        const QJsonObject body
            = containerCreateBody(*r.environment, *r.environment->instance(QStringLiteral("zk-1")),
                                  QStringLiteral("1.18"));
        QVERIFY(!expected().isEmpty());
        QCOMPARE(QString::fromUtf8(QJsonDocument(body).toJson()),
                 QString::fromUtf8(QJsonDocument(expected()).toJson()));
    }

    void modernDaemonsGetTheDefaultNetworkMode()
    {
        const auto r = loadText(kEnvironment);
        const QJsonObject body
            = containerCreateBody(*r.environment, *r.environment->instance(QStringLiteral("zk-1")),
                                  QStringLiteral("1.41"));
        QCOMPARE(body.value(QStringLiteral("HostConfig"))
                     .toObject()
                     .value(QStringLiteral("NetworkMode"))
                     .toString(),
                 QStringLiteral("default"));
    }

    void netReplacesHostname()
    {
        const auto r = loadText(kEnvironment);
        const QJsonObject body
            = containerCreateBody(*r.environment, *r.environment->instance(QStringLiteral("p1")));
        QVERIFY(!body.contains(QStringLiteral("Hostname")));
        QVERIFY(!body.contains(QStringLiteral("ExposedPorts")));
        QVERIFY(!body.contains(QStringLiteral("Cmd")));
        const QJsonObject host = body.value(QStringLiteral("HostConfig")).toObject();
        QCOMPARE(host.value(QStringLiteral("NetworkMode")).toString(), QStringLiteral("host"));
        QVERIFY(!host.contains(QStringLiteral("PortBindings")));
        QVERIFY(!host.contains(QStringLiteral("Privileged")));
        QCOMPARE(host.value(QStringLiteral("Binds")).toArray().size(), 0);
        QCOMPARE(body.value(QStringLiteral("Volumes")).toObject().size(), 0);
        QCOMPARE(host.value(QStringLiteral("RestartPolicy"))
                     .toObject()
                     .value(QStringLiteral("Name"))
                     .toString(),
                 QStringLiteral("no"));
    }

    void portRangesAreExpanded()
    {
        const auto r = loadText(QStringLiteral(
            "name: n\nships: {s: {ip: h}}\nservices:\n"
            "  a: {image: x, instances: {a1: {ship: s, ports: {r: \"1234-1235:2234-2235\"}}}}\n"));
        QVERIFY2(r.environment, qPrintable(describe(r.diagnostics).join(QLatin1Char('\n'))));
        const QJsonObject body
            = containerCreateBody(*r.environment, *r.environment->instance(QStringLiteral("a1")));
        QCOMPARE(body.value(QStringLiteral("ExposedPorts")).toObject().keys(),
                 (QStringList{QStringLiteral("1234/tcp"), QStringLiteral("1235/tcp")}));
        const QJsonObject bindings = body.value(QStringLiteral("HostConfig"))
                                         .toObject()
                                         .value(QStringLiteral("PortBindings"))
                                         .toObject();
        QCOMPARE(bindings.value(QStringLiteral("1235/tcp"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("HostPort"))
                     .toString(),
                 QStringLiteral("2235"));
    }
};

QTEST_GUILESS_MAIN(tst_ContainerCreateBody)
#include "tst_containercreatebody.moc"
