// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclechecksmodel.h"

#include "formvalue.h"

#include "core/edit/yamlfragment.h"

#include <QColor>

namespace Maestro::Models {

using Core::Value;

namespace {

bool isTarget(const QString &key, const QString &type)
{
    return !key.isEmpty() && key == LifecycleChecksModel::targetKey(type);
}

} // namespace

LifecycleChecksModel::LifecycleChecksModel(QObject *parent)
    : FormEditModel(parent)
{}

QString LifecycleChecksModel::targetKey(const QString &type)
{
    if (type == QLatin1String("tcp") || type == QLatin1String("http"))
        return QStringLiteral("port");
    if (type == QLatin1String("exec") || type == QLatin1String("rexec"))
        return QStringLiteral("command");
    if (type == QLatin1String("sleep"))
        return QStringLiteral("wait");
    return {};
}

QString LifecycleChecksModel::limitKey(const QString &type)
{
    if (type == QLatin1String("tcp") || type == QLatin1String("http"))
        return QStringLiteral("max_wait");
    if (type == QLatin1String("exec") || type == QLatin1String("rexec"))
        return QStringLiteral("attempts");
    return {};
}

LifecycleChecksModel::Check LifecycleChecksModel::makeCheck(const QString &state, int index,
                                                            const Value &value, bool inherited)
{
    Check check;
    check.state = state;
    check.index = index;
    check.value = value;
    check.inherited = inherited;
    const Value *type = value.find(QLatin1String("type"));
    const QString typeText = type ? FormValue::display(*type) : QString();
    check.cells[StateColumn] = state;
    check.cells[TypeColumn] = typeText;
    QStringList options;
    for (const Value::Entry &entry : value.entries()) {
        if (entry.keyText == QLatin1String("type"))
            continue;
        if (isTarget(entry.keyText, typeText))
            check.cells[TargetColumn] = FormValue::display(entry.value);
        else if (!limitKey(typeText).isEmpty() && entry.keyText == limitKey(typeText))
            check.cells[LimitColumn] = FormValue::display(entry.value);
        else
            options << FormValue::string(entry.keyText) + QStringLiteral(": ")
                           + Core::YamlFragment::flow(entry.value, Core::FragmentStyle{});
    }
    check.cells[OptionsColumn] = options.join(QStringLiteral(", "));
    return check;
}

void LifecycleChecksModel::setValue(const Core::EditPath &path, const Value *own,
                                    const Value *inherited, const QString &inheritedFrom)
{
    beginResetModel();
    m_path = path;
    m_own = own ? *own : Value();
    m_inheritedFrom = inheritedFrom;
    m_checks.clear();
    m_newCheck = {};
    // Spec 14.1: the service's checks of a state run first, then the instance's.
    const auto add = [this](const Value *lifecycle, bool fromService) {
        for (const Value::Entry &state : lifecycle ? lifecycle->entries() : Value::Map()) {
            for (size_t i = 0; i < state.value.items().size(); ++i)
                m_checks.append(
                    makeCheck(state.keyText, int(i), state.value.items()[i], fromService));
        }
    };
    add(inherited, true);
    add(own, false);
    const Core::ValueOrigin *fieldOrigin = originOf(m_path); // the field's to show
    for (Check &check : m_checks) {
        const Core::ValueOrigin *origin
            = check.inherited ? nullptr : originOf(m_path.child(check.state).item(check.index));
        if (origin && origin != fieldOrigin) {
            check.origin = origin->describe();
            check.locked = origin->isReadOnly();
        }
    }
    endResetModel();
}

bool LifecycleChecksModel::isInherited(int row) const
{
    return row >= 0 && row < m_checks.size() && m_checks.at(row).inherited;
}

int LifecycleChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size()) + 1;
}

int LifecycleChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LifecycleChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Check &check = isNewRow(index.row()) ? m_newCheck : m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return check.cells[index.column()];
    case Qt::ForegroundRole:
        return check.inherited || check.locked ? QVariant(QColor(Qt::gray)) : QVariant();
    case ChoicesRole: // spec 14.1 and 14.2
        if (index.column() == StateColumn)
            return QStringList{QStringLiteral("pre-start"), QStringLiteral("running"),
                               QStringLiteral("pre-stop"), QStringLiteral("stopped")};
        if (index.column() == TypeColumn)
            return QStringList{QStringLiteral("tcp"), QStringLiteral("http"),
                               QStringLiteral("exec"), QStringLiteral("rexec"),
                               QStringLiteral("sleep")};
        return {};
    case Qt::ToolTipRole:
        if (check.inherited)
            return m_inheritedFrom;
        if (!check.origin.isEmpty())
            return check.origin;
        if (index.column() == TypeColumn)
            return tr("tcp, http, exec, rexec or sleep");
        if (index.column() == TargetColumn)
            return targetKey(check.cells[TypeColumn]);
        if (index.column() == LimitColumn)
            return limitKey(check.cells[TypeColumn]);
        return {};
    default:
        return {};
    }
}

QVariant LifecycleChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FormEditModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case TypeColumn:
        return tr("Type");
    case TargetColumn:
        return tr("Port, command or seconds");
    case LimitColumn:
        return tr("Tries up to");
    case OptionsColumn:
        return tr("Other options");
    default:
        return {};
    }
}

Qt::ItemFlags LifecycleChecksModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = FormEditModel::flags(index);
    if (!index.isValid() || isInherited(index.row())
        || (!isNewRow(index.row()) && m_checks.at(index.row()).locked))
        return base;
    const bool newRow = isNewRow(index.row());
    const QString type = (newRow ? m_newCheck : m_checks.at(index.row())).cells[TypeColumn];
    // A check keeps its state (moving it is a remove and an add); a sleep tries only once.
    if ((index.column() == StateColumn && !newRow)
        || (index.column() == LimitColumn && !type.isEmpty() && limitKey(type).isEmpty()))
        return base;
    return base | Qt::ItemIsEditable;
}

QString LifecycleChecksModel::itemFlow(const Check &check) const
{
    const QString type = check.cells[TypeColumn].trimmed();
    QStringList members{QStringLiteral("type: ") + FormValue::string(type)};
    const auto typedOf = [&check](const QString &key, int column) {
        const Value *original = check.value.find(key);
        return FormValue::typed(check.cells[column], original ? *original : Value::integer(0));
    };
    if (!check.cells[TargetColumn].isEmpty() && !targetKey(type).isEmpty())
        members << targetKey(type) + QStringLiteral(": ") + typedOf(targetKey(type), TargetColumn);
    if (!check.cells[LimitColumn].isEmpty() && !limitKey(type).isEmpty())
        members << limitKey(type) + QStringLiteral(": ") + typedOf(limitKey(type), LimitColumn);
    if (!check.cells[OptionsColumn].trimmed().isEmpty())
        members << check.cells[OptionsColumn].trimmed();
    return u'{' + members.join(QStringLiteral(", ")) + u'}';
}

bool LifecycleChecksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    Check &check = isNewRow(row) ? m_newCheck : m_checks[row];
    const QString text = value.toString().trimmed();
    const int column = index.column();
    if (text == check.cells[column])
        return false;
    const QString oldType = check.cells[TypeColumn];
    check.cells[column] = text;
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    if (isNewRow(row)) {
        addNewCheck();
        return true;
    }
    const Core::EditPath item = m_path.child(check.state).item(check.index);
    const QString type = check.cells[TypeColumn];
    QString key;
    if (column == TypeColumn && targetKey(type) == targetKey(oldType)
        && limitKey(type) == limitKey(oldType))
        key = QStringLiteral("type"); // tcp <-> http keep their port and max_wait
    else if (column == TargetColumn)
        key = targetKey(type);
    else if (column == LimitColumn)
        key = limitKey(type);
    if (key.isEmpty()) { // another kind of check, or other options: the whole check
        emit editRequested(FormValue::set(item, itemFlow(check)));
        return true;
    }
    const Value *original = check.value.find(key);
    if (text.isEmpty())
        emit editRequested(FormValue::unset(item.child(key)));
    else if (key == QLatin1String("type") || key == QLatin1String("command"))
        emit editRequested(FormValue::set(item.child(key), FormValue::string(text)));
    else
        emit editRequested(FormValue::set(
            item.child(key), FormValue::typed(text, original ? *original : Value::integer(0))));
    return true;
}

void LifecycleChecksModel::addNewCheck()
{
    Check &check = m_newCheck;
    const QString state = check.cells[StateColumn].trimmed();
    const QString type = check.cells[TypeColumn].trimmed();
    // A check needs its state, its type and (but for exec's defaults) its target.
    if (state.isEmpty() || type.isEmpty()
        || (!targetKey(type).isEmpty() && check.cells[TargetColumn].isEmpty()))
        return;
    QStringList items;
    const Value *existing = m_own.find(state);
    for (const Value &item : existing ? existing->items() : Value::List())
        items << Core::YamlFragment::flow(item, Core::FragmentStyle{});
    int index = int(items.size());
    items << itemFlow(check);
    const int row = int(m_checks.size());
    check.state = state;
    check.index = index;
    beginInsertRows({}, row + 1, row + 1);
    m_checks.append(check);
    m_newCheck = {};
    endInsertRows();
    emit editRequested(FormValue::set(m_path.child(state), FormValue::list(items)));
}

bool LifecycleChecksModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_checks.size())
        return false;
    for (int i = row + count - 1; i >= row; --i) {
        if (m_checks.at(i).inherited || m_checks.at(i).locked)
            continue;
        const Core::EditPath path = m_path.child(m_checks.at(i).state).item(m_checks.at(i).index);
        beginRemoveRows({}, i, i);
        m_checks.removeAt(i);
        endRemoveRows();
        emit editRequested(FormValue::unset(path));
    }
    return true;
}

} // namespace Maestro::Models
