// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityform.h"

#include "models/formtablemodel.h"
#include "models/formvalue.h"
#include "originbadge.h"
#include "tablefield.h"

#include "core/edit/yamlfragment.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Maestro::Gui {

EntityForm::EntityForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_badge(new OriginBadge(this))
    , m_layout(new QFormLayout)
{
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_badge);
    connect(m_badge, &OriginBadge::sourceRequested, this, &EntityForm::sourceRequested);
    connect(m_badge, &OriginBadge::editAnchorChosen, this, [this] {
        for (ScalarField *field : std::as_const(m_scalars))
            field->editAnchor();
        for (TableField *field : std::as_const(m_tables))
            field->editAnchor();
    });
    connect(m_badge, &OriginBadge::localCopyChosen, this, [this] {
        Core::EditRequest copy = Models::FormValue::set(
            m_base, Core::YamlFragment::flow(m_own, Core::FragmentStyle{}));
        copy.alias = Core::AliasPolicy::Copy;
        emit editRequested(copy);
    });
    layout->addLayout(m_layout);
    layout->addStretch();
}

ScalarField *EntityForm::scalarField(const QString &key) const
{
    for (ScalarField *field : m_scalars) {
        if (field->key() == key)
            return field;
    }
    return nullptr;
}

TableField *EntityForm::tableField(const QString &key) const
{
    for (TableField *field : m_tables) {
        if (field->key() == key)
            return field;
    }
    return nullptr;
}

QStringList EntityForm::keys() const
{
    QStringList keys;
    for (int row = 0; row < m_layout->rowCount(); ++row) {
        QWidget *field = m_layout->itemAt(row, QFormLayout::FieldRole)->widget();
        if (auto *scalar = qobject_cast<ScalarField *>(field))
            keys << scalar->key();
        else if (auto *table = qobject_cast<TableField *>(field))
            keys << table->key();
    }
    return keys;
}

ScalarField *EntityForm::addScalar(const QString &key, ScalarField::Kind kind,
                                   const QStringList &choices)
{
    auto *field = new ScalarField(key, kind, choices, this);
    connect(field, &ScalarField::editRequested, this, &EntityForm::editRequested);
    connect(field, &ScalarField::sourceRequested, this, &EntityForm::sourceRequested);
    // The label is the key as written in the file: it is what the user looks for.
    m_layout->addRow(key, field);
    if (auto *label = qobject_cast<QLabel *>(m_layout->labelForField(field)))
        label->setBuddy(field->editor());
    m_scalars << field;
    return field;
}

TableField *EntityForm::addTable(const QString &key, Models::FormTableSchema schema)
{
    return addTable(key, new Models::FormTableModel(std::move(schema)));
}

TableField *EntityForm::addTable(const QString &key, Models::FormEditModel *model)
{
    auto *field = new TableField(key, model, this);
    connect(field, &TableField::editRequested, this, &EntityForm::editRequested);
    connect(field, &TableField::sourceRequested, this, &EntityForm::sourceRequested);
    m_layout->addRow(key, field);
    m_tables << field;
    return field;
}

void EntityForm::fill(const Core::EditPath &base, const Core::Value *own,
                      const Core::Value *inherited, const QString &inheritedFrom,
                      const QSet<QString> &inheritable)
{
    using Models::FormValue::childPath;
    using Models::FormValue::valueAt;
    m_base = base;
    m_own = own ? *own : Core::Value();
    // A whole item a loop or an alias wrote says so once, above its fields.
    const Core::ValueOrigin *itemOrigin = m_provenance ? m_provenance->originOf(base) : nullptr;
    m_badge->setOrigin(itemOrigin, own != nullptr);
    const auto originOf = [this](const Core::EditPath &path) {
        return m_provenance ? m_provenance->originOf(path) : nullptr;
    };
    for (ScalarField *field : std::as_const(m_scalars)) {
        const Core::Value *from
            = inheritable.contains(field->key()) ? valueAt(inherited, field->key()) : nullptr;
        const Core::EditPath path = childPath(base, field->key());
        field->setValue(path, valueAt(own, field->key()), from, inheritedFrom);
        const Core::ValueOrigin *origin = originOf(path);
        field->setOrigin(origin, origin != itemOrigin);
    }
    for (TableField *field : std::as_const(m_tables)) {
        const Core::Value *from
            = inheritable.contains(field->key()) ? valueAt(inherited, field->key()) : nullptr;
        const Core::EditPath path = childPath(base, field->key());
        field->model()->setProvenance(m_provenance);
        field->model()->setValue(path, valueAt(own, field->key()), from, inheritedFrom);
        const Core::ValueOrigin *origin = originOf(path);
        field->setOrigin(origin, origin != itemOrigin);
    }
}

} // namespace Maestro::Gui
