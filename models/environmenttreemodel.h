// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instancestate.h"

#include "core/model/environment.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>

namespace Maestro::Models {

// The environment as a two-level tree: groups (ships or services) with the instances as
// leaves. Holds an immutable Environment and the last known state of each instance;
// live state arrives as StateSnapshot values applied on the GUI thread, which emit
// dataChanged for exactly the rows that changed. GUI thread only. Sorting and filtering
// belong in a QSortFilterProxyModel on top.
class EnvironmentTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentTreeModel)

public:
    enum class Grouping { ByShip, ByService };
    Q_ENUM(Grouping)

    enum Column {
        NameColumn,
        ServiceColumn,
        ShipColumn,
        ContainerColumn,
        StateColumn,
        CheckColumn,
        ColumnCount
    };
    enum class Kind { Group, Instance };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        InstanceNameRole,            // QString, instance rows only
        ServiceNameRole,             // QString; a service group's name when grouped by service
        ShipNameRole,                // QString; a ship group's name when grouped by ship
        StatusRole,                  // InstanceState::Status (instances), as int
        StateRole,                   // InstanceState, instance rows only
        RunningCountRole,            // int: running instances below a group (or 0/1)
    };

    explicit EnvironmentTreeModel(QObject *parent = nullptr);

    void setEnvironment(Core::EnvironmentPtr environment);
    Core::EnvironmentPtr environment() const { return m_environment; }
    // An environment that means the same as the one held (EnvironmentDocument::
    // environmentMoved): taken without a reset, so rows, groups, states and the views'
    // selection and expansion stay, and its positions ("Declared at") show. One with other
    // instances is set as setEnvironment() would.
    void replaceEnvironment(Core::EnvironmentPtr environment);

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    // Replaces the stored state of the instances the snapshot names; unknown names are
    // ignored. Emits dataChanged for each changed instance row (state columns only) and
    // for the group rows whose summary changed.
    void applySnapshot(const StateSnapshot &snapshot);
    // Every instance back to Unknown (e.g. when the file was reloaded from scratch).
    void clearStates();
    InstanceState state(const QString &instance) const;

    // The reference time for "running for 5m"; the current time when not set. Tests fix it.
    // Refreshes the ages as refreshAges() does.
    void setNow(const QDateTime &now);
    // Time has passed: emits dataChanged for the state cells that show an age (running
    // instances with a start time), in ranges of adjacent rows, and for nothing else, so a
    // periodic tick stays cheap with thousands of instances.
    void refreshAges();

    QModelIndex indexForInstance(const QString &instance, int column = NameColumn) const;
    QModelIndex indexForGroup(const QString &name, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // replaceEnvironment() took a new environment without a reset.
    void environmentReplaced();

private:
    struct Group
    {
        QString name;
        QList<int> instances; // indexes into Environment::instances
        int running = 0;
    };

    void rebuildGroups();
    // dataChanged for `rows` (group -> rows inside it) from `first` to `last` column, one
    // signal per range of adjacent rows: one signal per row costs the views dearly.
    void emitRowRanges(QHash<int, QList<int>> &rows, int first, int last);
    QVariant groupData(int group, int column, int role) const;
    QVariant instanceData(int instance, int column, int role) const;
    QString groupStateText(const Group &group) const;
    QDateTime now() const;

    Core::EnvironmentPtr m_environment;
    Grouping m_grouping = Grouping::ByShip;
    QList<Group> m_groups;
    QList<int> m_groupOf;          // instance index -> group
    QList<int> m_rowInGroup;       // instance index -> row inside its group
    QList<InstanceState> m_states; // instance index -> state
    QDateTime m_now;
};

} // namespace Maestro::Models
