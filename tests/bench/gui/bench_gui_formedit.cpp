// SPDX-License-Identifier: GPL-3.0-or-later
// A form edit on the 2,000-instance environment (issue 13 speed target: it shows in the tree,
// the graph and the details within 300 ms). Each round sets one instance's `ship` through
// EnvironmentDocument::applyEdit (what the Edit dock's editRequested leads to), alternating
// two ships, with the instance selected, and measures from the request to (a) the window's
// handlers of the new environment having run (tree, details and graph scene updated) and
// (b) the graph's new layout applied, when the edit makes one. A 5 ms timer probe records the
// longest GUI-thread stall.
//   cmake --build build --target bench_gui_formedit
//   build/tests/bench/gui/bench_gui_formedit [instances [rounds]]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "environmentgenerator.h"
#include "percentile.h"

#include "core/edit/editengine.h"
#include "document/environmentdocument.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/livestate.h"
#include "gui/mainwindow.h"
#include "gui/selectionsync.h"
#include "orchestration/ships/shipconnections.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    using namespace Maestro;
    const int instances = argc > 1 ? std::max(5, std::atoi(argv[1])) : 2000;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("maestro.yaml"));
    {
        QFile out(file);
        if (!dir.isValid() || !out.open(QIODevice::WriteOnly)
            || out.write(Bench::generateEnvironment(instances).toUtf8()) < 0) {
            std::fprintf(stderr, "bench_gui_formedit: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    Orchestration::ShipConnections connections;

    // The middle service's first instance: its entry sits in the middle of the file.
    const int service = instances / 5 / 2;
    const QString instance = QStringLiteral("svc%1-0").arg(service);
    const QString path
        = QStringLiteral("services.svc%1.instances.%2.ship").arg(service).arg(instance);

    QList<qint64> shown;
    QList<qint64> laidOut;
    qint64 maxStallMs = 0;
    int refused = 0;
    {
        Gui::MainWindow window(&pool, connections);
        window.resize(1280, 800);
        window.liveState()->setEnabled(false); // the generated ships do not exist
        Document::EnvironmentDocument *document = window.document();
        auto *scene = window.findChild<Gui::DependencyGraphScene *>();

        QElapsedTimer probeClock;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(5);
        bool measuring = false;
        QObject::connect(&probe, &QTimer::timeout, [&] {
            if (measuring && probeClock.isValid())
                maxStallMs = std::max(maxStallMs, std::max<qint64>(0, probeClock.elapsed() - 5));
            probeClock.restart();
        });

        QElapsedTimer editClock;
        int round = 0;
        bool waitingForLayout = false;
        const auto next = [&] {
            if (round == rounds) {
                measuring = false;
                QCoreApplication::exit(0); // not quit(): it would ask about unsaved changes
                return;
            }
            Core::EditRequest request;
            request.path = Core::EditPath::parse(path).value();
            request.argument = QStringLiteral("ship%1").arg(++round % 2 ? 3 : 2);
            measuring = true;
            editClock.start();
            document->applyEdit(request);
        };
        // Connected after the window's own handlers: runs once they have.
        QObject::connect(document, &Document::EnvironmentDocument::environmentChanged, &window,
                         [&] {
                             if (!measuring || !editClock.isValid())
                                 return;
                             shown.append(editClock.elapsed());
                             waitingForLayout = true;
                             // A change that keeps the graph's structure may lay out nothing.
                             QTimer::singleShot(1000, &window, [&, at = round] {
                                 if (waitingForLayout && round == at) {
                                     waitingForLayout = false;
                                     measuring = false;
                                     next();
                                 }
                             });
                         });
        QObject::connect(document, &Document::EnvironmentDocument::editRefused, &window, [&] {
            ++refused;
            QTimer::singleShot(0, &window, next);
        });
        bool started = false;
        QObject::connect(scene, &Gui::DependencyGraphScene::layoutApplied, &window, [&] {
            if (!started && document->environment()) {
                started = true;
                window.selection()->selectInstance(instance);
                QTimer::singleShot(1000, &window, next);
                return;
            }
            if (!waitingForLayout)
                return;
            waitingForLayout = false;
            laidOut.append(editClock.elapsed());
            measuring = false;
            QTimer::singleShot(200, &window, next); // a user's pause between two edits
        });
        window.show();
        probe.start();
        window.openFile(file);
        QTimer::singleShot(600000, &app, [] {
            std::fprintf(stderr, "bench_gui_formedit: no result within 600 s\n");
            QCoreApplication::exit(2);
        });
        if (const int status = QApplication::exec(); status != 0)
            return status;
    }
    pool.waitForDone();
    std::printf("bench_gui_formedit: %d instances, %lld edits of %s (%d refused)\n", instances,
                qint64(shown.size()), qPrintable(path), refused);
    std::printf("  request to tree, details and graph scene updated: median %lld ms, max %lld ms "
                "(target 300)\n",
                Maestro::Bench::percentile(shown, 0.5), Maestro::Bench::percentile(shown, 1.0));
    std::printf("  request to the graph's new layout applied (%lld of the edits laid out "
                "again): median %lld ms, max %lld ms\n",
                qint64(laidOut.size()), Maestro::Bench::percentile(laidOut, 0.5),
                Maestro::Bench::percentile(laidOut, 1.0));
    std::printf("  longest GUI-thread stall during an edit: %lld ms\n", maxStallMs);
    std::printf("reproduce: cmake --build build --target bench_gui_formedit && "
                "build/tests/bench/gui/bench_gui_formedit %d %d\n",
                instances, rounds);
    return 0;
}
