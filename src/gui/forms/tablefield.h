// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/formtableschema.h"

#include "core/edit/editengine.h"

#include <QWidget>

class QAction;
class QTableView;

namespace Maestro::Models {
class FormTableModel;
}

namespace Maestro::Gui {

// One collection field of an edit form (`ports`, `env`, `volumes`, `dns`, ...): a table of
// a Models::FormTableModel whose accessible name is the field's YAML key, with Remove
// (Delete) for the selected rows and, on an instance, "Override here" for a selected row it
// inherits from its service. Edits are the model's requests. GUI thread only.
class TableField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableField)

public:
    TableField(const QString &key, Models::FormTableSchema schema, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    Models::FormTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *removeAction() const { return m_remove; }
    QAction *overrideAction() const { return m_override; }

signals:
    void editRequested(const Maestro::Core::EditRequest &request);

private:
    void updateActions();
    QList<int> selectedRows() const;

    QString m_key;
    Models::FormTableModel *m_model;
    QTableView *m_view;
    QAction *m_remove;
    QAction *m_override;
};

} // namespace Maestro::Gui
