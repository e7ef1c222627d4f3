// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "structuretarget.h"

#include "core/edit/editengine.h"

#include <QList>
#include <QObject>

class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

namespace Maestro::Models {
class EnvironmentTreeModel;
}

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

class InstanceDragMove;

// Structure editing from the environment tree: Add Ship..., Add Service..., Add Instance...,
// Duplicate Instance, Rename..., Delete..., in the Edit menu and the tree's context menu
// (the same actions, acting on the tree's current row), and moving an instance to another
// ship by dragging it (InstanceDragMove). Each action is one edit of the document (one undo
// step); the instance an action adds, renames or moves is selected afterwards. Delete lists what
// depends on the target first and refuses while something does: the user removes those references
// first (docs/user-guide.md). The actions are enabled while the file loads without errors, each
// where its target fits. GUI thread only.
class StructureActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StructureActions)

public:
    // Adds the actions to `editMenu`; dialogs open over `dialogParent`.
    StructureActions(Document::EnvironmentDocument *document, QAbstractItemView *tree,
                     Models::EnvironmentTreeModel *model, QMenu *editMenu, QWidget *dialogParent);

    // The six actions, as the Edit menu has them.
    QList<QAction *> actions() const;
    // For the tree's context menu: the actions, after a separator.
    QList<QAction *> contextMenuActions() const;
    QAction *addShipAction() const { return m_addShip; }
    QAction *addServiceAction() const { return m_addService; }
    QAction *addInstanceAction() const { return m_addInstance; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    InstanceDragMove *dragMove() const { return m_dragMove; }

    // What the actions act on: the tree's current row.
    StructureTarget current() const;

private:
    QAction *makeAction(const QString &text, const QString &objectName, const QString &tip,
                        const QString &icon, void (StructureActions::*slot)());
    void update();
    void add(StructureTarget::Kind kind);
    void addShip() { add(StructureTarget::Kind::Ship); }
    void addService() { add(StructureTarget::Kind::Service); }
    void addInstance() { add(StructureTarget::Kind::Instance); }
    void duplicate();
    void rename();
    void remove();
    // Applies `request`; `select`, an instance the edit adds, renames or moves, becomes the
    // tree's current row once the edited file has loaded.
    void apply(const Core::EditRequest &request, const QString &select = QString());
    void selectInstance(const QString &instance);

    Document::EnvironmentDocument *m_document;
    QAbstractItemView *m_tree;
    Models::EnvironmentTreeModel *m_model;
    QWidget *m_dialogParent;
    QAction *m_addShip;
    QAction *m_addService;
    QAction *m_addInstance;
    QAction *m_duplicate;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_separator;
    InstanceDragMove *m_dragMove;
    QString m_selectAfterEdit;
};

} // namespace Maestro::Gui
