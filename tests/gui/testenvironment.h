// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environmentloader.h"

#include <QString>

namespace Maestro::Tests {

// Schema 1 (volumes are container: host). Two ships, three services (api requires db, wants_info
// cache), five instances: small enough to reason about, shaped like the real thing.
inline const char *const kTestEnvironment = R"(
name: testenv
ships:
  alpha: {ip: 10.0.0.1}
  beta: {ip: 10.0.0.2}
services:
  db:
    image: postgres:15
    env: {POSTGRES_DB: app}
    instances:
      db-1: {ship: alpha, ports: {pg: 5432}, volumes: {/var/lib/postgresql: /srv/db}}
  cache:
    image: redis:7
    instances:
      cache-1: {ship: beta, ports: {redis: 6379}}
  api:
    image: example/api:2
    requires: [db]
    wants_info: [cache]
    env: {MODE: production}
    instances:
      api-1:
        ship: alpha
        ports: {http: 8080}
        lifecycle:
          running: [{type: tcp, port: http}]
      api-2: {ship: beta, ports: {http: 8080}}
      api-3: {ship: beta, ports: {http: 8080}}
)";

inline Core::EnvironmentPtr loadTestEnvironment(const QString &text
                                                = QString::fromUtf8(kTestEnvironment))
{
    return Core::loadEnvironmentText(text, QStringLiteral("test.yaml"), QStringLiteral("."), {})
        .environment;
}

} // namespace Maestro::Tests
