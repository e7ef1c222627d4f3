// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipspanel.h"

#include "connectiontestdialog.h"

#include "models/shipsmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Maestro::Gui {

using Models::ShipsModel;

ShipsPanel::ShipsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ShipsModel(this))
    , m_view(new QTreeView(this))
    , m_testAction(new QAction(tr("&Test Connection"), this))
    , m_testAllAction(new QAction(tr("Test &All Ships"), this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Ships"));
    m_view->header()->setSectionResizeMode(ShipsModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ShipsModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_testAction);
    m_view->addAction(m_testAllAction);
    // Enter and double-click test the ship (activated covers both, per platform).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        testConnection(index.data(ShipsModel::ShipNameRole).toString());
    });

    m_testAction->setToolTip(tr("Test how the selected ship is reached, step by step"));
    m_testAllAction->setToolTip(tr("Test every ship in the background"));
    connect(m_testAction, &QAction::triggered, this, [this] { testConnection(currentShip()); });
    connect(m_testAllAction, &QAction::triggered, this, &ShipsPanel::testAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ShipsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ShipsPanel::updateActions);

    auto *testButton = new QToolButton(this);
    testButton->setDefaultAction(m_testAction);
    auto *testAllButton = new QToolButton(this);
    testAllButton->setDefaultAction(m_testAllAction);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(testButton);
    buttons->addWidget(testAllButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    updateActions();
}

ShipsPanel::~ShipsPanel()
{
    for (const auto &watcher : std::as_const(m_background)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

void ShipsPanel::setEnvironment(const Core::EnvironmentPtr &environment)
{
    const QString current = currentShip();
    m_model->setEnvironment(environment);
    selectShip(current);
}

void ShipsPanel::setShips(const QList<Docker::ConnectionSettings> &ships)
{
    const QString current = currentShip();
    m_model->setShips(ships);
    selectShip(current);
}

void ShipsPanel::selectShip(const QString &ship)
{
    const int row = m_model->rowOf(ship);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, ShipsModel::NameColumn));
}

QString ShipsPanel::currentShip() const
{
    return m_view->currentIndex().data(ShipsModel::ShipNameRole).toString();
}

ConnectionTestDialog *ShipsPanel::testConnection(const QString &ship)
{
    const int row = m_model->rowOf(ship);
    if (row < 0)
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ConnectionTestDialog(m_model->settings(row), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConnectionTestDialog::started, this,
            [this, ship] { m_model->setChecking(ship); });
    connect(m_dialog, &ConnectionTestDialog::checkFinished, this,
            [this, ship](const QList<Docker::ConnectionCheckStep> &steps) {
                m_model->setCheckResult(ship, steps);
                emit shipTested(ship);
            });
    m_dialog->show();
    m_dialog->start();
    return m_dialog;
}

void ShipsPanel::testAll()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString ship = m_model->settings(row).shipName;
        if (m_background.contains(ship))
            continue;
        auto watcher = std::make_shared<Watcher>();
        connect(watcher.get(), &QFutureWatcherBase::finished, this,
                [this, ship] { onBackgroundFinished(ship); });
        m_background.insert(ship, watcher);
        m_model->setChecking(ship);
        watcher->setFuture(Docker::checkConnection(m_model->settings(row)));
    }
    updateActions();
}

void ShipsPanel::onBackgroundFinished(const QString &ship)
{
    const std::shared_ptr<Watcher> watcher = m_background.take(ship);
    if (!watcher)
        return;
    const auto future = watcher->future();
    if (future.resultCount() > 0)
        m_model->setCheckResult(ship, future.result());
    updateActions();
    emit shipTested(ship);
}

bool ShipsPanel::isTesting() const
{
    return !m_background.isEmpty() || (m_dialog && m_dialog->isRunning());
}

void ShipsPanel::updateActions()
{
    m_testAction->setEnabled(!currentShip().isEmpty());
    m_testAllAction->setEnabled(m_model->rowCount() > 0 && m_background.isEmpty());
}

} // namespace Maestro::Gui
