// SPDX-License-Identifier: GPL-3.0-or-later
#include "orchtestships.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace Maestro::Tests {

OrchTestShips::OrchTestShips()
{
    QFile file(qEnvironmentVariable("MDT_ORCH_ENV"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("MDT_ORCH_ENV must name orchships.sh's orch.env");
        return;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("vol"))
        || !QDir(m_dir.path()).mkpath(QStringLiteral("vol2"))) {
        m_error = QStringLiteral("cannot create the test's directory");
        return;
    }
    Docker::ConnectionSettings s1;
    s1.shipName = QStringLiteral("orch1");
    s1.socketPath = value(QStringLiteral("MDT_ORCH1_SOCKET"));
    m_orch1 = std::make_unique<Docker::EngineClient>(s1);
    Docker::ConnectionSettings s2;
    s2.shipName = QStringLiteral("orch2");
    s2.endpoint = QStringLiteral("127.0.0.1");
    s2.dockerPort = value(QStringLiteral("MDT_ORCH2_TCP_PORT")).toInt();
    m_orch2 = std::make_unique<Docker::EngineClient>(s2);
    if (!awaitResult(m_orch1->ping()).ok() || !awaitResult(m_orch2->ping()).ok())
        m_error = QStringLiteral("the orchestration ships do not answer");
}

QString OrchTestShips::scriptPath() const
{
    return value(QStringLiteral("MDT_ORCH_SCRIPT"));
}

int OrchTestShips::hostPort(int n) const
{
    return value(QStringLiteral("MDT_ORCH_PORT_BASE")).toInt() + n;
}

QString OrchTestShips::substitute(QString text) const
{
    static const QRegularExpression port(QStringLiteral("@PORT(\\d+)@"));
    for (QRegularExpressionMatch m = port.match(text); m.hasMatch(); m = port.match(text))
        text.replace(m.capturedStart(), m.capturedLength(),
                     QString::number(hostPort(m.captured(1).toInt())));
    const QList<std::pair<const char *, QString>> replacements{
        {"@ORCH1@", value(QStringLiteral("MDT_ORCH1_SOCKET"))},
        {"@ORCH2PORT@", value(QStringLiteral("MDT_ORCH2_TCP_PORT"))},
        {"@IMAGE@", value(QStringLiteral("MDT_ORCH_IMAGE"))},
        {"@CANARY@", value(QStringLiteral("MDT_ORCH_CANARY_IMAGE"))},
        {"@VOLDIR@", QDir(m_dir.path()).filePath(QStringLiteral("vol"))},
        {"@VOLDIR2@", QDir(m_dir.path()).filePath(QStringLiteral("vol2"))},
        {"@DEADSOCK@", QDir(m_dir.path()).filePath(QStringLiteral("nobody.sock"))},
        {"@DIR@", m_dir.path()},
    };
    for (const auto &[key, replacement] : replacements)
        text.replace(QLatin1String(key), replacement);
    return text;
}

QString OrchTestShips::writeFile(const QString &name, const char *templ) const
{
    const QString text = substitute(QString::fromUtf8(templ));
    const QString path = QDir(m_dir.path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    return path;
}

MaestroRun OrchTestShips::maestro(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(MAESTRO_CLI));
    process.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COLUMNS"), QStringLiteral("140"));
    process.setProcessEnvironment(env);
    process.start();
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        process.kill();
    return MaestroRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                      QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
}

std::optional<Docker::ContainerDetails> OrchTestShips::inspect(Docker::EngineClient &client,
                                                               const QString &name)
{
    const auto details = awaitResult(client.inspectContainer(name));
    return details ? *details : std::nullopt;
}

QHash<QString, QString> OrchTestShips::statusRows(const QString &file)
{
    const MaestroRun run = maestro({QStringLiteral("-f"), file, QStringLiteral("status")});
    QHash<QString, QString> rows;
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.simplified().split(QLatin1Char(' '));
        if (cells.size() < 6)
            continue;
        // The state without spec 11.2's time suffix ("running for 1m15s" -> "running").
        QStringList status = cells.mid(5);
        if (const qsizetype suffix = status.indexOf(QStringLiteral("for")); suffix > 0)
            status = status.mid(0, suffix);
        rows.insert(cells.at(1), status.join(QLatin1Char(' ')));
    }
    return rows;
}

void OrchTestShips::removeOurContainers()
{
    for (Docker::EngineClient *client : {m_orch1.get(), m_orch2.get()}) {
        Docker::ContainerListOptions options;
        options.names = {QStringLiteral("mdt-orch-")};
        const auto list = awaitResult(client->listContainers(options));
        if (!list)
            continue;
        for (const Docker::ContainerSummary &c : *list) {
            Docker::RemoveOptions remove;
            remove.force = true;
            (void)awaitResult(client->removeContainer(c.id, remove));
        }
    }
}

bool OrchTestShips::shipScript(const QString &action, const QString &ship) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(scriptPath(), {action, value(QStringLiteral("MDT_ORCH_DIR")), ship});
    return process.waitForFinished(90000) && process.exitStatus() == QProcess::NormalExit
           && process.exitCode() == 0;
}

} // namespace Maestro::Tests
