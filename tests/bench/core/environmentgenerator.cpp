// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentgenerator.h"

#include <QStringList>

#include <algorithm>

namespace Maestro::Bench {

QString generateEnvironment(int instances)
{
    const int perService = 5;
    const int services = std::max(1, instances / perService);
    QString out;
    out.reserve(instances * 400);
    out += QStringLiteral("__maestro: {schema: 2}\nname: bench\n"
                          "ship_defaults: {timeout: 10}\nships:\n");
    for (int s = 0; s < 4; ++s)
        out += QStringLiteral("  ship%1: {ip: 10.0.0.%2, docker_port: 2375}\n").arg(s).arg(s + 1);
    out += QStringLiteral("services:\n");
    int made = 0;
    for (int i = 0; i < services; ++i) {
        out += QStringLiteral("  svc%1:\n    image: bench/svc%1:1.%2\n").arg(i).arg(i % 7);
        if (i >= 1) {
            QStringList requires{QStringLiteral("svc%1").arg(i - 1)};
            if (i >= 2 && i / 2 != i - 1)
                requires << QStringLiteral("svc%1").arg(i / 2);
            out += QStringLiteral("    requires: [%1]\n").arg(requires.join(QStringLiteral(", ")));
        }
        out += QStringLiteral("    env:\n      LOG_LEVEL: info\n      REPLICAS: %1\n      FEATURES: [a, b, c]\n")
                   .arg(perService);
        out += QStringLiteral("    lifecycle:\n      running:\n        - {type: tcp, port: http, max_wait: 30}\n");
        out += QStringLiteral("    instances:\n");
        const int count = std::min(perService, instances - made);
        for (int k = 0; k < count || (i == services - 1 && made < instances); ++k) {
            const int n = made++;
            out += QStringLiteral("      svc%1-%2:\n        ship: ship%3\n").arg(i).arg(k).arg(n % 4);
            out += QStringLiteral("        ports:\n          http: {exposed: 8080, external: [0.0.0.0, %1]}\n"
                                  "          admin: \"%2:%3/tcp\"\n")
                       .arg(20000 + n)
                       .arg(9000)
                       .arg(40000 + n % 20000);
            out += QStringLiteral("        env: {INSTANCE_ID: %1, DEBUG: no}\n").arg(n);
            out += QStringLiteral("        volumes:\n          /srv/data/%1: /data\n"
                                  "          /etc/bench: {target: /etc/bench, mode: ro}\n")
                       .arg(n);
            out += QStringLiteral("        restart: on-failure:3\n        limits: {memory: 256m, cpu: 2}\n");
        }
    }
    return out;
}

} // namespace Maestro::Bench
