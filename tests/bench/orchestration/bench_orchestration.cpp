// SPDX-License-Identifier: GPL-3.0-or-later
// `status` of N containers spread over the two orchestration test ships, against the lower
// bound of the same work done with raw concurrent list calls (issue 4's speed target: at
// most 2 requests per ship and 1.5 times the raw calls). Also reports the threads and the
// peak memory of the process.
//
//   tests/integration/orchestration/orchships.sh start /tmp/mdt-orch-bench
//   MDT_ORCH_ENV=/tmp/mdt-orch-bench/orch.env build/tests/bench/orchestration/bench_orchestration
//   [N] MDT_ORCH_ENV=... bench_orchestration start [N]   (N instances in 4 dependent levels)
//   tests/integration/orchestration/orchships.sh stop /tmp/mdt-orch-bench
//
// The containers (mdt-orch-bench-*) are created (not started) and removed again.
#include "orchestration/commandtasks.h"
#include "orchestration/planbuilder.h"
#include "orchestration/planrunner.h"
#include "orchestration/shipclients.h"

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

namespace {

template<typename T>
Core::Result<T> wait(QFuture<Core::Result<T>> future)
{
    future.waitForFinished();
    if (future.resultCount() == 0)
        return Core::Error{QStringLiteral("cancelled"), {}, {}};
    return future.result();
}

QHash<QString, QString> readEnv()
{
    QHash<QString, QString> env;
    QFile file(qEnvironmentVariable("MDT_ORCH_ENV"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    return env;
}

int threads()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromUtf8(line.mid(6).trimmed());
    }
    return {};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void removeAll(const Core::EnvironmentPtr &env, Orchestration::ShipClients &clients)
{
    QList<Docker::EngineClient::VoidFuture> removals;
    for (const Core::Instance &instance : env->instances) {
        Docker::RemoveOptions remove;
        remove.force = true;
        removals.append(clients.client(instance.ship)->removeContainer(instance.name, remove));
    }
    for (auto &f : removals)
        (void)wait(f);
}

// `start` of `count` instances in 4 levels (each level requires the previous one) against
// the raw lower bound: per level, every create and start sent at once, the next level
// after the last start returned.
int benchStart(const QHash<QString, QString> &shipsEnv, int count)
{
    const QString image = shipsEnv.value(QStringLiteral("MDT_ORCH_IMAGE"));
    QString yaml
        = QStringLiteral(
              "name: benchstart\nships:\n  orch1: {ip: 127.0.0.1, socket_path: %1, timeout: 60}\n"
              "  orch2: {ip: 127.0.0.1, docker_port: %2, timeout: 60}\nservices:\n")
              .arg(shipsEnv.value(QStringLiteral("MDT_ORCH1_SOCKET")),
                   shipsEnv.value(QStringLiteral("MDT_ORCH2_TCP_PORT")));
    for (int level = 0; level < 4; ++level) {
        yaml += QStringLiteral("  l%1:\n    image: %2\n").arg(level).arg(image);
        if (level > 0)
            yaml += QStringLiteral("    requires: [l%1]\n").arg(level - 1);
        yaml += QStringLiteral("    instances:\n");
        for (int i = 0; i < count / 4; ++i)
            yaml += QStringLiteral("      mdt-orch-bstart-%1-%2: {ship: orch%3, command: [sleep, "
                                   "'3600'], stop_timeout: 1}\n")
                        .arg(level)
                        .arg(i, 3, 10, QLatin1Char('0'))
                        .arg(i % 2 + 1);
    }
    const Core::LoadResult loaded
        = Core::loadEnvironmentText(yaml, QStringLiteral("benchstart.yaml"), QDir::tempPath(), {});
    if (!loaded.environment)
        return 1;
    const Core::EnvironmentPtr env = loaded.environment;
    Orchestration::ShipClients raw(env);
    removeAll(env, raw);

    QList<double> rawMs;
    QList<double> planMs;
    int rawFailures = 0;
    int maxThreads = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer clock;
        clock.start();
        for (int level = 0; level < 4; ++level) {
            QList<
                std::pair<const Core::Instance *, QFuture<Core::Result<Docker::CreatedContainer>>>>
                created;
            for (const Core::Instance &instance : env->instances) {
                if (instance.service == QStringLiteral("l%1").arg(level))
                    created.append(
                        {&instance, raw.client(instance.ship)
                                        ->createContainer(instance.name, Core::containerCreateBody(
                                                                             *env, instance))});
            }
            QList<Docker::EngineClient::VoidFuture> started;
            for (auto &[instance, future] : created) {
                const auto id = wait(future);
                if (id)
                    started.append(raw.client(instance->ship)->startContainer(id->id));
                else
                    ++rawFailures;
            }
            for (auto &f : started)
                rawFailures += wait(f).ok() ? 0 : 1;
        }
        rawMs.append(double(clock.nsecsElapsed()) / 1e6);
        removeAll(env, raw);

        clock.restart();
        Orchestration::PlanRequest request;
        request.command = QStringLiteral("start");
        const auto plan = Orchestration::buildPlan(*env, request);
        Orchestration::ShipClients clients(env);
        Orchestration::CommandTasks tasks(env, clients, QStringLiteral("start"));
        Orchestration::PlanRunner runner(*plan, 0, tasks.function());
        QEventLoop loop;
        int events = 0;
        QObject::connect(&runner, &Orchestration::PlanRunner::progress, &loop, [&] {
            if (++events % 64 == 0)
                maxThreads = std::max(maxThreads, threads());
        });
        QObject::connect(&runner, &Orchestration::PlanRunner::finished, &loop, &QEventLoop::quit);
        runner.start();
        if (!runner.isFinished())
            loop.exec();
        planMs.append(double(clock.nsecsElapsed()) / 1e6);
        if (!runner.report().ok())
            std::printf("start failed: %s\n", qPrintable(runner.report().firstError->message));
        removeAll(env, raw);
    }
    if (rawFailures > 0)
        std::printf("raw calls failed %d times: figures invalid\n", rawFailures);
    std::printf("start of %d instances in 4 levels on 2 ships: median %.0f ms; raw level-by-level "
                "create+start: "
                "median %.0f ms; ratio %.2f; threads at most %d; peak RSS %s\n",
                int(env->instances.size()), median(planMs), median(rawMs),
                median(planMs) / std::max(0.001, median(rawMs)), maxThreads, qPrintable(peakRss()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool start = !args.isEmpty() && args.first() == QLatin1String("start");
    if (start)
        args.removeFirst();
    const int count = !args.isEmpty() ? std::max(4, args.first().toInt()) : (start ? 60 : 500);
    const QHash<QString, QString> shipsEnv = readEnv();
    if (!shipsEnv.isEmpty() && start)
        return benchStart(shipsEnv, count);
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

    Orchestration::ShipClients setup(env);
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
        created += wait(f).ok() ? 1 : 0;
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
        const bool ok = wait(a).ok() && wait(b).ok();
        raw.append(double(clock.nsecsElapsed()) / 1e6);
        if (!ok)
            return 1;

        // What `maestro status` does: plan, fresh clients (connect included), one list per ship.
        clock.restart();
        Orchestration::PlanRequest request;
        request.command = QStringLiteral("status");
        const auto plan = Orchestration::buildPlan(*env, request);
        planMs.append(double(clock.nsecsElapsed()) / 1e6);
        Orchestration::ShipClients clients(env);
        Orchestration::CommandTasks tasks(env, clients, QStringLiteral("status"));
        Orchestration::PlanRunner runner(*plan, 0, tasks.function());
        QEventLoop loop;
        QObject::connect(&runner, &Orchestration::PlanRunner::progress, &loop, [&] {
            // Sampled: reading /proc on every event would dominate what is measured.
            if (++events % 64 == 0)
                maxThreads = std::max(maxThreads, threads());
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
    QList<Docker::EngineClient::VoidFuture> removals;
    for (const Core::Instance &instance : env->instances) {
        Docker::RemoveOptions remove;
        remove.force = true;
        removals.append(setup.client(instance.ship)->removeContainer(instance.name, remove));
    }
    for (auto &f : removals)
        (void)wait(f);
    std::printf("removed in %.1f s\n", double(clock.elapsed()) / 1000.0);
    return 0;
}
