// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipsenv.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

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
