// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathresolution.h"

#include <QDir>
#include <QFileInfo>

namespace Maestro::Core {

QString resolveUserPath(const QString &path, const QString &baseDir)
{
    QString expanded = path;
    if (expanded == QLatin1String("~") || expanded.startsWith(QLatin1String("~/")))
        expanded = QDir::homePath() + expanded.mid(1);
    const QFileInfo fromCwd(expanded);
    if (fromCwd.isAbsolute() || fromCwd.exists())
        return fromCwd.absoluteFilePath();
    const QFileInfo fromBase(joinBaseDir(baseDir, expanded));
    if (fromBase.exists())
        return fromBase.absoluteFilePath();
    return fromCwd.absoluteFilePath();
}

QString joinBaseDir(const QString &baseDir, const QString &name)
{
    if (baseDir.isEmpty() || QDir::isAbsolutePath(name))
        return name;
    return baseDir.endsWith(QLatin1Char('/')) ? baseDir + name : baseDir + QLatin1Char('/') + name;
}

} // namespace Maestro::Core
