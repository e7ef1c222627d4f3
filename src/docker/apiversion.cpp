// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/apiversion.h"

#include <QStringList>

namespace Maestro::Docker::ApiVersion {

namespace {
bool split(const QString &version, int &major, int &minor)
{
    const qsizetype dot = version.indexOf(u'.');
    if (dot <= 0 || dot == version.size() - 1 || version.size() > 12)
        return false;
    bool ok1 = false, ok2 = false;
    major = version.left(dot).toInt(&ok1);
    minor = version.mid(dot + 1).toInt(&ok2);
    for (QChar c : version) {
        if (!c.isDigit() && c != u'.')
            return false;
    }
    return ok1 && ok2;
}
} // namespace

bool isValid(const QString &version)
{
    int major, minor;
    return split(version, major, minor);
}

int compare(const QString &a, const QString &b)
{
    int amaj = 0, amin = 0, bmaj = 0, bmin = 0;
    split(a, amaj, amin);
    split(b, bmaj, bmin);
    if (amaj != bmaj)
        return amaj < bmaj ? -1 : 1;
    if (amin != bmin)
        return amin < bmin ? -1 : 1;
    return 0;
}

QString negotiate(const QString &daemonVersion)
{
    const QString client = QString::fromLatin1(ClientMaximum);
    if (!isValid(daemonVersion))
        return client;
    return compare(daemonVersion, client) < 0 ? daemonVersion : client;
}

bool isAuto(const QString &setting)
{
    return setting.trimmed().isEmpty()
           || setting.trimmed().compare(u"auto", Qt::CaseInsensitive) == 0;
}

} // namespace Maestro::Docker::ApiVersion
