// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace Maestro::Models {
class EnvironmentTreeModel;
}

namespace Maestro::Gui {

// The context menus' entries about one instance's container: copy its ID, copy a command
// line that opens a shell in it (right for its ship's transport), open each published TCP
// port in the browser. Made for each menu from what the tree knows (the container's ID) and
// the file (the ship, the ports). GUI thread only.
class InstanceActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceActions)

public:
    explicit InstanceActions(Models::EnvironmentTreeModel *tree, QObject *parent = nullptr);

    // The entries for `instance` (none for a name the environment does not have), children of
    // `owner`, which the menu's caller deletes with the menu.
    QList<QAction *> actionsFor(const QString &instance, QObject *owner) const;

private:
    Models::EnvironmentTreeModel *m_tree;
};

} // namespace Maestro::Gui
