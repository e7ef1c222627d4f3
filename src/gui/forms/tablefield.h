// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editengine.h"
#include "core/edit/provenance.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolButton;

namespace Maestro::Models {
class FormEditModel;
class FormTableModel;
} // namespace Maestro::Models

namespace Maestro::Gui {

class OriginBadge;

// One collection field of an edit form (`ports`, `env`, `volumes`, `dns`, `lifecycle`, ...):
// a table of a Models::FormEditModel whose accessible name is the field's YAML key, with Remove
// (Delete) for the selected rows and, on an instance, "Override here" for a selected row it
// inherits from its service. Edits are the model's requests. GUI thread only.
class TableField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableField)

public:
    // Takes `model` over.
    TableField(const QString &key, Models::FormEditModel *model, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // Where the whole field comes from when a template, a loop or an alias wrote it (null:
    // literal text): a badge that links there; read-only but for a merged value.
    // `showBadge` false: the form shows it once for all its fields (a whole instance a loop
    // or an alias wrote).
    void setOrigin(const Core::ValueOrigin *origin, bool showBadge = true);
    // From now on, a change of this field edits the anchored node its alias names.
    void editAnchor();
    QLabel *badgeLabel() const;
    OriginBadge *badge() const { return m_badge; }
    Models::FormEditModel *model() const { return m_model; }
    // The model as a FormTableModel, or null (the lifecycle checks have their own).
    Models::FormTableModel *tableModel() const;
    QTableView *view() const { return m_view; }
    QAction *removeAction() const { return m_remove; }
    QAction *overrideAction() const { return m_override; }

signals:
    void editRequested(const Maestro::Core::EditRequest &request);
    void sourceRequested(const Maestro::Core::SourceLocation &location);

private:
    void updateActions();
    void setReadOnly(bool readOnly);
    QList<int> selectedRows() const;

    QString m_key;
    Models::FormEditModel *m_model;
    QTableView *m_view;
    QAction *m_remove;
    QAction *m_override;
    QToolButton *m_overrideButton = nullptr;
    OriginBadge *m_badge;
    bool m_readOnly = false;
    Core::AliasPolicy m_alias = Core::AliasPolicy::Refuse; // Anchor once the user chose it
};

} // namespace Maestro::Gui
