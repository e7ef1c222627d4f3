// SPDX-License-Identifier: GPL-3.0-or-later
#include "formtablemodel.h"

#include "formvalue.h"

#include "core/edit/yamlfragment.h"

#include <QColor>
#include <QFont>

namespace Maestro::Models {

using Core::Value;

FormTableModel::FormTableModel(FormTableSchema schema, QObject *parent)
    : FormEditModel(parent)
    , m_schema(std::move(schema))
{}

void FormTableModel::setSchema(FormTableSchema schema)
{
    beginResetModel();
    m_schema = std::move(schema);
    m_rows.clear();
    m_newRow = {};
    endResetModel();
}

FormTableModel::Row FormTableModel::makeRow(const QString &key, const Value &value,
                                            bool inherited) const
{
    Row row;
    row.key = key;
    row.value = value;
    row.cells = m_schema.decode(value);
    row.inherited = inherited;
    return row;
}

void FormTableModel::setValue(const Core::EditPath &path, const Value *own, const Value *inherited,
                              const QString &inheritedFrom)
{
    beginResetModel();
    m_path = path;
    m_own = own ? *own : Value();
    m_inheritedFrom = inheritedFrom;
    m_rows.clear();
    m_newRow = {};
    if (m_schema.shape == FormTableSchema::Shape::Mapping) {
        for (const Value::Entry &entry : m_own.entries())
            m_rows.append(makeRow(entry.keyText, entry.value, false));
        if (inherited) {
            for (const Value::Entry &entry : inherited->entries()) {
                if (!m_own.find(entry.keyText))
                    m_rows.append(makeRow(entry.keyText, entry.value, true));
            }
        }
    } else if (m_own.isList()) {
        for (const Value &item : m_own.items())
            m_rows.append(makeRow(QString(), item, false));
    } else if (!m_own.isNull()) { // `dns: 8.8.8.8`, a one-item list written as a string
        m_rows.append(makeRow(QString(), m_own, false));
    }
    // What locks the whole field (an alias of the collection) is the field's to show.
    const Core::ValueOrigin *fieldOrigin = originOf(m_path);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).inherited)
            continue;
        const Core::ValueOrigin *origin = originOf(rowPath(row));
        if (origin && origin != fieldOrigin) {
            m_rows[row].origin = origin->describe();
            m_rows[row].locked = origin->isReadOnly();
        }
    }
    endResetModel();
}

void FormTableModel::setOverrides(const QHash<QString, QStringList> &overrides)
{
    beginResetModel();
    m_overrides = overrides;
    m_showsOverrides = true;
    endResetModel();
}

int FormTableModel::overridesColumn() const
{
    if (!m_showsOverrides)
        return -1;
    return int(m_schema.headers.size()) + (m_schema.hint ? 1 : 0);
}

bool FormTableModel::isLocked(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).locked;
}

bool FormTableModel::isInherited(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).inherited;
}

void FormTableModel::overrideRow(int row)
{
    if (!isInherited(row))
        return;
    Row &r = m_rows[row];
    // The service's value as it is, not as the cells would write it again.
    const QString flow = Core::YamlFragment::flow(r.value, Core::FragmentStyle{});
    r.inherited = false;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit editRequested(FormValue::set(m_path.child(r.key), flow));
}

int FormTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + 1;
}

int FormTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_schema.columnCount() + (m_showsOverrides ? 1 : 0);
}

QString FormTableModel::cellText(int row, int column) const
{
    const Row &r = isNewRow(row) ? m_newRow : m_rows.at(row);
    if (column == hintColumn())
        return m_schema.hint(r.cells);
    if (column == overridesColumn())
        return m_overrides.value(r.key).join(QStringLiteral(", "));
    const int keyColumns = m_schema.keyColumns();
    if (column < keyColumns)
        return r.key;
    return r.cells.value(column - keyColumns);
}

QVariant FormTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(row, index.column());
    case Qt::ForegroundRole:
        return isInherited(row) || isLocked(row) ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (isInherited(row)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (isInherited(row))
            return m_inheritedFrom;
        if (!isNewRow(row) && !m_rows.at(row).origin.isEmpty())
            return m_rows.at(row).origin;
        if (!isNewRow(row) && m_overrides.contains(m_rows.at(row).key))
            return tr("overridden in %1")
                .arg(m_overrides.value(m_rows.at(row).key).join(QStringLiteral(", ")));
        return {};
    case InheritedRole:
        return isInherited(row);
    case ChoicesRole:
        return m_schema.choices.value(index.column());
    default:
        return {};
    }
}

QVariant FormTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == hintColumn())
        return m_schema.hintHeader;
    if (section == overridesColumn())
        return tr("Overridden in");
    return m_schema.headers.value(section);
}

Qt::ItemFlags FormTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == hintColumn() || index.column() == overridesColumn())
        return base;
    // An inherited row's key is the service's: renaming it there is the service form's job.
    if (isInherited(index.row()) && index.column() < m_schema.keyColumns())
        return base;
    if (isLocked(index.row()))
        return base;
    return base | Qt::ItemIsEditable;
}

Core::EditPath FormTableModel::rowPath(int row) const
{
    if (m_schema.shape == FormTableSchema::Shape::Mapping)
        return m_path.child(m_rows.at(row).key);
    return m_own.isList() ? m_path.item(row) : m_path;
}

bool FormTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    const QString text = value.toString();
    if (text == cellText(row, index.column()))
        return false;
    Row &r = isNewRow(row) ? m_newRow : m_rows[row];
    const int keyColumns = m_schema.keyColumns();
    if (index.column() < keyColumns) {
        if (text.isEmpty())
            return false;
        const QString oldKey = r.key;
        r.key = text;
        emit dataChanged(index, index);
        if (isNewRow(row))
            commitRow(row);
        else
            emit editRequested(FormValue::rename(m_path.child(oldKey), text));
        return true;
    }
    const int cell = index.column() - keyColumns;
    while (r.cells.size() <= cell)
        r.cells.append(QString());
    r.cells[cell] = text;
    emit dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
    commitRow(row);
    return true;
}

void FormTableModel::commitRow(int row)
{
    const bool mapping = m_schema.shape == FormTableSchema::Shape::Mapping;
    Row &r = isNewRow(row) ? m_newRow : m_rows[row];
    if (mapping && r.key.isEmpty())
        return;
    const QString flow = m_schema.encode(r.cells, r.value);
    if (flow.isEmpty())
        return;
    if (!isNewRow(row)) {
        r.inherited = false;
        emit editRequested(FormValue::set(rowPath(row), flow));
        return;
    }
    Core::EditRequest request;
    if (mapping) {
        request = FormValue::set(m_path.child(r.key), flow);
    } else { // a sequence gains an item by being set whole
        QStringList items;
        for (const Row &existing : std::as_const(m_rows))
            items << m_schema.encode(existing.cells, existing.value);
        request = FormValue::set(m_path, FormValue::list(items << flow));
    }
    beginInsertRows({}, row + 1, row + 1); // the new row stays; a fresh empty one follows it
    m_rows.append(m_newRow);
    m_newRow = {};
    endInsertRows();
    emit editRequested(request);
}

bool FormTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    // From the last: the sequence indices of the rows before stay valid.
    for (int i = row + count - 1; i >= row; --i) {
        if (m_rows.at(i).inherited || m_rows.at(i).locked)
            continue;
        const Core::EditPath path = rowPath(i);
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
        emit editRequested(FormValue::unset(path));
    }
    return true;
}

} // namespace Maestro::Models
