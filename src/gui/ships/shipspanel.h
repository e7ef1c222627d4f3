// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"
#include "docker/connectioncheck.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QTreeView;

namespace Maestro::Models {
class ShipsModel;
}

namespace Maestro::Gui {

class ConnectionTestDialog;

// The ships of the environment with their connection state, live (the main window feeds
// the model the state monitor's reports) or as last tested. "Test connection" (Enter or
// double-click on a ship) opens a ConnectionTestDialog that shows each step and asks about
// unknown SSH host keys; "Test all ships" tests every ship in the background and only
// updates the states. GUI thread only; the destructor waits for running tests.
class ShipsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipsPanel)

public:
    explicit ShipsPanel(QWidget *parent = nullptr);
    ~ShipsPanel() override;

    void setEnvironment(const Core::EnvironmentPtr &environment);
    void setShips(const QList<Docker::ConnectionSettings> &ships);
    // Selects `ship` (the main window follows the tree's selection).
    void selectShip(const QString &ship);
    QString currentShip() const;

    // Opens the test dialog for `ship` and starts it; nullptr for an unknown ship.
    ConnectionTestDialog *testConnection(const QString &ship);
    void testAll();
    bool isTesting() const;

    Models::ShipsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *testAction() const { return m_testAction; }
    QAction *testAllAction() const { return m_testAllAction; }

signals:
    void shipTested(const QString &ship);

private:
    using Watcher = QFutureWatcher<QList<Docker::ConnectionCheckStep>>;
    void onBackgroundFinished(const QString &ship);
    void updateActions();

    Models::ShipsModel *m_model;
    QTreeView *m_view;
    QAction *m_testAction;
    QAction *m_testAllAction;
    QHash<QString, std::shared_ptr<Watcher>> m_background;
    QPointer<ConnectionTestDialog> m_dialog;
};

} // namespace Maestro::Gui
