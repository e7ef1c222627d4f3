// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefield.h"

#include "models/formtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Maestro::Gui {

TableField::TableField(const QString &key, Models::FormTableSchema schema, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_model(new Models::FormTableModel(std::move(schema), this))
    , m_view(new QTableView(this))
    , m_remove(new QAction(tr("Remove"), this))
    , m_override(new QAction(tr("Override here"), this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(key);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_remove);
    m_view->addAction(m_override);
    // A table as tall as a few rows: a form holds many of them.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4);

    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setObjectName(key + QStringLiteral("-remove"));
    m_override->setObjectName(key + QStringLiteral("-override"));
    m_override->setToolTip(tr("Set the inherited row here, to change it for this one only"));
    connect(m_remove, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedRows();
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            m_model->removeRow(*it);
    });
    connect(m_override, &QAction::triggered, this, [this] {
        for (const int row : selectedRows())
            m_model->overrideRow(row);
        updateActions();
    });
    connect(m_model, &Models::FormTableModel::editRequested, this, &TableField::editRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TableField::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableField::updateActions);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_remove, m_override}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAccessibleName(action->text());
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    updateActions();
}

QList<int> TableField::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (index.row() < m_model->rowCount() - 1) // not the empty row for a new entry
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TableField::updateActions()
{
    const QList<int> rows = selectedRows();
    const bool anyInherited
        = std::any_of(rows.cbegin(), rows.cend(), [this](int r) { return m_model->isInherited(r); });
    const bool anyOwn = std::any_of(rows.cbegin(), rows.cend(),
                                    [this](int r) { return !m_model->isInherited(r); });
    m_remove->setEnabled(anyOwn);
    m_override->setEnabled(anyInherited);
    m_override->setVisible(anyInherited);
}

} // namespace Maestro::Gui
