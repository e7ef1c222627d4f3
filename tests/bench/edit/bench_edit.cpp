// SPDX-License-Identifier: GPL-3.0-or-later
// The edit engine's speed targets (issue 12) on the 2,000-instance file of bench_load:
// (a) `maestro edit --dry-run set` as a whole process costs at most 2 `validate` processes;
// (b) in-process, planEdit() on a load the caller holds (an editor's document), with its
// verification, costs at most 1.5 loads. Also issue 11's whole-process `validate` (at most
// 0.1 s), beside the same command with the fast YAML reader off. Prints its figures; asserts
// nothing.
#include "environmentgenerator.h"

#include "core/edit/editengine.h"
#include "core/model/environmentloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <utility>

using namespace Maestro::Core;

namespace {

const int kInstances = 2000;
const QString kPath = QStringLiteral("services.svc200.instances.svc200-0.ship");
const QString kValue = QStringLiteral("ship3");

// The process's CPU time, not the thread's: a load that records spans replays the parse
// events to the span recorder on a second thread, and that work counts too.
double processCpuMilliseconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Work
{
    const char *name;
    std::function<bool()> run;
};

struct Medians
{
    QList<double> cpu;  // milliseconds of the process's CPU time
    QList<double> wall; // elapsed milliseconds
};

// Median CPU and wall milliseconds of each work over `runs` rounds, the works taking turns
// within a round, so that a busy period of the shared machine affects them alike.
Medians medianTimes(int runs, const QList<Work> &works)
{
    QList<QList<double>> cpu(works.size());
    QList<QList<double>> wall(works.size());
    for (int i = 0; i < runs; ++i) {
        for (qsizetype w = 0; w < works.size(); ++w) {
            QElapsedTimer elapsed;
            elapsed.start();
            const double start = processCpuMilliseconds();
            if (!works.at(w).run())
                std::fprintf(stderr, "%s failed\n", works.at(w).name);
            cpu[w] << processCpuMilliseconds() - start;
            wall[w] << double(elapsed.nsecsElapsed()) / 1e6;
        }
    }
    Medians medians;
    for (qsizetype w = 0; w < works.size(); ++w) {
        medians.cpu << median(cpu.at(w));
        medians.wall << median(wall.at(w));
    }
    return medians;
}

EditRequest setRequest()
{
    EditRequest request;
    request.operation = EditRequest::Operation::Set;
    request.path = EditPath::parse(kPath).value();
    request.argument = kValue;
    return request;
}

void inProcess(const QString &file)
{
    const int runs = 15;
    LoadRequest load;
    load.file = file;
    LoadRequest withSpans = load;
    withSpans.recordSpans = true;
    const EditRequest request = setRequest();
    const LoadResult plain = loadEnvironment(load);
    const LoadResult held = loadEnvironment(withSpans);
    const auto check = planEdit(held, load, request);
    if (!check) {
        std::fprintf(stderr, "edit refused: %s\n", qPrintable(check.error().message));
        return;
    }

    LoadRequest parsedOnly = withSpans;
    parsedOnly.buildModel = false;
    const QList<Work> works{
        {"loadEnvironment()", [&] { return loadEnvironment(load).environment != nullptr; }},
        {"loadEnvironment() with recordSpans",
         [&] { return loadEnvironment(withSpans).environment != nullptr; }},
        {"loadEnvironment() with spans, no model",
         [&] { return !loadEnvironment(parsedOnly).document.isNull(); }},
        {"planEdit(held load with spans, ...) incl. verification",
         [&] { return bool(planEdit(held, load, request)); }},
        {"planEdit(held load without spans, ...)",
         [&] { return bool(planEdit(plain, load, request)); }},
        {"planEdit(request) (parses first, as `maestro edit`)",
         [&] { return bool(planEdit(load, request)); }},
    };
    const Medians ms = medianTimes(runs, works);
    std::printf(
        "(b) in-process, medians of %d interleaved rounds: CPU ms (loads), wall ms (loads)\n",
        runs);
    for (qsizetype w = 0; w < works.size(); ++w) {
        std::printf("  %-58s %7.1f (%4.2f) %7.1f (%4.2f)%s\n", works.at(w).name, ms.cpu.at(w),
                    ms.cpu.at(w) / ms.cpu.at(0), ms.wall.at(w), ms.wall.at(w) / ms.wall.at(0),
                    w == 3 ? "  (target <= 1.5)" : "");
    }
}

// hyperfine's mean and User + System of each command, from its JSON export.
void wholeProcess(const QString &file, const QDir &dir)
{
    const QString cli = QStringLiteral(MAESTRO_CLI);
    const QString validate = QStringLiteral("%1 -f %2 validate").arg(cli, file);
    const QString edit
        = QStringLiteral("%1 -f %2 edit --dry-run set %3 %4").arg(cli, file, kPath, kValue);
    // Issue 11's before and after in the same run: the YAML reader turned off (yaml-cpp
    // parses everything, as before it).
    const QString yamlCppOnly = QStringLiteral("env MAESTRO_YAML_CPP_ONLY=1 %1").arg(validate);
    const QList<std::pair<QString, QString>> commands{
        {QStringLiteral("validate"), validate},
        {QStringLiteral("edit set"), edit},
        {QStringLiteral("validate, yaml-cpp only"), yamlCppOnly},
    };
    const QString json = dir.filePath(QStringLiteral("hyperfine.json"));
    QStringList args{QStringLiteral("-N"),
                     QStringLiteral("-w"),
                     QStringLiteral("3"),
                     QStringLiteral("-r"),
                     QStringLiteral("30"),
                     QStringLiteral("--export-json"),
                     json};
    QString shown = QStringLiteral("-N -w 3 -r 30");
    for (const auto &[name, command] : commands) {
        args << QStringLiteral("-n") << name << command;
        shown += QStringLiteral(" -n '%1' '%2'").arg(name, command);
    }
    std::printf("\n(a) whole process\nreproduce: hyperfine %s\n", qPrintable(shown));
    const QString hyperfine = QStandardPaths::findExecutable(QStringLiteral("hyperfine"));
    if (hyperfine.isEmpty()) {
        std::printf("  hyperfine is not installed: skipped\n");
        return;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(hyperfine, args);
    process.waitForFinished(-1);
    QFile exported(json);
    if (process.exitCode() != 0 || !exported.open(QIODevice::ReadOnly)) {
        std::printf("  hyperfine failed\n");
        return;
    }
    const QJsonArray results = QJsonDocument::fromJson(exported.readAll())
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    QList<double> mean;
    QList<double> cpu;
    for (const QJsonValue &result : results) {
        const QJsonObject o = result.toObject();
        mean << o.value(QStringLiteral("mean")).toDouble() * 1e3;
        cpu << (o.value(QStringLiteral("user")).toDouble()
                + o.value(QStringLiteral("system")).toDouble())
                   * 1e3;
        std::printf("  %-24s mean %7.1f ms (min %7.1f)  User + System %7.1f ms\n",
                    qPrintable(o.value(QStringLiteral("command")).toString()), mean.last(),
                    o.value(QStringLiteral("min")).toDouble() * 1e3, cpu.last());
    }
    if (mean.size() != commands.size())
        return;
    std::printf("  validate: %.1f ms mean (target <= 100), %.2fx faster than yaml-cpp only\n",
                mean.at(0), mean.at(2) / mean.at(0));
    std::printf("  edit / validate: %.2f (wall mean), %.2f (CPU)  (target <= 2)\n",
                mean.at(1) / mean.at(0), cpu.at(1) / cpu.at(0));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("big.yaml"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    out.write(Maestro::Bench::generateEnvironment(kInstances).toUtf8());
    out.close();
    std::printf("bench_edit: edit set %s %s on the %d-instance file of bench_load\n",
                qPrintable(kPath), qPrintable(kValue), kInstances);
    // Not pinned to one core: the processes measured in (a) inherit the affinity, and a
    // load that records spans uses the second core as a user's machine would.
    std::printf("reproduce: %s\n\n",
                qPrintable(QDir::toNativeSeparators(app.applicationFilePath())));
    inProcess(file);
    wholeProcess(file, QDir(dir.path()));
    return 0;
}
