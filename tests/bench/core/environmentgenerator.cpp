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
    // Loopback addresses on a port nothing serves: the desktop benchmark opens this file with
    // live state on, and its connection attempts must fail at once without leaving the machine.
    for (int s = 0; s < 4; ++s)
        out += QStringLiteral("  ship%1: {ip: 127.0.0.%2, docker_port: 1}\n").arg(s).arg(s + 2);
    out += QStringLiteral("services:\n");
    int made = 0;
    for (int i = 0; i < services; ++i) {
        out += QStringLiteral("  svc%1:\n    image: bench/svc%1:1.%2\n").arg(i).arg(i % 7);
        if (i >= 1) {
            QStringList required{QStringLiteral("svc%1").arg(i - 1)};
            if (i >= 2 && i / 2 != i - 1)
                required << QStringLiteral("svc%1").arg(i / 2);
            out += QStringLiteral("    requires: [%1]\n").arg(required.join(QStringLiteral(", ")));
        }
        out += QStringLiteral("    env: {LOG_LEVEL: info, REPLICAS: %1, FEATURES: [a, b]}\n")
                   .arg(perService);
        out += QStringLiteral("    ports: {http: 8080}\n");
        out += QStringLiteral(
            "    lifecycle: {running: [{type: tcp, port: http, max_wait: 30}]}\n");
        out += QStringLiteral("    instances:\n");
        const int count
            = i == services - 1 ? instances - made : std::min(perService, instances - made);
        for (int k = 0; k < count; ++k) {
            const int n = made++;
            out += QStringLiteral(
                       "      svc%1-%2: {ship: ship%3, ports: {admin: \"9000:%4\"}, env: {ID: %5}, "
                       "volumes: {/srv/%5: /data}, restart: on-failure:3}\n")
                       .arg(i)
                       .arg(k)
                       .arg(n % 4)
                       .arg(20000 + n)
                       .arg(n);
        }
    }
    return out;
}

} // namespace Maestro::Bench
