// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the Docker client against curl on the same daemon, in the same run:
//  1. listing 500 containers, parsed into typed results, vs `curl --unix-socket` (one process);
//  2. 1,000 sequential inspects over the unix socket and over SSH (one reused channel) vs one
//     curl process fetching the same 1,000 URLs over one unix-socket connection.
// Prints medians of several rounds and the exact command lines to reproduce them.
#include "docker/apiversion.h"
#include "docker/engineclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;

namespace {
QHash<QString, QString> readEnv(const QString &path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0)
                values.insert(line.left(eq), line.mid(eq + 1));
        }
    }
    return values;
}

template<typename T>
Maestro::Core::Result<T> await(QFuture<Maestro::Core::Result<T>> f)
{
    f.waitForFinished();
    return f.result();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

// Wall time of one curl process in ms, or -1 on failure.
double runCurl(const QStringList &args)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(u"curl"_s, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return -1;
    return t.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString envPath = args.value(1, qEnvironmentVariable("MAESTRO_SHIPS_ENV"));
    const bool keep = args.contains(u"--keep"_s);
    // --ssh-only N / --unix-only N: only N sequential inspects over that transport (keeps the
    // containers), for profiling one path alone (`perf record -g`, `strace -c -f`) or timing
    // it from a script that interleaves it with other variants (tests/bench/docker/sshfloor.sh).
    const qsizetype sshOnlyAt = args.indexOf(u"--ssh-only"_s);
    const int sshOnly = sshOnlyAt > 0 ? args.value(sshOnlyAt + 1).toInt() : 0;
    const qsizetype unixOnlyAt = args.indexOf(u"--unix-only"_s);
    const int unixOnly = unixOnlyAt > 0 ? args.value(unixOnlyAt + 1).toInt() : 0;
    const int rounds = 7;
    const auto env = readEnv(envPath);
    if (env.isEmpty()) {
        out(u"usage: bench_dockerclient SHIPS_ENV [--keep] [--ssh-only N | --unix-only N]   (SHIPS_ENV from tests/integration/ships.sh start DIR)"_s);
        return 2;
    }
    const QString socket = env.value(u"MDT_SHIP1_SOCKET"_s);
    ConnectionSettings unixSettings;
    unixSettings.shipName = u"bench-unix"_s;
    unixSettings.socketPath = socket;
    unixSettings.timeoutSeconds = 60;
    ConnectionSettings sshSettings = unixSettings;
    sshSettings.shipName = u"bench-ssh"_s;
    sshSettings.socketPath.clear();
    sshSettings.endpoint = env.value(u"MDT_SSH_HOST"_s);
    SshTunnelSettings tunnel;
    tunnel.user = env.value(u"MDT_SSH_USER"_s);
    tunnel.keyPath = env.value(u"MDT_SSH_KEY"_s);
    tunnel.port = env.value(u"MDT_SSH_PORT"_s).toInt();
    tunnel.knownHostsPath = env.value(u"MDT_SSH_KNOWN_HOSTS"_s);
    tunnel.socketPath = socket;
    sshSettings.sshTunnel = tunnel;

    EngineClient client(unixSettings);
    const auto version = await(client.connectionStats());
    (void)await(client.ping());
    const QString api = await(client.version())->apiVersion;
    const QString prefix = u"http://docker/v"_s + ApiVersion::negotiate(api);

    // 500 containers (created, not started), labelled so they can be found and removed.
    ContainerListOptions mine;
    mine.labels = {u"mdt.bench=1"_s};
    auto existing = await(client.listContainers(mine));
    if (!existing) {
        out(existing.error().message);
        return 1;
    }
    QList<QFuture<Maestro::Core::Result<CreatedContainer>>> creating;
    for (qsizetype i = existing->size(); i < 500; ++i) {
        const QJsonObject body{
            {u"Image"_s, env.value(u"MDT_IMAGE"_s)},
            {u"Cmd"_s, QJsonArray{u"true"_s}},
            {u"Labels"_s, QJsonObject{{u"mdt.bench"_s, u"1"_s}, {u"index"_s, QString::number(i)}}},
            {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}}};
        creating << client.createContainer(u"mdt-bench-%1"_s.arg(i), body);
    }
    for (auto &f : creating) {
        if (!await(f)) {
            out(u"create failed: "_s + f.result().error().message);
            return 1;
        }
    }
    const auto containers = await(client.listContainers(mine));
    QStringList ids;
    for (const ContainerSummary &c : *containers)
        ids << c.id;
    const int total = int(client.listContainers().result()->size());
    out(u"daemon: %1 containers in all (%2 benchmark ones), API %3"_s.arg(total)
            .arg(ids.size())
            .arg(api));

    if (sshOnly > 0 || unixOnly > 0) {
        const int count = sshOnly > 0 ? sshOnly : unixOnly;
        EngineClient only(sshOnly > 0 ? sshSettings : unixSettings);
        if (!await(only.ping())) {
            out(u"ping: "_s + only.ping().result().error().message);
            return 1;
        }
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < count; ++i) {
            const auto d = await(only.inspectContainer(ids.at(i % ids.size())));
            if (!d || !d->has_value()) {
                out(u"inspect failed"_s);
                return 1;
            }
        }
        out(u"%1 inspects over %2: %3 ms"_s.arg(count)
                .arg(sshOnly > 0 ? u"SSH"_s : u"the unix socket"_s)
                .arg(t.nsecsElapsed() / 1e6, 0, 'f', 1));
        return 0;
    }

    // 1. Listing.
    const QString listUrl = prefix + u"/containers/json?all=1"_s;
    const QStringList curlList{u"-sf"_s, u"--unix-socket"_s, socket,
                               u"-o"_s,  u"/dev/null"_s,     listUrl};
    QList<double> curlTimes, ourTimes, rawTimes;
    qsizetype listed = 0;
    // Interleaved, and the order rotated per round, so neither side always goes first.
    for (int r = 0; r < 2 * rounds + 1; ++r) {
        for (int k = 0; k < 3; ++k) {
            const int which = (k + r) % 3;
            QElapsedTimer t;
            t.start();
            if (which == 0) {
                curlTimes << runCurl(curlList);
            } else if (which == 1) {
                const auto list = await(client.listContainers());
                ourTimes << t.nsecsElapsed() / 1e6;
                listed = list ? list->size() : -1;
            } else {
                (void)await(client.send(HttpRequest::get("/containers/json?all=1")));
                rawTimes << t.nsecsElapsed() / 1e6;
            }
        }
    }
    const double curlList_ms = median(curlTimes), ourList_ms = median(ourTimes);
    out(u"list %1 containers: curl %2 ms, client (typed) %3 ms, ratio %4 (target <= 1.3)"_s
            .arg(listed)
            .arg(curlList_ms, 0, 'f', 2)
            .arg(ourList_ms, 0, 'f', 2)
            .arg(ourList_ms / curlList_ms, 0, 'f', 2));
    out(u"  (the same request unparsed: %1 ms)"_s.arg(median(rawTimes), 0, 'f', 2));
    out(u"  curl command: curl "_s + curlList.join(u' '));

    // 2. 1,000 sequential inspects.
    QTemporaryDir dir;
    QStringList urls;
    for (int i = 0; i < 1000; ++i)
        urls << prefix + u"/containers/"_s + ids.at(i % ids.size()) + u"/json"_s;
    const QString config = dir.path() + u"/urls.curl"_s;
    {
        QFile f(config);
        f.open(QIODevice::WriteOnly);
        QTextStream s(&f);
        for (const QString &u : urls)
            s << "url = \"" << u << "\"\noutput = \"/dev/null\"\n";
    }
    const QStringList curlMany{u"-sf"_s, u"--unix-socket"_s, socket, u"-K"_s, config};
    EngineClient sshClient(sshSettings);
    if (!await(sshClient.ping())) {
        out(u"ssh: "_s + sshClient.ping().result().error().message);
        return 1;
    }
    QList<double> curlMany_t, unix_t, ssh_t;
    for (int r = 0; r < rounds; ++r) {
        for (int k = 0; k < 3; ++k) {
            const int which = (k + r) % 3; // rotated, as above
            if (which == 0) {
                curlMany_t << runCurl(curlMany);
                continue;
            }
            EngineClient *c = which == 1 ? &client : &sshClient;
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < 1000; ++i) {
                const auto d = await(c->inspectContainer(ids.at(i % ids.size())));
                if (!d || !d->has_value()) {
                    out(u"inspect failed"_s);
                    return 1;
                }
            }
            (which == 1 ? unix_t : ssh_t) << t.nsecsElapsed() / 1e6;
        }
    }
    const double cm = median(curlMany_t), um = median(unix_t), sm = median(ssh_t);
    out(u"1000 inspects: curl (1 process, 1 connection) %1 ms; client unix %2 ms (ratio %3); "
        "client ssh %4 ms (ratio %5) (target <= 1.5)"_s.arg(cm, 0, 'f', 1)
            .arg(um, 0, 'f', 1)
            .arg(um / cm, 0, 'f', 2)
            .arg(sm, 0, 'f', 1)
            .arg(sm / cm, 0, 'f', 2));
    out(u"  curl command: curl "_s + curlMany.join(u' ') + u"   (1000 lines: url = \""_s + prefix
        + u"/containers/<id>/json\" + output = /dev/null)"_s);
    const auto unixStats = await(client.connectionStats());
    const auto sshStats = await(sshClient.connectionStats());
    out(u"connections opened: unix %1, ssh channels %2 (for %3 requests each)"_s
            .arg(unixStats->connectionsOpened)
            .arg(sshStats->connectionsOpened)
            .arg(rounds * 1000));

    if (!keep) {
        QList<QFuture<Maestro::Core::Result<Maestro::Core::Success>>> removing;
        for (const QString &id : ids)
            removing << client.removeContainer(id, {true, true});
        for (auto &f : removing)
            (void)await(f);
    }
    out(u"reproduce: tests/integration/ships.sh start /tmp/mdt-bench && "
        "<build>/tests/bench/docker/bench_dockerclient /tmp/mdt-bench/ships.env; "
        "tests/integration/ships.sh stop /tmp/mdt-bench"_s);
    Q_UNUSED(version);
    return 0;
}
