// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/knownhostsfile.h"

#include "docker/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

KnownHostsFile::KnownHostsFile(QString path)
    : m_path(std::move(path))
{}

Core::VoidResult KnownHostsFile::load()
{
    m_lines.clear();
    QFile file(m_path);
    if (!file.exists())
        return Core::Success{};
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{Tr::tr("cannot read %1: %2").arg(m_path, file.errorString()), {}, {}};
    QByteArray text = file.readAll();
    if (text.endsWith('\n'))
        text.chop(1);
    if (!text.isEmpty())
        m_lines = text.split('\n');
    return Core::Success{};
}

bool KnownHostsFile::patternNames(const QByteArray &pattern, const QByteArray &label)
{
    if (!pattern.startsWith("|1|"))
        return pattern == label;
    // Hashed (HashKnownHosts): |1|base64(salt)|base64(HMAC-SHA1(salt, name)).
    const QList<QByteArray> parts = pattern.split('|');
    if (parts.size() != 4)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2));
    const QByteArray hash = QMessageAuthenticationCode::hash(label, salt, QCryptographicHash::Sha1);
    return hash == QByteArray::fromBase64(parts.at(3));
}

void KnownHostsFile::removeHost(const QString &label)
{
    const QByteArray name = label.toUtf8();
    QList<QByteArray> kept;
    for (const QByteArray &line : std::as_const(m_lines)) {
        const QByteArray trimmed = line.trimmed();
        // Comments, blank lines and @cert-authority/@revoked markers are not ours to change.
        if (trimmed.isEmpty() || trimmed.startsWith('#') || trimmed.startsWith('@')) {
            kept.append(line);
            continue;
        }
        const qsizetype space = trimmed.indexOf(' ');
        if (space < 0) {
            kept.append(line);
            continue;
        }
        QList<QByteArray> hosts = trimmed.left(space).split(',');
        const qsizetype before = hosts.size();
        hosts.removeIf([&](const QByteArray &h) { return patternNames(h, name); });
        if (hosts.size() == before)
            kept.append(line);
        else if (!hosts.isEmpty())
            kept.append(hosts.join(',') + trimmed.mid(space));
    }
    m_lines = kept;
}

void KnownHostsFile::add(const HostKeyProblem &key)
{
    m_lines.append(key.knownHostsLabel().toUtf8() + ' ' + key.keyType.toLatin1() + ' '
                   + key.publicKeyBase64);
}

Core::VoidResult KnownHostsFile::save() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error{Tr::tr("cannot write %1: %2").arg(m_path, file.errorString()), {}, {}};
    for (const QByteArray &line : m_lines) {
        file.write(line);
        file.write("\n");
    }
    if (!file.commit())
        return Core::Error{Tr::tr("cannot write %1: %2").arg(m_path, file.errorString()), {}, {}};
    return Core::Success{};
}

} // namespace Maestro::Docker
