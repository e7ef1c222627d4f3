// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formeditmodel.h"
#include "formtableschema.h"

#include "core/edit/editengine.h"
#include "core/value.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Maestro::Models {

// One collection of an edit form (a service's or an instance's `ports`, `env`, `dns`, ...)
// as an editable table whose edits are requests for the edit engine: a changed cell asks to
// set that row's key (`...ports.http` to `"8081:80"`), a changed key to rename it, a removed
// row to unset it, a filled-in last (empty) row to add one. The table shows the change at
// once; the document's next load (setValue()) has the last word. An instance's table also shows,
// greyed, the rows it inherits from its service; editing one, or overrideRow(), sets it on the
// instance. A service's table says which instances override a row. GUI thread only.
class FormTableModel final : public FormEditModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormTableModel)

public:
    enum Role {
        InheritedRole = Qt::UserRole + 1, // bool: the row comes from the service
    };

    explicit FormTableModel(FormTableSchema schema, QObject *parent = nullptr);

    // Another shape of the same field (`labels` as a list or a mapping, volumes of schema 1
    // or 2); the next setValue() fills it.
    void setSchema(FormTableSchema schema);
    // `path` is the collection's place (`services.web.instances.web-1.ports`); `own` its
    // value there (null when absent), `inherited` the service's (instance tables only).
    void setValue(const Core::EditPath &path, const Core::Value *own,
                  const Core::Value *inherited = nullptr,
                  const QString &inheritedFrom = {}) override;
    // Row key -> the instances that set their own value for it (service tables).
    void setOverrides(const QHash<QString, QStringList> &overrides);
    // Sets an inherited row's value on the instance, unchanged.
    void overrideRow(int row) override;
    bool canOverride() const override { return true; }
    bool isInherited(int row) const override;
    // Whether a template, a loop or an alias wrote the row (setProvenance()).
    bool isLocked(int row) const;
    const FormTableSchema &schema() const { return m_schema; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    struct Row
    {
        QString key; // mappings only
        Core::Value value;
        QStringList cells; // after the key
        bool inherited = false;
        QString origin;      // where a template, a loop or an anchor wrote it
        bool locked = false; // and so it cannot be edited here
    };

    Row makeRow(const QString &key, const Core::Value &value, bool inherited) const;
    bool isNewRow(int row) const { return row == m_rows.size(); }
    int hintColumn() const { return m_schema.hint ? int(m_schema.headers.size()) : -1; }
    int overridesColumn() const;
    QString cellText(int row, int column) const;
    Core::EditPath rowPath(int row) const;
    void commitRow(int row);

    FormTableSchema m_schema;
    QList<Row> m_rows;
    Row m_newRow; // the empty last row, filled in cell by cell
    QString m_inheritedFrom;
    QHash<QString, QStringList> m_overrides;
    bool m_showsOverrides = false; // a last column "Overridden in" (service tables)
};

} // namespace Maestro::Models
