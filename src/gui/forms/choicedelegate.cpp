// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicedelegate.h"

#include "models/formeditmodel.h"

#include <QComboBox>

namespace Maestro::Gui {

namespace {
QStringList choicesOf(const QModelIndex &index)
{
    return index.data(Models::FormEditModel::ChoicesRole).toStringList();
}
} // namespace

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QStringList choices = choicesOf(index);
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItems(choices);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentText());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Maestro::Gui
