// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefield.h"

#include "choicedelegate.h"
#include "originbadge.h"

#include "models/formtablemodel.h"
#include "models/formvalue.h"

#include "core/edit/yamlfragment.h"

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
    , m_badge(new OriginBadge(this))
{
    m_model->setParent(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
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
    connect(m_model, &Models::FormEditModel::editRequested, this,
            [this](Core::EditRequest request) {
                request.alias = m_alias;
                emit editRequested(request);
            });
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
    connect(m_badge, &OriginBadge::sourceRequested, this, &TableField::sourceRequested);
    connect(m_badge, &OriginBadge::editAnchorChosen, this, &TableField::editAnchor);
    connect(m_badge, &OriginBadge::localCopyChosen, this, [this] {
        Core::EditRequest copy = Models::FormValue::set(
            m_model->path(), Core::YamlFragment::flow(m_model->ownValue(), Core::FragmentStyle{}));
        copy.alias = Core::AliasPolicy::Copy;
        emit editRequested(copy);
    });
    layout->addWidget(m_badge);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    updateActions();
}

void TableField::editAnchor()
{
    m_alias = Core::AliasPolicy::Anchor;
    setReadOnly(false);
}

void TableField::setOrigin(const Core::ValueOrigin *origin, bool showBadge)
{
    m_alias = Core::AliasPolicy::Refuse;
    m_badge->setOrigin(showBadge ? origin : nullptr, !m_model->ownValue().isNull());
    setReadOnly(origin && origin->isReadOnly());
}

QLabel *TableField::badgeLabel() const
{
    return m_badge->label();
}

void TableField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
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
