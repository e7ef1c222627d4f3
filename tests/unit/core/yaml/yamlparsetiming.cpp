// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long parseYaml() takes on a generated environment with 2,000 instances
// (about 200 KB and 12,000 lines, the size the project aims to load quickly). Reports
// wall-clock and thread CPU time: on a loaded machine the CPU time is the steadier one.
//
//   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   ninja -C build-release yamlparsetiming && build-release/tests/unit/core/yaml/yamlparsetiming
//
// It measures and reports; it asserts nothing (timings depend on the machine).
#include "core/sourcemap.h"
#include "core/yaml/yamlparser.h"

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Maestro::Core;

namespace {

// Shaped like a real environment: short lines, flow and block style, anchors and a
// merge key, every instance with its own ports and env.
QString generateEnvironment(int services, int instancesPerService)
{
    QString text;
    QTextStream out(&text);
    out << "__maestro:\n  schema: 2\nname: timing\n\n"
        << "_globals:\n  env: &env\n    LOG_LEVEL: info\n    RETRIES: 3\n\n"
        << "ships:\n";
    for (int s = 0; s < 20; ++s)
        out << "  ship" << s << ": {ip: 10.0." << s << ".1, docker_port: 2375}\n";
    out << "\nservices:\n";
    for (int s = 0; s < services; ++s) {
        out << "  svc" << s << ":\n"
            << "    image: registry.example.com/svc" << s << ":1.2\n"
            << "    requires: [ svc" << std::max(0, s - 1) << " ]\n"
            << "    env:\n      <<: *env\n      SERVICE_ID: " << s << "\n"
            << "    instances:\n";
        for (int i = 0; i < instancesPerService; ++i) {
            out << "      svc" << s << "-" << i << ":\n"
                << "        ship: ship" << (i % 20) << "\n"
                << "        ports:\n"
                << "          http: \"" << (8000 + i) << ":80\"\n"
                << "        env:\n"
                << "          ID: " << i << "\n";
        }
    }
    return text;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main()
{
    const QString text = generateEnvironment(100, 20);
    const SourceMap map = SourceMap::identity(QStringLiteral("maestro.yaml"), text);
    const int lines = int(text.count(QLatin1Char('\n')));

    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const Result<Value> result = parseYaml(text, map);
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!result.ok()) {
            QTextStream(stderr) << "parse failed: " << result.error().toString() << "\n";
            return 1;
        }
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    QTextStream(stdout) << "parseYaml: " << text.toUtf8().size() / 1024 << " KiB, " << lines
                        << " lines, 2000 instances, 30 runs: wall min " << wall.front()
                        << " ms, median " << wall[wall.size() / 2] << " ms; CPU min " << cpu.front()
                        << " ms, median " << cpu[cpu.size() / 2] << " ms\n";
    return 0;
}
