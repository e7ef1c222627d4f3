// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the orchestration integration tests share: the two ships of orchships.sh (read from
// the orch.env file MDT_ORCH_ENV names), a client per ship, environment files written from
// templates, the `maestro` executable and container clean-up. Used on the test's thread only.

#include "orchestration/ships/awaitresult.h"

#include "core/result.h"
#include "docker/engineclient.h"

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Maestro::Tests {

using Orchestration::awaitResult;

struct MaestroRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class OrchTestShips
{
public:
    // Reads orch.env and connects; error() says why when that failed.
    OrchTestShips();

    QString error() const { return m_error; }
    QString value(const QString &key) const { return m_env.value(key); }
    QString dir() const { return m_dir.path(); }
    QString scriptPath() const;

    Docker::EngineClient &orch1() { return *m_orch1; }
    Docker::EngineClient &orch2() { return *m_orch2; }
    Docker::EngineClient &client(const QString &ship)
    {
        return ship == QLatin1String("orch2") ? *m_orch2 : *m_orch1;
    }

    // TEXT with @ORCH1@, @ORCH2PORT@, @IMAGE@, @CANARY@, @VOLDIR@, @VOLDIR2@, @DIR@,
    // @DEADSOCK@ and @PORTn@ (host port n of this build directory's range) replaced.
    QString substitute(QString text) const;
    // Writes NAME under the test's directory from TEMPL, substituted; the path, or empty.
    QString writeFile(const QString &name, const char *templ) const;
    int hostPort(int n) const;

    // Runs the maestro executable to its end (bounded by two minutes).
    static MaestroRun maestro(const QStringList &args);

    std::optional<Docker::ContainerDetails> inspect(Docker::EngineClient &client,
                                                    const QString &name);

    // The status table's rows: instance -> status text after the container column.
    static QHash<QString, QString> statusRows(const QString &file);

    // Removes every mdt-orch-* container on both ships.
    void removeOurContainers();

    // `orchships.sh ACTION DIR SHIP` (kill / revive one ship); true on exit 0.
    bool shipScript(const QString &action, const QString &ship) const;

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<Docker::EngineClient> m_orch1;
    std::unique_ptr<Docker::EngineClient> m_orch2;
};

} // namespace Maestro::Tests
