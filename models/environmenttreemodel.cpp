// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmenttreemodel.h"

#include <QHash>

#include <algorithm>

namespace Maestro::Models {

// Index layout: group rows carry internalId 0; an instance row carries its group's
// position + 1, which is all parent() needs.

EnvironmentTreeModel::EnvironmentTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void EnvironmentTreeModel::setEnvironment(Core::EnvironmentPtr environment)
{
    beginResetModel();
    // States follow instances by name, so a reload keeps what is known of the survivors.
    QHash<QString, InstanceState> previous;
    if (m_environment) {
        for (qsizetype i = 0; i < m_environment->instances.size() && i < m_states.size(); ++i)
            previous.insert(m_environment->instances.at(i).name, m_states.at(i));
    }
    m_environment = std::move(environment);
    m_states.clear();
    if (m_environment) {
        m_states.reserve(m_environment->instances.size());
        for (const Core::Instance &instance : m_environment->instances)
            m_states.append(previous.value(instance.name));
    }
    rebuildGroups();
    endResetModel();
}

void EnvironmentTreeModel::replaceEnvironment(Core::EnvironmentPtr environment)
{
    const auto sameInstances = [&] {
        if (!m_environment || !environment
            || environment->instances.size() != m_environment->instances.size())
            return false;
        for (qsizetype i = 0; i < environment->instances.size(); ++i) {
            if (environment->instances.at(i).name != m_environment->instances.at(i).name)
                return false;
        }
        return true;
    };
    if (!sameInstances()) {
        setEnvironment(std::move(environment));
        return;
    }
    m_environment = std::move(environment);
    emit environmentReplaced();
}

void EnvironmentTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuildGroups();
    endResetModel();
}

void EnvironmentTreeModel::rebuildGroups()
{
    m_groups.clear();
    m_groupOf.clear();
    m_rowInGroup.clear();
    if (!m_environment)
        return;
    const auto &instances = m_environment->instances;
    QHash<QString, int> groupIndex;
    // Groups appear in document order: ships as declared, services as declared.
    if (m_grouping == Grouping::ByShip) {
        for (const Core::Ship &ship : m_environment->ships) {
            groupIndex.insert(ship.name, int(m_groups.size()));
            m_groups.append(Group{ship.name, {}, 0});
        }
    } else {
        for (const Core::Service &service : m_environment->services) {
            groupIndex.insert(service.name, int(m_groups.size()));
            m_groups.append(Group{service.name, {}, 0});
        }
    }
    m_groupOf.resize(instances.size());
    m_rowInGroup.resize(instances.size());
    for (int i = 0; i < instances.size(); ++i) {
        const QString &key
            = m_grouping == Grouping::ByShip ? instances.at(i).ship : instances.at(i).service;
        auto it = groupIndex.constFind(key);
        int group;
        if (it == groupIndex.constEnd()) { // cannot happen for a validated file; stay safe
            group = int(m_groups.size());
            groupIndex.insert(key, group);
            m_groups.append(Group{key, {}, 0});
        } else {
            group = it.value();
        }
        Group &g = m_groups[group];
        m_groupOf[i] = group;
        m_rowInGroup[i] = int(g.instances.size());
        g.instances.append(i);
        if (m_states.at(i).status == InstanceState::Status::Running)
            ++g.running;
    }
}

void EnvironmentTreeModel::applySnapshot(const StateSnapshot &snapshot)
{
    if (!m_environment)
        return;
    // Changed rows per group, signalled as contiguous ranges: a ship going down touches
    // all its instances at once, and one signal per row costs the views dearly.
    QHash<int, QList<int>> changedRows;
    QList<int> touchedGroups;
    for (auto it = snapshot.cbegin(); it != snapshot.cend(); ++it) {
        const qsizetype instance = m_environment->instanceIndex(it.key());
        if (instance < 0 || instance >= m_states.size())
            continue;
        InstanceState &stored = m_states[instance];
        if (stored == it.value())
            continue;
        const bool wasRunning = stored.status == InstanceState::Status::Running;
        stored = it.value();
        const bool isRunning = stored.status == InstanceState::Status::Running;
        const int group = m_groupOf.at(instance);
        changedRows[group].append(m_rowInGroup.at(instance));
        if (wasRunning != isRunning) {
            m_groups[group].running += isRunning ? 1 : -1;
            if (!touchedGroups.contains(group))
                touchedGroups.append(group);
        }
    }
    emitRowRanges(changedRows, ContainerColumn, CheckColumn);
    for (int group : std::as_const(touchedGroups))
        emit dataChanged(index(group, StateColumn), index(group, StateColumn));
}

void EnvironmentTreeModel::emitRowRanges(QHash<int, QList<int>> &changedRows, int firstColumn,
                                         int lastColumn)
{
    for (auto it = changedRows.begin(); it != changedRows.end(); ++it) {
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end());
        const QModelIndex parent = index(it.key(), 0);
        qsizetype first = 0;
        for (qsizetype i = 1; i <= rows.size(); ++i) {
            if (i < rows.size() && rows.at(i) == rows.at(i - 1) + 1)
                continue;
            emit dataChanged(index(rows.at(first), firstColumn, parent),
                             index(rows.at(i - 1), lastColumn, parent));
            first = i;
        }
    }
}

void EnvironmentTreeModel::clearStates()
{
    StateSnapshot reset;
    if (!m_environment)
        return;
    for (const Core::Instance &instance : m_environment->instances)
        reset.insert(instance.name, InstanceState{});
    applySnapshot(reset);
}

InstanceState EnvironmentTreeModel::state(const QString &instance) const
{
    if (!m_environment)
        return {};
    const qsizetype i = m_environment->instanceIndex(instance);
    return i >= 0 && i < m_states.size() ? m_states.at(i) : InstanceState{};
}

void EnvironmentTreeModel::setNow(const QDateTime &now)
{
    m_now = now;
    refreshAges();
}

void EnvironmentTreeModel::refreshAges()
{
    QHash<int, QList<int>> aging;
    for (int i = 0; i < m_states.size() && i < m_groupOf.size(); ++i) {
        const InstanceState &state = m_states.at(i);
        if (state.status == InstanceState::Status::Running && state.startedAt.isValid())
            aging[m_groupOf.at(i)].append(m_rowInGroup.at(i));
    }
    emitRowRanges(aging, StateColumn, StateColumn);
}

QDateTime EnvironmentTreeModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QModelIndex EnvironmentTreeModel::indexForInstance(const QString &instance, int column) const
{
    if (!m_environment)
        return {};
    const qsizetype i = m_environment->instanceIndex(instance);
    if (i < 0 || i >= m_groupOf.size())
        return {};
    return index(m_rowInGroup.at(i), column, index(m_groupOf.at(i), 0));
}

QModelIndex EnvironmentTreeModel::indexForGroup(const QString &name, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).name == name)
            return index(g, column);
    }
    return {};
}

QModelIndex EnvironmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).instances.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EnvironmentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int EnvironmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).instances.size());
}

int EnvironmentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EnvironmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(index.row(), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return instanceData(group.instances.at(index.row()), index.column(), role);
}

QString EnvironmentTreeModel::groupStateText(const Group &group) const
{
    return tr("%1 of %n running", nullptr, int(group.instances.size())).arg(group.running);
}

QVariant EnvironmentTreeModel::groupData(int groupRow, int column, int role) const
{
    const Group &group = m_groups.at(groupRow);
    const bool byShip = m_grouping == Grouping::ByShip;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return group.name;
        if (column == StateColumn)
            return groupStateText(group);
        return {};
    case Qt::ToolTipRole:
        if (column != NameColumn)
            return {};
        return byShip ? tr("Ship %1: %n instance(s)", nullptr, int(group.instances.size()))
                            .arg(group.name)
                      : tr("Service %1: %n instance(s)", nullptr, int(group.instances.size()))
                            .arg(group.name);
    case Qt::AccessibleTextRole:
        if (column == NameColumn)
            return byShip ? tr("Ship %1").arg(group.name) : tr("Service %1").arg(group.name);
        return data(index(groupRow, column), Qt::DisplayRole);
    case KindRole:
        return QVariant::fromValue(Kind::Group);
    case ServiceNameRole:
        return byShip ? QVariant() : QVariant(group.name);
    case ShipNameRole:
        return byShip ? QVariant(group.name) : QVariant();
    case RunningCountRole:
        return group.running;
    default:
        return {};
    }
}

QVariant EnvironmentTreeModel::instanceData(int instanceIndex, int column, int role) const
{
    const Core::Instance &instance = m_environment->instances.at(instanceIndex);
    const InstanceState &state = m_states.at(instanceIndex);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case NameColumn:
            return instance.name;
        case ServiceColumn:
            return instance.service;
        case ShipColumn:
            return instance.ship;
        case ContainerColumn: {
            const QString text = state.containerText();
            // Until the daemon says which container runs, show what would be created.
            if (text.isEmpty())
                return instance.image;
            return state.isDrifted() ? tr("%1 (differs from the file)").arg(text) : text;
        }
        case StateColumn:
            return state.statusText(now());
        case CheckColumn:
            // Until a run says otherwise, an instance without `running` checks has none.
            if (state.check == InstanceState::Check::Unknown
                && std::none_of(instance.lifecycle.cbegin(), instance.lifecycle.cend(),
                                [](const Core::LifecycleState &s) {
                                    return s.state == QLatin1String("running")
                                           && !s.checks.isEmpty();
                                }))
                return tr("no checks");
            return state.checkText();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn && instance.location.isValid())
            return tr("Declared at %1").arg(instance.location.toString());
        if (column == ContainerColumn && state.isDrifted())
            return tr("The container differs from the file: %1").arg(state.drift);
        if (column == CheckColumn && !state.checkDetail.isEmpty())
            return state.checkDetail;
        if (column == StateColumn)
            return state.statusToolTip();
        return {};
    case KindRole:
        return QVariant::fromValue(Kind::Instance);
    case InstanceNameRole:
        return instance.name;
    case ServiceNameRole:
        return instance.service;
    case ShipNameRole:
        return instance.ship;
    case StatusRole:
        return int(state.status);
    case StateRole:
        return QVariant::fromValue(state);
    case RunningCountRole:
        return state.status == InstanceState::Status::Running ? 1 : 0;
    default:
        return {};
    }
}

QVariant EnvironmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ServiceColumn:
        return tr("Service");
    case ShipColumn:
        return tr("Ship");
    case ContainerColumn:
        return tr("Container");
    case StateColumn:
        return tr("State");
    case CheckColumn:
        return tr("Check");
    }
    return {};
}

QHash<int, QByteArray> EnvironmentTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(InstanceNameRole, "instanceName");
    names.insert(ServiceNameRole, "serviceName");
    names.insert(ShipNameRole, "shipName");
    names.insert(StatusRole, "status");
    names.insert(StateRole, "state");
    names.insert(RunningCountRole, "runningCount");
    return names;
}

} // namespace Maestro::Models
