// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formeditmodel.h"

#include <QList>

namespace Maestro::Models {

// The `lifecycle` field of an edit form (spec 14): one row a check, with the fields of its
// type: the port of a tcp or http check, the command of an exec or rexec check, the seconds
// of a sleep; how long a check tries (max_wait, attempts); its other options in flow style.
// A changed field asks to set that key of that check (`lifecycle.running[0].port`); a removed
// row to unset the check; the last (empty) row, given a state and a type, adds a check to
// that state. An instance also lists, greyed and read-only, the service's checks that run
// before its own. GUI thread only.
class LifecycleChecksModel final : public FormEditModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleChecksModel)

public:
    enum Column { StateColumn, TypeColumn, TargetColumn, LimitColumn, OptionsColumn, ColumnCount };

    explicit LifecycleChecksModel(QObject *parent = nullptr);

    void setValue(const Core::EditPath &path, const Core::Value *own,
                  const Core::Value *inherited = nullptr,
                  const QString &inheritedFrom = {}) override;
    bool isInherited(int row) const override;

    // The option a check of `type` keeps in the target or limit column (`port`, `max_wait`).
    static QString targetKey(const QString &type);
    static QString limitKey(const QString &type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    struct Check
    {
        QString state;
        int index = -1; // in its state's list
        Core::Value value;
        QString cells[ColumnCount];
        bool inherited = false;
        QString origin;      // where a template, a loop or an anchor wrote it
        bool locked = false; // and so it cannot be edited here
    };

    static Check makeCheck(const QString &state, int index, const Core::Value &value,
                           bool inherited);
    bool isNewRow(int row) const { return row == m_checks.size(); }
    QString itemFlow(const Check &check) const;
    void addNewCheck();

    QList<Check> m_checks;
    Check m_newCheck;
    QString m_inheritedFrom;
};

} // namespace Maestro::Models
