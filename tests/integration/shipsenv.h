// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// The test ships started by ships.sh: reads the KEY=value file named by $MAESTRO_SHIPS_ENV.
class ShipsEnv
{
public:
    bool load(QString *error);
    QString value(const QString &key) const { return m_values.value(key); }
    int port(const QString &key) const { return m_values.value(key).toInt(); }
    // Runs `ships.sh <action> <dir>`; true on success.
    bool runScript(const QString &action) const;

private:
    QHash<QString, QString> m_values;
};
