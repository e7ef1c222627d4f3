// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "docker/hostkeyproblem.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Maestro::Docker {

// An OpenSSH known_hosts file as lines of text: adds a host's key and drops a host's old
// entries without touching anything else (comments, markers, other hosts, hashed names of
// other hosts). Any thread; one instance per edit.
class KnownHostsFile final
{
public:
    explicit KnownHostsFile(QString path);

    Core::VoidResult load();               // a missing file is an empty one
    void removeHost(const QString &label); // "[host]:port" or "host"
    void add(const HostKeyProblem &key);
    Core::VoidResult save() const; // QSaveFile, creates the directory

    const QList<QByteArray> &lines() const { return m_lines; }

    // True when a known_hosts host pattern (plain or "|1|salt|hash") names `label`.
    static bool patternNames(const QByteArray &pattern, const QByteArray &label);

private:
    QString m_path;
    QList<QByteArray> m_lines;
};

} // namespace Maestro::Docker
