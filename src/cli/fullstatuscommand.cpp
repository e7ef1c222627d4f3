// SPDX-License-Identifier: GPL-3.0-or-later
#include "fullstatuscommand.h"

#include "playtable.h"

#include "orchestration/live/configdrift.h"
#include "orchestration/live/fullstatus.h"
#include "orchestration/tasks/rowtext.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent>

#include <cstdio>

namespace Maestro::Cli {

namespace {

using namespace Orchestration;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro)
};

constexpr int DefaultParallelProbes = 8;

void write(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QList<ProgressEvent> rowEvents(const FullStatus &s, const Core::Instance &instance)
{
    if (s.hostDown)
        return {containerSegment(QStringLiteral("-"), Tone::Plain),
                wordSegment(Tr::tr("host down"), Tone::Problem)};
    if (s.container && s.container->running) {
        const QString column
            = imageTag(instance.image) + QLatin1Char(':') + shortId(s.container->id);
        return {containerSegment(column, Tone::Success),
                wordSegment(Tr::tr("running") + timeAgo(s.container->startedAt), Tone::Success)};
    }
    // Spec 12.2: a stopped or absent container has no container column.
    return {
        wordSegment(Tr::tr("down") + (s.container ? timeAgo(s.container->finishedAt) : QString()),
                    Tone::Problem)};
}

QString detailLines(const FullStatus &s, const Core::Instance &instance, const PlayTable &table)
{
    QString out = QStringLiteral("      ") + instance.image;
    if (s.container) {
        const QString id = s.container->image;
        const qsizetype colon = id.indexOf(QLatin1Char(':'));
        out += QStringLiteral("  (") + (colon >= 0 ? id.mid(colon + 1) : id).left(7)
               + QLatin1Char(')');
    }
    out += QLatin1Char('\n');
    for (const PortProbe &p : s.ports) {
        out += QStringLiteral("     >> ") + p.name.rightJustified(15, QLatin1Char(' '), true)
               + QStringLiteral(": ") + p.external.rightJustified(9, QLatin1Char(' '), true)
               + QStringLiteral(" is ");
        switch (p.state) {
        case PortProbe::State::Up:
            out += table.colour(Tr::tr("up"), Tone::Success);
            break;
        case PortProbe::State::Down:
            out += table.colour(Tr::tr("down"), Tone::Problem);
            break;
        case PortProbe::State::NotProbed:
            out += Tr::tr("not probed (a range)");
            break;
        }
        out += QLatin1Char('\n');
    }
    for (const DriftItem &d : s.drift)
        out += QStringLiteral("     !! ") + describeDrift({d}) + QLatin1Char('\n');
    return out;
}

} // namespace

int runFullStatus(const CommandLine &line, const Core::EnvironmentPtr &environment,
                  const Plan &plan, ShipConnections &connections)
{
    const bool showHosts = line.flag(QStringLiteral("show-hosts"));
    QList<QString> shipDisplay;
    for (const PlanStep &step : plan.steps()) {
        const Core::Ship *ship = environment->ship(step.ship);
        shipDisplay.append(ship ? ship->displayName(showHosts) : step.ship);
    }
    PlayTable::Layout layout = PlayTable::detectLayout();
    layout.terminal = false; // whole lines, printed once each (KW-31)
    PlayTable table(plan, shipDisplay, layout);

    ShipClients clients(environment, connections);
    QThreadPool pool;
    const int limit = line.value(QStringLiteral("concurrency"), QStringLiteral("0")).toInt();
    pool.setMaxThreadCount(limit > 0 ? limit : DefaultParallelProbes);
    clients.setRequestsInFlight(pool.maxThreadCount());
    QList<QFuture<FullStatus>> probes;
    for (const PlanStep &step : plan.steps()) {
        const Core::Instance *instance = environment->instance(step.id);
        probes.append(QtConcurrent::run(&pool, [environment, &clients, instance] {
            return fullStatusOf(*environment, clients, *instance);
        }));
    }
    for (int i = 0; i < probes.size(); ++i) {
        const FullStatus status = probes[i].result();
        const Core::Instance &instance = *environment->instance(plan.step(i).id);
        for (ProgressEvent event : rowEvents(status, instance)) {
            event.instance = instance.name;
            table.apply(event);
        }
        write(table.rowText(i) + QLatin1Char('\n'));
        if (!status.hostDown)
            write(detailLines(status, instance, table));
    }
    return 0;
}

} // namespace Maestro::Cli
