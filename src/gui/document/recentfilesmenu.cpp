// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"

#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace Maestro::Gui {

RecentFilesMenu::RecentFilesMenu(QMenu *menu, RecentFiles *files, QWidget *dialogParent,
                                 QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_files(files)
    , m_dialogParent(dialogParent)
{
    connect(m_files, &RecentFiles::changed, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    m_menu->clear();
    const QStringList files = m_files->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        // &1..&9 make the first entries reachable from the keyboard.
        const QString label = i < 9 ? tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(file))
                                    : QDir::toNativeSeparators(file);
        QAction *action = m_menu->addAction(label);
        connect(action, &QAction::triggered, this, [this, file] {
            if (QFileInfo::exists(file)) {
                emit openRequested(file);
            } else {
                QMessageBox::warning(
                    m_dialogParent, tr("Open Recent"),
                    tr("%1 no longer exists.").arg(QDir::toNativeSeparators(file)));
                m_files->remove(file);
            }
        });
    }
    if (!files.isEmpty()) {
        m_menu->addSeparator();
        m_menu->addAction(tr("&Clear List"), m_files, &RecentFiles::clear);
    }
    m_menu->setEnabled(!files.isEmpty());
}

} // namespace Maestro::Gui
