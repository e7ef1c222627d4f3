// SPDX-License-Identifier: GPL-3.0-or-later
// maestro-desktop during a run (issue 5): the event-loop latency of the GUI thread while a
// 60-instance start runs against real daemons, with the tree, graph, run panel and
// timeline all following it. A 5 ms timer probe records how late each tick fires; the
// figures are the maximum and the 99th percentile. The daemons are orchships.sh's:
//   tests/integration/orchestration/orchships.sh start /tmp/mdt-bench-ships
//   ninja -C build bench_gui_run
//   MDT_ORCH_ENV=/tmp/mdt-bench-ships/orch.env build/tests/bench/gui/bench_gui_run [N [C]]
// (N instances, default 60; C: the plan's concurrency, default 0 = unlimited)
//   tests/integration/orchestration/orchships.sh stop /tmp/mdt-bench-ships
// The instances are split over both ships; their containers (mdt-bench-*) are removed
// before and after. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
// MDT_BENCH_TRACE=1 times every event delivery and, for each tick later than 20 ms, prints
// what the GUI thread ran in that gap and whether it was on a CPU at all.
#include "document/environmentdocument.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/livestate.h"
#include "gui/mainwindow.h"
#include "gui/run/runactions.h"
#include "gui/run/runcontroller.h"
#include "orchestration/ships/shipconnections.h"

#include "models/environmenttreemodel.h"
#include "models/runmodel.h"
#include "orchestration/live/statemonitor.h"
#include "orchestration/plan/planbuilder.h"

#include "docker/engineclient.h"

#include "eventlooptrace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Maestro;

namespace {

QHash<QString, QString> readEnvFile(const QString &path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

// Ten services of `instances / 10` each, every service requiring the previous one, so the
// run has waiting, gating and checks (a 1 s sleep check on each instance).
QString environmentText(const QHash<QString, QString> &env, int instances)
{
    QString text = QStringLiteral("__maestro: {schema: 2}\nname: bench-run\nships:\n"
                                  "  orch1: {ip: 127.0.0.1, socket_path: %1}\n"
                                  "  orch2: {ip: 127.0.0.1, endpoint: 127.0.0.1, docker_port: %2}\n"
                                  "services:\n")
                       .arg(env.value(QStringLiteral("MDT_ORCH1_SOCKET")),
                            env.value(QStringLiteral("MDT_ORCH2_TCP_PORT")));
    const int services = 10;
    int made = 0;
    for (int s = 0; s < services; ++s) {
        text += QStringLiteral("  svc%1:\n    image: %2\n")
                    .arg(s)
                    .arg(env.value(QStringLiteral("MDT_ORCH_IMAGE")));
        if (s > 0)
            text += QStringLiteral("    requires: [svc%1]\n").arg(s - 1);
        text += QStringLiteral("    instances:\n");
        const int count = instances / services + (s < instances % services ? 1 : 0);
        for (int i = 0; i < count; ++i, ++made) {
            text
                += QStringLiteral("      mdt-bench-%1-%2: {ship: orch%3, stop_timeout: 1, command: "
                                  "[\"sleep\", \"600\"], lifecycle: {running: [{type: sleep, "
                                  "wait: 1}]}}\n")
                       .arg(s)
                       .arg(i)
                       .arg(made % 2 + 1);
        }
    }
    return text;
}

void removeBenchContainers(const QHash<QString, QString> &env)
{
    Docker::ConnectionSettings s1;
    s1.shipName = QStringLiteral("orch1");
    s1.socketPath = env.value(QStringLiteral("MDT_ORCH1_SOCKET"));
    Docker::ConnectionSettings s2;
    s2.shipName = QStringLiteral("orch2");
    s2.endpoint = QStringLiteral("127.0.0.1");
    s2.dockerPort = env.value(QStringLiteral("MDT_ORCH2_TCP_PORT")).toInt();
    for (const Docker::ConnectionSettings &settings : {s1, s2}) {
        Docker::EngineClient client(settings);
        Docker::ContainerListOptions options;
        options.names = {QStringLiteral("mdt-bench-")};
        auto list = client.listContainers(options);
        list.waitForFinished();
        if (list.resultCount() == 0)
            continue;
        const auto listed = list.takeResult();
        if (!listed)
            continue;
        QList<QFuture<Core::VoidResult>> removals;
        for (const Docker::ContainerSummary &c : *listed)
            removals.append(client.removeContainer(c.id, {true, true}));
        for (auto &f : removals)
            f.waitForFinished();
    }
}

const char *eventTypeName(int type)
{
    switch (type) {
    case QEvent::MetaCall:
        return "queued call";
    case QEvent::Timer:
        return "timer";
    case QEvent::SockAct:
        return "socket";
    case QEvent::UpdateRequest:
        return "paint request";
    case QEvent::Paint:
        return "paint";
    case QEvent::LayoutRequest:
        return "layout";
    case QEvent::DeferredDelete:
        return "deferred delete";
    default:
        return nullptr;
    }
}

// The largest value and the 99th percentile; -1 for none.
std::pair<qint64, qint64> maxAndP99(QList<qint64> values)
{
    if (values.isEmpty())
        return {-1, -1};
    std::sort(values.begin(), values.end());
    return {values.last(), values.at(qsizetype(double(values.size() - 1) * 0.99))};
}

// Why one probe tick came late: the slow deliveries in the gap and the thread's usage.
void reportLateTick(const TracingApplication &app, qint64 lateMs, qint64 gapStartNs,
                    const TracingApplication::ThreadUsage &before,
                    const TracingApplication::ThreadUsage &now)
{
    std::fprintf(stderr,
                 "late tick: %lld ms late at %.3f s; in the gap the GUI thread ran %.1f ms and "
                 "waited %.1f ms for a CPU; %ld voluntary and %ld involuntary context switches\n",
                 lateMs, double(gapStartNs) / 1e9, double(now.cpuNs - before.cpuNs) / 1e6,
                 double(now.runQueueNs - before.runQueueNs) / 1e6,
                 now.voluntarySwitches - before.voluntarySwitches,
                 now.involuntarySwitches - before.involuntarySwitches);
    for (const TracingApplication::Delivery &d : app.slowDeliveriesSince(gapStartNs)) {
        const char *type = eventTypeName(d.eventType);
        std::fprintf(
            stderr, "  %*s%6.1f ms  %s to %s%s%s\n", d.depth * 2, "", double(d.tookNs) / 1e6,
            type ? type : qPrintable(QStringLiteral("event %1").arg(d.eventType)), d.receiverClass,
            d.receiverName.isEmpty() ? "" : " ", d.receiverName.constData());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const int instances = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    // The plan preview's concurrency option (`-c N`); 0, the default, is unlimited.
    const int concurrency = argc > 2 ? std::max(0, std::atoi(argv[2])) : 0;
    const QHash<QString, QString> env = readEnvFile(qEnvironmentVariable("MDT_ORCH_ENV"));
    if (env.isEmpty()) {
        std::fprintf(stderr, "bench_gui_run: set MDT_ORCH_ENV to orchships.sh's orch.env "
                             "(see the comment at the top of bench_gui_run.cpp)\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    const bool tracing = qEnvironmentVariableIntValue("MDT_BENCH_TRACE") == 1;
    QStandardPaths::setTestModeEnabled(true);
    removeBenchContainers(env);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("maestro.yaml"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(environmentText(env, instances).toUtf8()) < 0)
            return 1;
    }

    QThreadPool pool;
    Maestro::Orchestration::ShipConnections connections; // the one owner of ship clients
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    QList<qint64> lateness;
    // The same, less the time the thread was runnable but waiting for a CPU: the part our
    // own code on the GUI thread is answerable for.
    QList<qint64> latenessOnCpu;
    qint64 runMs = -1;
    bool ok = false;
    QString error;
    int treeRunning = 0;
    {
        Gui::MainWindow window(&pool, connections);
        window.resize(1280, 800);
        QElapsedTimer probeClock;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(5);
        bool measuring = false;
        qint64 gapStartNs = 0;
        TracingApplication::ThreadUsage usageAtGapStart;
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const TracingApplication::ThreadUsage usage = TracingApplication::threadUsage();
            if (measuring && probeClock.isValid()) {
                const qint64 late = std::max<qint64>(0, probeClock.elapsed() - 5);
                lateness.append(late);
                const qint64 waitedMs = (usage.runQueueNs - usageAtGapStart.runQueueNs) / 1'000'000;
                latenessOnCpu.append(std::max<qint64>(0, late - waitedMs));
                if (tracing && late > 20)
                    reportLateTick(app, late, gapStartNs, usageAtGapStart, usage);
            }
            probeClock.restart();
            gapStartNs = app.clock().nsecsElapsed();
            usageAtGapStart = usage;
        });
        QElapsedTimer runClock;
        Gui::RunController *runs = window.runActions()->runController();
        QObject::connect(
            runs, &Gui::RunController::runFinished, &window,
            [&](const Orchestration::RunReport &report) {
                measuring = false;
                app.setTracing(false);
                runMs = runClock.elapsed();
                ok = report.ok();
                if (!ok)
                    error = report.firstError->message;
                // Let the live state catch up with the end of the run.
                QTimer::singleShot(1500, &app, [&] {
                    for (const Core::Instance &i : window.document()->environment()->instances) {
                        if (window.findChild<Models::EnvironmentTreeModel *>()->state(i.name).status
                            == Models::InstanceState::Status::Running)
                            ++treeRunning;
                    }
                    QCoreApplication::quit();
                });
            });
        QObject::connect(window.findChild<Gui::DependencyGraphScene *>(),
                         &Gui::DependencyGraphScene::layoutApplied, &window, [&] {
                             if (runClock.isValid() || !window.document()->environment())
                                 return;
                             Orchestration::PlanRequest request;
                             request.command = Orchestration::Command::Start;
                             const auto plan = Orchestration::buildPlan(
                                 *window.document()->environment(), request);
                             if (!plan) {
                                 error = plan.error().message;
                                 QCoreApplication::exit(1);
                                 return;
                             }
                             runClock.start();
                             measuring = true;
                             app.setTracing(tracing);
                             Orchestration::RunSession::Options options;
                             options.concurrency = concurrency;
                             runs->runPlan(*plan, options);
                         });
        window.show();
        probe.start();
        window.openFile(file);
        QTimer::singleShot(300000, &app, [] {
            std::fprintf(stderr, "bench_gui_run: no result within 300 s\n");
            QCoreApplication::exit(2);
        });
        const int status = QApplication::exec();
        if (status != 0) {
            std::fprintf(stderr, "bench_gui_run: %s\n", qPrintable(error));
            return status;
        }
    }
    pool.waitForDone();
    removeBenchContainers(env);
    if (!ok) {
        std::fprintf(stderr, "bench_gui_run: the run failed: %s\n", qPrintable(error));
        return 1;
    }
    const auto [max, p99] = maxAndP99(lateness);
    const auto [maxOnCpu, p99OnCpu] = maxAndP99(latenessOnCpu);
    std::printf(
        "bench_gui_run: start of %d instances on 2 ships (concurrency %d), %lld ms; %d shown "
        "running after it\n",
        instances, concurrency, runMs, treeRunning);
    std::printf("  GUI-thread latency (5 ms timer probe, %lld ticks): max %lld ms, p99 %lld ms "
                "(target: max < 50 ms)\n",
                qint64(lateness.size()), max, p99);
    std::printf("  less the time it waited for a CPU (/proc/thread-self/schedstat): max %lld ms, "
                "p99 %lld ms\n",
                maxOnCpu, p99OnCpu);
    std::printf(
        "reproduce: tests/integration/orchestration/orchships.sh start /tmp/mdt-bench-ships && "
        "ninja -C build bench_gui_run && MDT_ORCH_ENV=/tmp/mdt-bench-ships/orch.env "
        "build/tests/bench/gui/bench_gui_run %d %d\n",
        instances, concurrency);
    return max >= 0 && max < 50 ? 0 : 3;
}
