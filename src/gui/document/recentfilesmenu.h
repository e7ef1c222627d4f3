// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Maestro::Gui {

class RecentFiles;

// The File > Open Recent menu: one entry per file of `files`, the first nine numbered for the
// keyboard, then Clear List; rebuilt whenever the list changes, disabled while it is empty.
// Choosing a file that is gone says so (over `dialogParent`) and drops it from the list.
// GUI thread only.
class RecentFilesMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)

public:
    RecentFilesMenu(QMenu *menu, RecentFiles *files, QWidget *dialogParent,
                    QObject *parent = nullptr);

signals:
    // A file that exists was chosen.
    void openRequested(const QString &fileName);

private:
    void rebuild();

    QMenu *m_menu;
    RecentFiles *m_files;
    QWidget *m_dialogParent;
};

} // namespace Maestro::Gui
