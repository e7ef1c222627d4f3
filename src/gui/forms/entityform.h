// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/formtableschema.h"
#include "scalarfield.h"

#include "core/edit/editengine.h"
#include "core/edit/provenance.h"
#include "core/value.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QFormLayout;

namespace Maestro::Models {
class FormEditModel;
}
class QLabel;

namespace Maestro::Gui {

class OriginBadge;
class TableField;

// What the ship, service and instance forms share: a title and a column of fields, each
// labelled with its YAML key, filled from one mapping of the parsed document (what the user
// wrote, not what it resolves to) and from the mapping it inherits from; every field's
// requests leave as editRequested(). GUI thread only.
class EntityForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityForm)

public:
    explicit EntityForm(QWidget *parent = nullptr);

    QLabel *titleLabel() const { return m_title; }
    // Where the whole item comes from when a loop, a template or an alias wrote it.
    OriginBadge *badge() const { return m_badge; }
    ScalarField *scalarField(const QString &key) const;
    TableField *tableField(const QString &key) const;
    // Every field's key, in form order.
    QStringList keys() const;
    // Where the document's values come from, for the next showItem(); must outlive the form's
    // use of it (null: none known).
    void setProvenance(const Core::Provenance *provenance) { m_provenance = provenance; }

signals:
    void editRequested(const Maestro::Core::EditRequest &request);
    // A provenance badge was clicked: show where the value is written.
    void sourceRequested(const Maestro::Core::SourceLocation &location);

protected:
    ScalarField *addScalar(const QString &key, ScalarField::Kind kind,
                           const QStringList &choices = {});
    TableField *addTable(const QString &key, Models::FormTableSchema schema);
    TableField *addTable(const QString &key, Models::FormEditModel *model);
    // Fills every field from `own` (the mapping at `base`); the fields whose key is in
    // `inheritable` also from `inherited`, which `inheritedFrom` names.
    void fill(const Core::EditPath &base, const Core::Value *own,
              const Core::Value *inherited = nullptr, const QString &inheritedFrom = {},
              const QSet<QString> &inheritable = {});

private:
    QLabel *m_title;
    OriginBadge *m_badge;
    Core::Value m_own;
    Core::EditPath m_base;
    QFormLayout *m_layout;
    QList<ScalarField *> m_scalars;
    QList<TableField *> m_tables;
    const Core::Provenance *m_provenance = nullptr;
};

} // namespace Maestro::Gui
