// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editengine.h"
#include "core/value.h"

#include <QDockWidget>

class QAbstractItemView;
class QLabel;
class QStackedWidget;

namespace Maestro::Gui {

class InstanceForm;
class ServiceForm;
class ShipForm;

// The "Edit" dock: the form of the ship, service or instance selected in the environment
// tree, filled from the parsed document (setDocument() after every load). It edits
// nothing itself: every committed change of a form leaves as editRequested(), for the
// document to apply, whose next load fills the form again. GUI thread only.
class EditDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditDock)

public:
    explicit EditDock(QWidget *parent = nullptr);

    // The parsed document (Core::LoadResult::document); the shown item is shown again.
    void setDocument(const Core::Value &document);
    void showShip(const QString &name);
    void showService(const QString &name);
    void showInstance(const QString &name);
    void showNothing();
    // Shows what is current in `tree`, a view of Models::EnvironmentTreeModel (or a proxy).
    void followTree(QAbstractItemView *tree);

    ShipForm *shipForm() const { return m_ship; }
    ServiceForm *serviceForm() const { return m_service; }
    InstanceForm *instanceForm() const { return m_instance; }
    QWidget *currentForm() const;

signals:
    void editRequested(const Maestro::Core::EditRequest &request);

private:
    enum class Shown { Nothing, Ship, Service, Instance };
    void show(Shown what, const QString &name);

    Core::Value m_document;
    Shown m_shown = Shown::Nothing;
    QString m_name;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    ShipForm *m_ship;
    ServiceForm *m_service;
    InstanceForm *m_instance;
};

} // namespace Maestro::Gui
