// SPDX-License-Identifier: GPL-3.0-or-later
// Load + validate time and peak memory of large environment files (issue 2's targets:
// 2,000 instances over 400 services under 100 ms median and 60 MB peak RSS on one core,
// linear growth from 500 to 8,000 instances). Prints its figures; asserts nothing.
#include "environmentgenerator.h"

#include "core/model/environmentloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

QString writeEnvironment(const QTemporaryDir &dir, int instances)
{
    const QString path = dir.filePath(QStringLiteral("bench-%1.yaml").arg(instances));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(Maestro::Bench::generateEnvironment(instances).toUtf8());
    return path;
}

double threadCpuMilliseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs;
    double cpuMs;
};

// Wall time is what a user waits; CPU time of this thread is the same work without the
// noise of other processes on the machine, so both are reported.
Timing loadMilliseconds(const QString &path, bool *ok)
{
    Maestro::Core::LoadRequest request;
    request.file = path;
    QElapsedTimer timer;
    const double cpuStart = threadCpuMilliseconds();
    timer.start();
    const Maestro::Core::LoadResult result = Maestro::Core::loadEnvironment(request);
    const Timing ms{double(timer.nsecsElapsed()) / 1e6, threadCpuMilliseconds() - cpuStart};
    *ok = result.environment != nullptr;
    if (!*ok && !result.diagnostics.isEmpty())
        std::fprintf(stderr, "load failed: %s\n",
                     qPrintable(result.diagnostics.first().toString()));
    return ms;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// VmHWM of /proc/self/status: unlike getrusage's ru_maxrss it is not inherited from the
// parent across fork and exec, so a child measures only itself.
long peakRssOfThisProcessKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Loads once in this process and prints the peak RSS in KiB (for the parent to read).
int loadOnce(const QString &path)
{
    bool ok = false;
    loadMilliseconds(path, &ok);
    std::printf("%ld\n", peakRssOfThisProcessKiB());
    return ok ? 0 : 1;
}

long peakRssKiB(const QString &path, const QString &baselineFlag = {})
{
    QProcess child;
    QStringList args{QStringLiteral("--once"), path};
    if (!baselineFlag.isEmpty())
        args = QStringList{baselineFlag};
    child.start(QCoreApplication::applicationFilePath(), args);
    child.waitForFinished(120000);
    return QString::fromUtf8(child.readAllStandardOutput()).trimmed().toLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--once"))
        return loadOnce(args.at(2));
    if (args.size() == 2 && args.at(1) == QLatin1String("--baseline")) {
        std::printf("%ld\n", peakRssOfThisProcessKiB());
        return 0;
    }
    if (args.size() == 3 && args.at(1) == QLatin1String("--write")) {
        QFile file(args.at(2));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(Maestro::Bench::generateEnvironment(2000).toUtf8());
        return 0;
    }

    QTemporaryDir dir;
    const int runs = 15;
    std::printf("bench_load: load + validate of generated environments (%d runs each)\n", runs);
    std::printf("reproduce: taskset -c 0 %s\n\n",
                qPrintable(QDir::toNativeSeparators(app.applicationFilePath())));
    std::printf("%10s %10s %10s %10s %12s %14s\n", "instances", "services", "wall ms", "cpu ms",
                "cpu us/inst", "peak RSS MiB");
    for (int instances : {500, 1000, 2000, 4000, 8000}) {
        const QString path = writeEnvironment(dir, instances);
        QList<double> wall;
        QList<double> cpu;
        bool ok = true;
        for (int i = 0; i < runs && ok; ++i) {
            const Timing t = loadMilliseconds(path, &ok);
            wall << t.wallMs;
            cpu << t.cpuMs;
        }
        if (!ok)
            return 1;
        const double cpuMs = median(cpu);
        const double rssMiB = double(peakRssKiB(path)) / 1024.0;
        std::printf("%10d %10d %10.1f %10.1f %12.1f %14.1f\n", instances, instances / 5,
                    median(wall), cpuMs, cpuMs * 1000.0 / instances, rssMiB);
    }
    std::printf("\nprocess baseline (Qt loaded, nothing parsed): %.1f MiB\n",
                double(peakRssKiB(QString(), QStringLiteral("--baseline"))) / 1024.0);
    return 0;
}
