// SPDX-License-Identifier: GPL-3.0-or-later
// bench_logsview: the logs view's append path.
//  1. append: batches of lines into a full ring buffer (capacity 10,000) behind the filter
//     proxy and a shown QListView, with and without a search text; cost per line.
//  2. stream: a producer thread writing numbered lines as fast as it can for a few seconds
//     through LogSession into the shown view; lines per second that reached the model, the
//     longest GUI-thread stall (a 5 ms timer probe), bytes dropped, peak RSS.
// Reproduce: QT_QPA_PLATFORM=offscreen build/tests/bench/gui/bench_logsview [seconds]
#include "gui/instance/logsview.h"
#include "models/logbuffermodel.h"
#include "models/logfilterproxymodel.h"
#include "models/logsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPromise>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <cstdio>

using namespace Maestro;

namespace {
QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

QList<Models::LogLine> batch(qint64 first, int count)
{
    QList<Models::LogLine> lines;
    lines.reserve(count);
    for (qint64 i = first; i < first + count; ++i) {
        lines.append({i % 5 ? Docker::OutputStream::Stdout : Docker::OutputStream::Stderr,
                      {},
                      QStringLiteral("2026-11-24 request %1 GET /api/items?page=%2 200 OK")
                          .arg(i)
                          .arg(i % 97)});
    }
    return lines;
}

void benchAppend(const QString &search)
{
    Gui::LogsView view;
    view.resize(900, 600);
    view.show();
    QApplication::processEvents();
    view.searchEdit()->setText(search);
    Models::LogBufferModel *model = view.session()->model();
    const int batchLines = 400; // 10,000 lines/s arriving every 40 ms
    model->append(batch(0, model->capacity()));
    QApplication::processEvents();
    const int batches = 250;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < batches; ++i) {
        model->append(batch(model->capacity() + qint64(i) * batchLines, batchLines));
        QApplication::processEvents(); // the view lays out and paints as it would
    }
    const double ns = double(timer.nsecsElapsed()) / (batches * batchLines);
    std::printf("append, search %-8s: %d batches of %d lines into a full ring of %d: "
                "%.0f ns per line (%.2f ms per batch), %d rows shown\n",
                search.isEmpty() ? "none"
                                 : qPrintable(QLatin1Char('"') + search + QLatin1Char('"')),
                batches, batchLines, model->capacity(), ns, ns * batchLines / 1e6,
                view.listView()->model()->rowCount());
}

void benchStream(int seconds)
{
    Gui::LogsView view;
    view.resize(900, 600);
    view.show();
    std::atomic<qint64> written = 0;
    Models::LogSource source = [&](const Models::LogRequest &, Models::LogEntryCallback onEntry) {
        return QtConcurrent::run([&, onEntry](QPromise<Core::VoidResult> &promise) {
            qint64 n = 0;
            while (!promise.isCanceled()) {
                QByteArray chunk
                    = "request " + QByteArray::number(n++) + " GET /api/items?page=3 200 OK\n";
                onEntry(
                    {n % 5 ? Docker::OutputStream::Stdout : Docker::OutputStream::Stderr, chunk});
                written = n;
            }
            promise.addResult(Core::Success{});
        });
    };

    qint64 longestStall = 0;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { longestStall = std::max(longestStall, probeClock.restart() - 5); });

    QElapsedTimer run;
    run.start();
    view.setInstance(QStringLiteral("bench-1"), source);
    probeClock.start();
    probe.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    view.session()->stop(); // cancels the producer, appends what was queued
    const double elapsed = run.nsecsElapsed() / 1e9;
    std::printf("stream: %d s of an unthrottled producer: %.0f lines/s written, %.0f lines/s "
                "into the model, %lld bytes dropped under load, longest GUI stall %lld ms, "
                "peak RSS %s\n",
                seconds, written.load() / elapsed,
                view.session()->model()->appendedCount() / elapsed, view.session()->droppedBytes(),
                longestStall, qPrintable(peakRss()));
    view.setInstance({}, {});
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    benchAppend({});
    benchAppend(QStringLiteral("page=42"));
    benchStream(seconds);
    std::printf("Reproduce: QT_QPA_PLATFORM=offscreen %s %d\n", argv[0], seconds);
    return 0;
}
