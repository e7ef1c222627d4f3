// SPDX-License-Identifier: GPL-3.0-or-later
// maestro-desktop on the 2,000-instance environment (issue 5 speed targets): time from
// main() to the window shown with the tree filled, and to the dependency graph laid out;
// the longest GUI-thread stall meanwhile (a 5 ms timer probe); peak RSS (VmHWM).
//   ninja -C build bench_gui && build/tests/bench/gui/bench_gui [instances]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "environmentgenerator.h"

#include "document/environmentdocument.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/mainwindow.h"
#include "orchestration/ships/shipconnections.h"

#include "models/environmenttreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

#include <sys/resource.h>

namespace {
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
// User + system CPU time of the whole process: less sensitive than wall time to other
// load on a shared machine.
double cpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    const int instances = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    // The file is written before the clock starts: launching is what is measured.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("maestro.yaml"));
    {
        QFile out(file);
        if (!dir.isValid() || !out.open(QIODevice::WriteOnly)
            || out.write(Maestro::Bench::generateEnvironment(instances).toUtf8()) < 0) {
            std::fprintf(stderr, "bench_gui: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no user settings in the figures
    QThreadPool pool;
    Maestro::Orchestration::ShipConnections connections; // the one owner of ship clients
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));

    const double cpuAtStart = cpuSeconds();
    double treeCpu = 0;
    double graphCpu = 0;
    qint64 treeMs = -1;
    qint64 graphMs = -1;
    qint64 maxStallMs = 0;
    int rows = 0;
    int nodes = 0;
    {
        Maestro::Gui::MainWindow window(&pool, connections);
        QElapsedTimer probeClock;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            if (probeClock.isValid())
                maxStallMs = std::max(maxStallMs, probeClock.elapsed() - 5);
            probeClock.restart();
        });
        auto finish = [&] {
            if (treeMs >= 0 && graphMs >= 0)
                QCoreApplication::quit();
        };
        QObject::connect(
            window.document(), &Maestro::Document::EnvironmentDocument::loadFinished, &window,
            [&](bool ok) {
                if (!ok) {
                    std::fprintf(stderr, "bench_gui: the generated file did not load\n");
                    QCoreApplication::exit(1);
                    return;
                }
                // Painted with the tree filled, not just modelled.
                window.repaint();
                treeMs = clock.elapsed();
                treeCpu = cpuSeconds() - cpuAtStart;
                auto *tree = window.findChild<QTreeView *>(QStringLiteral("environmentView"));
                for (int g = 0; g < tree->model()->rowCount(); ++g)
                    rows += tree->model()->rowCount(tree->model()->index(g, 0));
                finish();
            });
        QObject::connect(
            window.findChild<Maestro::Gui::DependencyGraphScene *>(),
            &Maestro::Gui::DependencyGraphScene::layoutApplied, &window, [&] {
                if (!window.findChild<Maestro::Models::EnvironmentTreeModel *>()->environment())
                    return;
                window.repaint();
                graphMs = clock.elapsed();
                graphCpu = cpuSeconds() - cpuAtStart;
                nodes
                    = int(window.findChild<Maestro::Gui::DependencyGraphScene *>()->items().size());
                finish();
            });
        window.show();
        probe.start();
        window.openFile(file);
        QTimer::singleShot(60000, &app, [] {
            std::fprintf(stderr, "bench_gui: no result within 60 s\n");
            QCoreApplication::exit(2);
        });
        if (const int status = QApplication::exec(); status != 0)
            return status;
    }
    pool.waitForDone();
    std::printf("bench_gui: %d instances (%d tree rows, %d graph items)\n", instances, rows, nodes);
    std::printf("  launch to window with tree filled: %lld ms (target 1000), CPU %.0f ms\n", treeMs,
                treeCpu * 1000);
    std::printf("  launch to graph laid out:          %lld ms (target 2000), CPU %.0f ms\n",
                graphMs, graphCpu * 1000);
    std::printf("  longest GUI-thread stall:          %lld ms\n", maxStallMs);
    std::printf("  peak RSS:                          %.1f MB (target 250)\n",
                peakRssKiB() / 1024.0);
    std::printf("reproduce: ninja -C build bench_gui && build/tests/bench/gui/bench_gui %d\n",
                instances);
    return 0;
}
