// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockfocus.h"

#include <QDockWidget>
#include <QMainWindow>

namespace Maestro::Gui {

void keepFocusOutOfHiddenDocks(QMainWindow *window)
{
    const QList<QDockWidget *> docks = window->findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        // Emitted when the dock is shown or hidden, and when its tab becomes (un)selected.
        QObject::connect(dock, &QDockWidget::visibilityChanged, dock, [dock](bool visible) {
            if (QWidget *contents = dock->widget())
                contents->setEnabled(visible);
        });
    }
}

} // namespace Maestro::Gui
