// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowactions.h"
#include "ui_mainwindow.h"

#include "icons.h"

namespace Maestro::Gui {

void decorateWindowActions(Ui::MainWindow &ui)
{
    ui.actionNew->setIcon(themedIcon(QStringLiteral("document-new")));
    ui.actionNew->setShortcut(QKeySequence::New);
    ui.actionOpen->setIcon(themedIcon(QStringLiteral("document-open")));
    ui.actionOpen->setShortcut(QKeySequence::Open);
    ui.actionReload->setIcon(themedIcon(QStringLiteral("view-refresh")));
    ui.actionShowFile->setIcon(themedIcon(QStringLiteral("text-x-generic")));
    ui.actionExportGraph->setIcon(themedIcon(QStringLiteral("document-save-as")));
    ui.actionQuit->setIcon(themedIcon(QStringLiteral("application-exit")));
    ui.actionQuit->setShortcut(QKeySequence::Quit);
    ui.actionGroupByService->setIcon(themedIcon(QStringLiteral("view-list-tree")));
    ui.actionFilter->setShortcut(QKeySequence::Find);
    ui.actionZoomIn->setIcon(themedIcon(QStringLiteral("zoom-in")));
    ui.actionZoomIn->setShortcut(QKeySequence::ZoomIn);
    ui.actionZoomOut->setIcon(themedIcon(QStringLiteral("zoom-out")));
    ui.actionZoomOut->setShortcut(QKeySequence::ZoomOut);
    ui.actionFit->setIcon(themedIcon(QStringLiteral("zoom-fit-best")));
    ui.actionAbout->setIcon(themedIcon(QStringLiteral("help-about")));
    ui.menuRecent->setIcon(themedIcon(QStringLiteral("document-open-recent")));
}

} // namespace Maestro::Gui
