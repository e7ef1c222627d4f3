// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "orchestration/ships/awaitresult.h"
#include "orchestration/ships/shipclients.h"

#include "docker/engineclient.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace Maestro::Bench {

QHash<QString, QString> readShipsEnv()
{
    QHash<QString, QString> env;
    QFile file(qEnvironmentVariable("MDT_ORCH_ENV"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    return env;
}

int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromUtf8(line.mid(6).trimmed());
    }
    return {};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void removeAll(const Core::EnvironmentPtr &env, Orchestration::ShipClients &clients)
{
    QList<Docker::EngineClient::VoidFuture> removals;
    for (const Core::Instance &instance : env->instances) {
        Docker::RemoveOptions remove;
        remove.force = true;
        removals.append(clients.client(instance.ship)->removeContainer(instance.name, remove));
    }
    for (auto &f : removals)
        (void)Orchestration::awaitResult(f);
}

} // namespace Maestro::Bench
