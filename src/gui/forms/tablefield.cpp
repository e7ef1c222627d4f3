// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefield.h"

#include "models/formtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Maestro::Gui {

TableField::TableField(const QString &key, Models::FormEditModel *model, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_remove(new QAction(tr("Remove"), this))
    , m_override(new QAction(tr("Override here"), this))
    , m_badge(new QLabel(this))
{
    m_model->setParent(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(key);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false); // one line a row, the columns as wide as their contents
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_remove);
    m_view->addAction(m_override);
    // As tall as its rows: a form holds many tables, most of them short.
    m_view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

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
    connect(m_model, &Models::FormEditModel::editRequested, this, &TableField::editRequested);
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
        if (action == m_override)
            m_overrideButton = button;
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_badge->setWordWrap(true);
    m_badge->hide();
    connect(m_badge, &QLabel::linkActivated, this, [this] { emit sourceRequested(m_origin); });
    layout->addWidget(m_badge);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    updateActions();
}

void TableField::setOrigin(const Core::ValueOrigin *origin)
{
    m_origin = origin ? origin->location : Core::SourceLocation{};
    m_badge->setVisible(origin != nullptr);
    m_badge->setText(
        origin ? QStringLiteral("<a href=\"#\">%1</a>").arg(origin->describe().toHtmlEscaped())
               : QString());
    m_readOnly = origin && origin->isReadOnly();
    m_view->setEditTriggers(m_readOnly ? QAbstractItemView::NoEditTriggers
                                       : QAbstractItemView::DoubleClicked
                                             | QAbstractItemView::EditKeyPressed
                                             | QAbstractItemView::AnyKeyPressed);
    updateActions();
}

Models::FormTableModel *TableField::tableModel() const
{
    return qobject_cast<Models::FormTableModel *>(m_model);
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
    const bool anyInherited = std::any_of(rows.cbegin(), rows.cend(),
                                          [this](int r) { return m_model->isInherited(r); });
    const bool anyOwn = std::any_of(rows.cbegin(), rows.cend(),
                                    [this](int r) { return !m_model->isInherited(r); });
    m_remove->setEnabled(anyOwn && !m_readOnly);
    m_override->setEnabled(anyInherited && m_model->canOverride() && !m_readOnly);
    // Only where there is something to override: an instance's table with inherited rows.
    bool inheritsRows = false;
    for (int row = 0; row < m_model->rowCount() && !inheritsRows; ++row)
        inheritsRows = m_model->isInherited(row);
    m_overrideButton->setVisible(inheritsRows && m_model->canOverride());
}

} // namespace Maestro::Gui
