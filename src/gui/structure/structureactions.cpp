// SPDX-License-Identifier: GPL-3.0-or-later
#include "structureactions.h"

#include "adddialog.h"
#include "dependents.h"
#include "instancedragmove.h"
#include "instanceduplicate.h"
#include "renamedialog.h"
#include "structureedits.h"

#include "gui/icons.h"

#include "document/environmentdocument.h"
#include "models/environmenttreemodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace Maestro::Gui {

using Kind = StructureTarget::Kind;

StructureActions::StructureActions(Document::EnvironmentDocument *document, QAbstractItemView *tree,
                                   Models::EnvironmentTreeModel *model, QMenu *editMenu,
                                   QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_tree(tree)
    , m_model(model)
    , m_dialogParent(dialogParent)
    , m_addShip(makeAction(tr("Add S&hip…"), QStringLiteral("actionAddShip"),
                           tr("Add a ship (a Docker host) to the file"), QStringLiteral("list-add"),
                           &StructureActions::addShip))
    , m_addService(makeAction(tr("Add &Service…"), QStringLiteral("actionAddService"),
                              tr("Add a service to the file"), QStringLiteral("list-add"),
                              &StructureActions::addService))
    , m_addInstance(makeAction(tr("Add &Instance…"), QStringLiteral("actionAddInstance"),
                               tr("Add an instance to the selected service"),
                               QStringLiteral("list-add"), &StructureActions::addInstance))
    , m_duplicate(makeAction(tr("Du&plicate Instance"), QStringLiteral("actionDuplicateInstance"),
                             tr("Copy the selected instance under the next free name, with free "
                                "host ports"),
                             QStringLiteral("edit-copy"), &StructureActions::duplicate))
    , m_rename(makeAction(tr("Re&name…"), QStringLiteral("actionRename"),
                          tr("Rename the selected ship, service or instance and every reference "
                             "to it"),
                          QStringLiteral("edit-rename"), &StructureActions::rename))
    , m_delete(makeAction(tr("&Delete…"), QStringLiteral("actionDelete"),
                          tr("Delete the selected ship, service or instance"),
                          QStringLiteral("edit-delete"), &StructureActions::remove))
    , m_separator(new QAction(this))
    , m_dragMove(new InstanceDragMove(tree, model, this))
{
    m_separator->setSeparator(true);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *action : actions()) {
        // The tree's keys work where the tree has the focus, not in the editor's text.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        tree->addAction(action);
    }
    editMenu->addSeparator();
    editMenu->addActions({m_addShip, m_addService, m_addInstance});
    editMenu->addSeparator();
    editMenu->addActions({m_duplicate, m_rename, m_delete});

    connect(m_dragMove, &InstanceDragMove::moveRequested, this,
            [this](const QString &instance, const QString &ship) {
                if (const Core::EnvironmentPtr environment = m_document->lastLoad().environment)
                    apply(StructureEdits::moveInstance(*environment, instance, ship), instance);
            });
    connect(document, &Document::EnvironmentDocument::editRefused, this,
            [this] { m_selectAfterEdit.clear(); });
    connect(document, &Document::EnvironmentDocument::environmentChanged, this, [this] {
        // Queued: the window first shows the new environment and selects what it showed.
        if (const QString instance = std::exchange(m_selectAfterEdit, QString());
            !instance.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, instance] { selectInstance(instance); }, Qt::QueuedConnection);
    });
    connect(document, &Document::EnvironmentDocument::loadFinished, this,
            &StructureActions::update);
    connect(model, &QAbstractItemModel::modelReset, this, &StructureActions::update);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StructureActions::update);
    update();
}

QAction *StructureActions::makeAction(const QString &text, const QString &objectName,
                                      const QString &tip, const QString &icon,
                                      void (StructureActions::*slot)())
{
    auto *action = new QAction(themedIcon(icon), text, this);
    action->setObjectName(objectName);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> StructureActions::actions() const
{
    return {m_addShip, m_addService, m_addInstance, m_duplicate, m_rename, m_delete};
}

QList<QAction *> StructureActions::contextMenuActions() const
{
    return QList<QAction *>{m_separator} + actions();
}

StructureTarget StructureActions::current() const
{
    return StructureTarget::fromTreeIndex(m_tree->currentIndex());
}

void StructureActions::update()
{
    // Structure edits need the file's model: not while the file has errors (or none is open).
    const Core::EnvironmentPtr environment = m_document->lastLoad().environment;
    const StructureTarget target = current();
    const bool targetExists = environment && !target.path(*environment).steps.isEmpty();
    m_addShip->setEnabled(environment != nullptr);
    m_addService->setEnabled(environment != nullptr);
    m_addInstance->setEnabled(environment && !environment->services.isEmpty()
                              && !environment->ships.isEmpty());
    m_duplicate->setEnabled(targetExists && target.kind == Kind::Instance);
    m_rename->setEnabled(targetExists);
    m_delete->setEnabled(targetExists);
}

void StructureActions::apply(const Core::EditRequest &request, const QString &select)
{
    m_selectAfterEdit = select;
    m_document->applyEdit(request);
}

void StructureActions::selectInstance(const QString &instance)
{
    QModelIndex index = m_model->indexForInstance(instance);
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_tree->model()))
        index = proxy->mapFromSource(index);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void StructureActions::add(Kind kind)
{
    const Core::LoadResult &load = m_document->lastLoad();
    if (!load.environment)
        return;
    const StructureTarget target = current();
    QString ship;
    if (target.kind == Kind::Ship)
        ship = target.name;
    else if (const Core::Instance *instance = load.environment->instance(target.name);
             instance && target.kind == Kind::Instance)
        ship = instance->ship;
    AddDialog dialog(kind, load.document, *load.environment, target.service(*load.environment),
                     ship, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        apply(dialog.request(),
              kind == Kind::Instance ? dialog.nameEdit()->text().trimmed() : QString());
}

void StructureActions::duplicate()
{
    const Core::LoadResult &load = m_document->lastLoad();
    if (!load.environment)
        return;
    if (const auto copy = InstanceDuplicate::of(load.document, *load.environment, current().name))
        apply(copy->request, copy->name);
}

void StructureActions::rename()
{
    const StructureTarget target = current();
    if (!target.isValid() || !m_document->lastLoad().environment)
        return;
    RenameDialog dialog(m_document, target, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        apply(dialog.request(),
              target.kind == Kind::Instance ? dialog.nameEdit()->text().trimmed() : QString());
}

void StructureActions::remove()
{
    const Core::EnvironmentPtr environment = m_document->lastLoad().environment;
    const StructureTarget target = current();
    if (!environment || !target.isValid())
        return;
    QString what;
    switch (target.kind) {
    case Kind::Ship:
        what = tr("the ship %1").arg(target.name);
        break;
    case Kind::Service: {
        const Core::Service *service = environment->service(target.name);
        what = tr("the service %1 with its %n instance(s)", nullptr,
                  service ? int(service->instances.size()) : 0)
                   .arg(target.name);
        break;
    }
    case Kind::Instance:
    case Kind::None:
        what = tr("the instance %1").arg(target.name);
        break;
    }
    QMessageBox box(m_dialogParent);
    box.setWindowTitle(tr("Delete"));
    const QStringList dependents = dependentsOf(*environment, target);
    if (!dependents.isEmpty()) {
        // Refused rather than also removing the references: a dependency silently gone would
        // change what starts with what; the user decides each one.
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("Cannot delete %1: other parts of the file refer to it.").arg(what));
        box.setInformativeText(tr("Remove or change these references first, then delete it:")
                               + QStringLiteral("\n• ") + dependents.join(QStringLiteral("\n• ")));
        box.setStandardButtons(QMessageBox::Close);
        box.exec();
        return;
    }
    box.setIcon(QMessageBox::Question);
    box.setText(tr("Delete %1?").arg(what));
    box.setInformativeText(tr("Nothing else in the file refers to it. Its lines are removed "
                              "from the file; Undo brings them back."));
    QPushButton *deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == deleteButton)
        apply(StructureEdits::remove(*environment, target));
}

} // namespace Maestro::Gui
