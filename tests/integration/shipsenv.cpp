// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipsenv.h"

#include <QFile>
#include <QProcess>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

DaemonLog::DaemonLog(const QString &path)
    : m_file(path)
{
    if (m_file.open(QIODevice::ReadOnly))
        m_file.seek(m_file.size());
}

bool DaemonLog::received(const QByteArray &path)
{
    m_seen += m_file.readAll();
    return m_seen.contains("Calling ") && m_seen.contains(path);
}

int ShipsEnv::deadPort(QString *error) const
{
    const int port = this->port(QStringLiteral("MDT_DEAD_PORT"));
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        *error = QStringLiteral("socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return 0;
    }
    // SO_REUSEADDR: a connection of an earlier test in TIME_WAIT is no listener; only a
    // listening socket makes the bind fail.
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool bound
        = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    const int bindErrno = errno;
    ::close(fd);
    if (port <= 0 || !bound) {
        *error = QStringLiteral("the dead port %1 is not dead: %2")
                     .arg(port)
                     .arg(QString::fromLocal8Bit(std::strerror(bound ? EINVAL : bindErrno)));
        return 0;
    }
    return port;
}

bool ShipsEnv::load(QString *error)
{
    const QString path = qEnvironmentVariable("MAESTRO_SHIPS_ENV");
    if (path.isEmpty()) {
        *error = u"MAESTRO_SHIPS_ENV is not set: run through ctest (fixture maestro_ships)"_s;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: did ships_start fail?"_s.arg(path);
        return false;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            m_values.insert(line.left(eq), line.mid(eq + 1));
    }
    return !m_values.isEmpty();
}

bool ShipsEnv::runScript(const QString &action) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(MAESTRO_SHIPS_SCRIPT), {action, value(u"MDT_DIR"_s)});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

Maestro::Docker::ConnectionSettings ShipsEnv::settingsFor(const QString &transport) const
{
    using namespace Maestro::Docker;
    ConnectionSettings s;
    s.shipName = u"ship-"_s + transport;
    s.endpoint = u"127.0.0.1"_s;
    s.timeoutSeconds = 10;
    const auto useTls = [&] {
        s.tls = true;
        s.tlsVerify = true;
        // Relative paths, found through the environment file's directory (KW-29).
        s.baseDirectory = value(u"MDT_TLS_DIR"_s);
        s.tlsCaCert = u"ca.pem"_s;
        s.tlsCert = u"cert.pem"_s;
        s.tlsKey = u"key.pem"_s;
        s.endpoint = value(u"MDT_SHIP3_TLS_HOST"_s);
        s.dockerPort = port(u"MDT_SHIP3_TLS_PORT"_s);
    };
    if (transport == u"unix"_s) {
        s.socketPath = value(u"MDT_SHIP1_SOCKET"_s);
    } else if (transport == u"tcp"_s) {
        s.dockerPort = port(u"MDT_SHIP2_TCP_PORT"_s);
    } else if (transport == u"tls"_s) {
        useTls();
    } else {
        SshTunnelSettings ssh;
        ssh.user = value(u"MDT_SSH_USER"_s);
        ssh.keyPath = value(u"MDT_SSH_KEY"_s);
        ssh.port = port(u"MDT_SSH_PORT"_s);
        ssh.knownHostsPath = value(u"MDT_SSH_KNOWN_HOSTS"_s);
        if (transport == u"ssh-unix"_s)
            ssh.socketPath = value(u"MDT_SHIP1_SOCKET"_s);
        else if (transport == u"ssh-tls"_s)
            useTls(); // sshd forwards to 127.0.0.1:<TLS port>; the certificate names localhost
        else
            s.dockerPort = port(u"MDT_SHIP2_TCP_PORT"_s); // remote 127.0.0.1:port
        s.sshTunnel = ssh;
    }
    return s;
}
