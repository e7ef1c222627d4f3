// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Maestro::Gui {

// The most recently opened environment files, newest first, kept in QSettings under
// `recentFiles`. GUI thread only.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int kMaxEntries = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &fileName);
    void remove(const QString &fileName);
    void clear();

signals:
    void changed();

private:
    void save();

    QStringList m_files;
};

} // namespace Maestro::Gui
