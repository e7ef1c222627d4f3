// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellcommand.h"

#include "shipsettings.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>

namespace Maestro::Orchestration {

QString shellQuoted(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9_@%+=:,./-]+$)"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String(R"('\'')"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString dockerShellCommand(const Core::Ship &ship, const QString &baseDir, const QString &container)
{
    using Transport = Docker::ConnectionSettings::Transport;
    const Docker::ConnectionSettings settings = connectionSettingsFor(ship, baseDir);
    const QString hostPort
        = settings.endpoint + QLatin1Char(':') + QString::number(settings.effectiveDockerPort());
    QString host;
    QStringList options;
    const auto path = [&baseDir](const QString &file) {
        return shellQuoted(QDir(baseDir).absoluteFilePath(file));
    };
    switch (settings.transport()) {
    case Transport::UnixSocket:
        host = QStringLiteral("unix://") + settings.socketPath;
        break;
    case Transport::Tcp:
        host = QStringLiteral("tcp://") + hostPort;
        break;
    case Transport::Tls:
        host = QStringLiteral("tcp://") + hostPort;
        options << (settings.tlsVerify ? QStringLiteral("--tlsverify") : QStringLiteral("--tls"));
        if (!settings.tlsCaCert.isEmpty())
            options << QStringLiteral("--tlscacert=") + path(settings.tlsCaCert);
        if (!settings.tlsCert.isEmpty())
            options << QStringLiteral("--tlscert=") + path(settings.tlsCert);
        if (!settings.tlsKey.isEmpty())
            options << QStringLiteral("--tlskey=") + path(settings.tlsKey);
        break;
    case Transport::Ssh: {
        const Docker::SshTunnelSettings &ssh = *settings.sshTunnel;
        host = QStringLiteral("ssh://%1%2:%3")
                   .arg(ssh.user.isEmpty() ? QString() : ssh.user + QLatin1Char('@'),
                        settings.endpoint, QString::number(ssh.port));
        break;
    }
    }
    QStringList words{QStringLiteral("DOCKER_HOST=") + shellQuoted(host), QStringLiteral("docker")};
    words << options << QStringLiteral("exec") << QStringLiteral("-it") << shellQuoted(container)
          << QStringLiteral("sh");
    return words.join(QLatin1Char(' '));
}

} // namespace Maestro::Orchestration
