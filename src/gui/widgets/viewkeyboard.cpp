// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewkeyboard.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QShortcut>
#include <QTreeView>

namespace Maestro::Gui {

namespace {

class CurrentRowOnFocus final : public QObject
{
public:
    explicit CurrentRowOnFocus(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::FocusIn) {
            QAbstractItemModel *model = m_view->model();
            QItemSelectionModel *selection = m_view->selectionModel();
            if (model && selection && !m_view->currentIndex().isValid() && model->rowCount() > 0)
                selection->setCurrentIndex(model->index(0, 0), QItemSelectionModel::NoUpdate);
        }
        return false;
    }

private:
    QAbstractItemView *m_view;
};

void openContextMenu(QAbstractItemView *view)
{
    QWidget *viewport = view->viewport();
    const QRect current = view->visualRect(view->currentIndex());
    // Where the Menu key puts it: at the current row, else the viewport's corner.
    const QPoint pos = current.isValid() && viewport->rect().intersects(current) ? current.center()
                                                                                 : QPoint(0, 0);
    QContextMenuEvent event(QContextMenuEvent::Keyboard, pos, viewport->mapToGlobal(pos));
    QCoreApplication::sendEvent(viewport, &event);
}

} // namespace

void setUpKeyboard(QAbstractItemView *view)
{
    new CurrentRowOnFocus(view);
    if (auto *tree = qobject_cast<QTreeView *>(view))
        tree->setAllColumnsShowFocus(true);
    auto *menuKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), view);
    menuKey->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(menuKey, &QShortcut::activated, view, [view] { openContextMenu(view); });
}

} // namespace Maestro::Gui
