// SPDX-License-Identifier: GPL-3.0-or-later
// `status` of N containers spread over the two orchestration test ships, against the lower
// bound of the same work done with raw concurrent list calls (issue 4's speed target: at
// most 2 requests per ship and 1.5 times the raw calls). Also reports the threads and the
// peak memory of the process.
//
//   tests/integration/orchestration/orchships.sh start /tmp/mdt-orch-bench
//   MDT_ORCH_ENV=/tmp/mdt-orch-bench/orch.env build/tests/bench/orchestration/bench_orchestration
//   [N]
//   MDT_ORCH_ENV=... bench_orchestration start [N [ROUNDS]]   (startbench.cpp: N instances
//   in 4 dependent levels with tcp checks; default 60 instances, 5 rounds)
//   tests/integration/orchestration/orchships.sh stop /tmp/mdt-orch-bench
//
// The containers (mdt-orch-bench-*) are created (not started) and removed again.
#include "benchsupport.h"
#include "startbench.h"

#include "orchestration/plan/planbuilder.h"
#include "orchestration/run/planrunner.h"
#include "orchestration/ships/awaitresult.h"
#include "orchestration/ships/shipclients.h"
#include "orchestration/ships/shipconnections.h"
#include "orchestration/tasks/commandtasks.h"

#include "core/model/containercreatebody.h"
#include "core/model/environmentloader.h"
#include "docker/engineclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Maestro;

using namespace Maestro::Bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool start = !args.isEmpty() && args.first() == QLatin1String("start");
    if (start)
        args.removeFirst();
    const int count = !args.isEmpty() ? std::max(4, args.first().toInt()) : (start ? 60 : 500);
    const QHash<QString, QString> shipsEnv = readShipsEnv();
    if (!shipsEnv.isEmpty() && start)
        return runStartBenchmark(shipsEnv, count,
                                 args.size() > 1 ? std::max(1, args.at(1).toInt()) : 5);
    if (shipsEnv.isEmpty()) {
        std::fprintf(stderr, "set MDT_ORCH_ENV to orchships.sh's orch.env\n");
        return 2;
    }
    const QString image = shipsEnv.value(QStringLiteral("MDT_ORCH_IMAGE"));
    QString yaml = QStringLiteral("name: bench\nships:\n  orch1: {ip: 127.0.0.1, socket_path: %1}\n"
                                  "  orch2: {ip: 127.0.0.1, docker_port: %2, timeout: 30}\n"
                                  "services:\n  bench:\n    image: %3\n    instances:\n")
                       .arg(shipsEnv.value(QStringLiteral("MDT_ORCH1_SOCKET")),
                            shipsEnv.value(QStringLiteral("MDT_ORCH2_TCP_PORT")), image);
    for (int i = 0; i < count; ++i)
        yaml += QStringLiteral("      mdt-orch-bench-%1: {ship: orch%2}\n")
                    .arg(i, 4, 10, QLatin1Char('0'))
                    .arg(i % 2 + 1);
    const Core::LoadResult loaded
        = Core::loadEnvironmentText(yaml, QStringLiteral("bench.yaml"), QDir::tempPath(), {});
    if (!loaded.environment) {
        std::fprintf(stderr, "environment did not load\n");
        return 1;
    }
    const Core::EnvironmentPtr env = loaded.environment;

    Orchestration::ShipConnections setupConnections;

    Orchestration::ShipClients setup(env, setupConnections);
    std::printf("creating %d containers on 2 ships...\n", count);
    QElapsedTimer clock;
    clock.start();
    QList<QFuture<Core::Result<Docker::CreatedContainer>>> creations;
    for (const Core::Instance &instance : env->instances) {
        QJsonObject body{{QStringLiteral("Image"), image},
                         {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("true")}}};
        creations.append(setup.client(instance.ship)->createContainer(instance.name, body));
    }
    int created = 0;
    for (auto &f : creations)
        created += Orchestration::awaitResult(f).ok() ? 1 : 0;
    std::printf("created %d in %.1f s\n", created, double(clock.elapsed()) / 1000.0);

    QList<double> raw;
    QList<double> status;
    QList<double> planMs;
    int listsOrch1 = 0;
    int listsOrch2 = 0;
    int maxThreads = 0;
    int events = 0;
    int rows = 0;
    for (int round = 0; round < 5; ++round) {
        // Lower bound: both ships' lists at once, on warm connections.
        clock.restart();
        auto a = setup.client(QStringLiteral("orch1"))->listContainers();
        auto b = setup.client(QStringLiteral("orch2"))->listContainers();
        const bool ok = Orchestration::awaitResult(a).ok() && Orchestration::awaitResult(b).ok();
        raw.append(double(clock.nsecsElapsed()) / 1e6);
        if (!ok)
            return 1;

        // What `maestro status` does: plan, fresh clients (connect included), one list per ship.
        clock.restart();
        Orchestration::PlanRequest request;
        request.command = Orchestration::Command::Status;
        const auto plan = Orchestration::buildPlan(*env, request);
        planMs.append(double(clock.nsecsElapsed()) / 1e6);
        Orchestration::ShipConnections clientsConnections;
        Orchestration::ShipClients clients(env, clientsConnections);
        Orchestration::CommandTasks tasks(env, clients, Orchestration::Command::Status);
        Orchestration::PlanRunner runner(*plan, 0, tasks.function());
        QEventLoop loop;
        QObject::connect(&runner, &Orchestration::PlanRunner::progress, &loop, [&] {
            // Sampled: reading /proc on every event would dominate what is measured.
            if (++events % 64 == 0)
                maxThreads = std::max(maxThreads, threadCount());
        });
        QObject::connect(&runner, &Orchestration::PlanRunner::finished, &loop, &QEventLoop::quit);
        runner.start();
        if (!runner.isFinished())
            loop.exec();
        status.append(double(clock.nsecsElapsed()) / 1e6);
        rows = runner.report().count(Orchestration::StepState::Done);
        listsOrch1 = clients.listRequests(QStringLiteral("orch1"));
        listsOrch2 = clients.listRequests(QStringLiteral("orch2"));
    }
    std::printf("status of %d containers (%d rows done): median %.1f ms; raw concurrent list "
                "calls: median %.1f ms; ratio %.2f\n",
                count, rows, median(status), median(raw),
                median(status) / std::max(0.001, median(raw)));
    std::printf("of which building the plan: median %.1f ms\n", median(planMs));
    std::printf("container list requests: orch1 %d, orch2 %d (plus one /_ping probe each)\n",
                listsOrch1, listsOrch2);
    std::printf("threads at most %d during status (pool cap %d); peak RSS %s\n", maxThreads,
                Orchestration::PlanRunner::UnlimitedWorkerCap, qPrintable(peakRss()));

    clock.restart();
    removeAll(env, setup);
    std::printf("removed in %.1f s\n", double(clock.elapsed()) / 1000.0);
    return 0;
}
