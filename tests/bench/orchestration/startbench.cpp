// SPDX-License-Identifier: GPL-3.0-or-later
#include "startbench.h"

#include "benchsupport.h"
#include "rawhttp.h"

#include "orchestration/plan/planbuilder.h"
#include "orchestration/run/planrunner.h"
#include "orchestration/ships/awaitresult.h"
#include "orchestration/ships/shipapi.h"
#include "orchestration/ships/shipclients.h"
#include "orchestration/ships/shipconnections.h"
#include "orchestration/tasks/commandtasks.h"

#include "core/model/containercreatebody.h"
#include "core/model/environmentloader.h"
#include "docker/engineclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>

namespace Maestro::Bench {

namespace {

constexpr int kLevels = 4;

// The services use host networking: a port published through docker-proxy would accept
// connections as soon as the container starts, so a tcp check through it could not tell
// whether the service listens yet. With `net: host` the check connects to the service.
// Returns the first of `count` consecutive ports nobody listens on, from a random base so
// that runs do not meet ports left in TIME_WAIT by the previous one.
int freePortBase(int count)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int base = QRandomGenerator::global()->bounded(20000, 40000);
        bool free = true;
        for (int port = base; free && port < base + count; ++port) {
            QTcpServer probe;
            free = probe.listen(QHostAddress::Any, quint16(port));
        }
        if (free)
            return base;
    }
    return 0;
}

// Instance i of the run: its level, port and the delay before its service listens.
struct Service
{
    QString name;
    int level = 0;
    int port = 0;
    double delaySeconds = 0;
};

QList<Service> servicesOf(int count, int portBase)
{
    QList<Service> services;
    const int perLevel = count / kLevels;
    for (int level = 0; level < kLevels; ++level) {
        for (int i = 0; i < perLevel; ++i) {
            const int index = level * perLevel + i;
            // 0.2 s .. 1.2 s, spread over each level.
            const double delay = 0.2 + double((index * 7) % 11) / 10.0;
            services.append(
                {QStringLiteral("mdt-orch-bstart-%1-%2").arg(level).arg(i, 3, 10, QLatin1Char('0')),
                 level, portBase + index, delay});
        }
    }
    return services;
}

Core::EnvironmentPtr environmentOf(const QHash<QString, QString> &shipsEnv,
                                   const QList<Service> &services)
{
    QString yaml = QStringLiteral("name: benchstart\nships:\n"
                                  "  orch1: {ip: 127.0.0.1, socket_path: %1, timeout: 60}\n"
                                  "  orch2: {ip: 127.0.0.1, docker_port: %2, timeout: 60}\n"
                                  "services:\n")
                       .arg(shipsEnv.value(QStringLiteral("MDT_ORCH1_SOCKET")),
                            shipsEnv.value(QStringLiteral("MDT_ORCH2_TCP_PORT")));
    for (int level = 0; level < kLevels; ++level) {
        yaml += QStringLiteral("  l%1:\n    image: %2\n")
                    .arg(level)
                    .arg(shipsEnv.value(QStringLiteral("MDT_ORCH_IMAGE")));
        if (level > 0)
            yaml += QStringLiteral("    requires: [l%1]\n").arg(level - 1);
        yaml += QStringLiteral("    instances:\n");
        int i = 0;
        for (const Service &s : services) {
            if (s.level != level)
                continue;
            yaml += QStringLiteral(
                        "      %1:\n        ship: orch%2\n        net: host\n"
                        "        stop_timeout: 1\n"
                        "        ports: {svc: \"%3:%3\"}\n"
                        "        command: [sh, -c, \"sleep %4; exec httpd -f -p %3\"]\n"
                        "        lifecycle: {running: [{type: tcp, port: svc, max_wait: 60}]}\n")
                        .arg(s.name)
                        .arg(i++ % 2 + 1)
                        .arg(s.port)
                        .arg(s.delaySeconds, 0, 'f', 1);
        }
    }
    const Core::LoadResult loaded
        = Core::loadEnvironmentText(yaml, QStringLiteral("benchstart.yaml"), QDir::tempPath(), {});
    return loaded.environment;
}

bool accepts(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    const bool connected = socket.waitForConnected(200);
    socket.abort();
    return connected;
}

// One instance of the lower bound: create, start as soon as the create returned, then
// connect every 5 ms until the service accepts. The calls go on their own connections,
// as curl's would (RawHttp), so the bound does not share our client's pool or limits.
// False when a call failed or it timed out.
bool rawInstance(const Core::EnvironmentPtr &env, const Core::Instance &instance, int port)
{
    const Core::Ship &ship = *env->ship(instance.ship);
    const QByteArray body
        = QJsonDocument(Core::containerCreateBody(*env, instance)).toJson(QJsonDocument::Compact);
    const RawHttp::Reply created
        = RawHttp::send(ship, "POST", "/containers/create?name=" + instance.name.toUtf8(), body);
    if (created.status != 201)
        return false;
    const QByteArray id
        = QJsonDocument::fromJson(created.body).object().value(u"Id").toString().toUtf8();
    if (RawHttp::send(ship, "POST", "/containers/" + id + "/start").status != 204)
        return false;
    QElapsedTimer clock;
    clock.start();
    while (!accepts(port)) {
        if (clock.elapsed() > 60000)
            return false;
        QThread::msleep(5);
    }
    return true;
}

// The lower bound: per level, every instance on its own thread (rawInstance), the next
// level once all of them accept connections. Returns milliseconds, or -1 when one failed.
double rawStart(const Core::EnvironmentPtr &env, const QList<Service> &services)
{
    QThreadPool pool;
    pool.setMaxThreadCount(int(services.size()));
    QElapsedTimer clock;
    clock.start();
    for (int level = 0; level < kLevels; ++level) {
        QList<QFuture<bool>> instances;
        for (const Service &s : services) {
            if (s.level == level)
                instances.append(QtConcurrent::run(
                    &pool, [&env, s] { return rawInstance(env, *env->instance(s.name), s.port); }));
        }
        for (QFuture<bool> &f : instances) {
            if (!f.result())
                return -1;
        }
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

double planStart(const Core::EnvironmentPtr &env, int *maxThreads)
{
    QElapsedTimer clock;
    clock.start();
    Orchestration::PlanRequest request;
    request.command = Orchestration::Command::Start;
    const auto plan = Orchestration::buildPlan(*env, request);
    if (!plan)
        return -1;
    Orchestration::ShipConnections clientsConnections;
    Orchestration::ShipClients clients(env, clientsConnections);
    Orchestration::CommandTasks tasks(env, clients, Orchestration::Command::Start);
    Orchestration::PlanRunner runner(*plan, 0, tasks.function());
    QEventLoop loop;
    int events = 0;
    QObject::connect(&runner, &Orchestration::PlanRunner::progress, &loop, [&] {
        if (++events % 64 == 0)
            *maxThreads = std::max(*maxThreads, threadCount());
    });
    QObject::connect(&runner, &Orchestration::PlanRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (!runner.isFinished())
        loop.exec();
    if (!runner.report().ok()) {
        std::printf("start failed: %s\n", qPrintable(runner.report().firstError->message));
        return -1;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int runStartBenchmark(const QHash<QString, QString> &shipsEnv, int count, int rounds)
{
    count -= count % kLevels;
    QList<double> rawMs;
    QList<double> planMs;
    int maxThreads = 0;
    for (int round = 0; round < rounds; ++round) {
        // Alternate which goes first, so neither always meets the warmer daemons.
        for (const bool raw : {round % 2 == 0, round % 2 != 0}) {
            const int base = freePortBase(count);
            if (base == 0) {
                std::printf("no %d consecutive free ports found\n", count);
                return 1;
            }
            const QList<Service> services = servicesOf(count, base);
            const Core::EnvironmentPtr env = environmentOf(shipsEnv, services);
            if (!env) {
                std::printf("the generated environment did not load\n");
                return 1;
            }
            Orchestration::ShipConnections clientsConnections;
            Orchestration::ShipClients clients(env, clientsConnections);
            removeAll(env, clients);
            const double ms = raw ? rawStart(env, services) : planStart(env, &maxThreads);
            removeAll(env, clients);
            if (ms < 0) {
                std::printf("%s start failed: figures invalid\n", raw ? "raw" : "planned");
                return 1;
            }
            (raw ? rawMs : planMs).append(ms);
            std::printf("round %d %-7s %8.0f ms\n", round + 1, raw ? "raw" : "maestro", ms);
            std::fflush(stdout);
        }
    }
    std::printf("start of %d instances in %d levels on 2 ships, tcp checks on services opening "
                "0.2-1.2 s late: median %.0f ms; raw create+start+first connect on own connections "
                "(as curl), level by "
                "level: median %.0f ms; ratio %.3f (target <= 1.1); threads at most %d; peak "
                "RSS %s\n",
                count, kLevels, median(planMs), median(rawMs),
                median(planMs) / std::max(0.001, median(rawMs)), maxThreads, qPrintable(peakRss()));
    return 0;
}

} // namespace Maestro::Bench
