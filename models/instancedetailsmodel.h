// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"
#include "orchestration/checks/instanceruntime.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace Maestro::Models {

// An instance's resolved configuration as sections (General, Ports, Volumes, Checks,
// Environment, ...) of name/value rows: what the container is created with, the injected
// environment variables exactly as the container gets them, in that order. Beside it, once
// the container was inspected (setRuntime()), the container's state, its value of each
// row where the inspection tells it, and the differences from the configuration (drift):
// listed in their own section and marked on the rows and sections they concern.
// GUI thread only.
class InstanceDetailsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceDetailsModel)

public:
    enum Column { NameColumn, ValueColumn, RuntimeColumn, ColumnCount };
    enum class Section {
        General,
        Container,
        Differences,
        Ports,
        Volumes,
        Links,
        Checks,
        Environment
    };
    Q_ENUM(Section)
    enum Role {
        SectionRole = Qt::UserRole + 1, // Section, on every row
        IsSectionRole,                  // bool
        DriftRole,                      // bool: the row (or a row of the section) differs
        FieldRole,                      // QString: the configuration key of the row, if any
    };
    // Where the container's side comes from.
    enum class RuntimeState { NotInspected, Inspecting, NoContainer, Inspected, Failed };
    Q_ENUM(RuntimeState)

    explicit InstanceDetailsModel(QObject *parent = nullptr);

    // Shows `instance` of `environment`; an empty model when either is missing. The
    // container's side starts as NotInspected.
    void setInstance(Core::EnvironmentPtr environment, const QString &instance);
    QString instance() const { return m_instance; }
    // An environment that means the same as the one shown (EnvironmentDocument::
    // environmentMoved): no reset and no new inspection; only "Declared at" follows it.
    void replaceEnvironment(Core::EnvironmentPtr environment);

    void setInspecting();
    void setRuntime(const Orchestration::InstanceRuntime &runtime);
    void setRuntimeError(const QString &message);
    RuntimeState runtimeState() const { return m_runtimeState; }
    int driftCount() const { return int(m_runtime.drift.size()); }

    // The row of `section`, for views that expand or scroll to it.
    QModelIndex sectionIndex(Section section) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Row() = default;
        Row(QString name, QString value, QString field = {}, QString runtime = {},
            bool drift = false)
            : name(std::move(name))
            , value(std::move(value))
            , field(std::move(field))
            , runtime(std::move(runtime))
            , drift(drift)
        {}

        QString name;
        QString value;
        QString field;   // configuration key as configDrift names it ("image", "env.X")
        QString runtime; // the container's value, when known
        bool drift = false;
    };
    struct SectionRows
    {
        Section section;
        QList<Row> rows;
        QStringList fields; // drift fields that concern the section as a whole
        QString runtimeSummary;
        bool drift = false;
    };

    static QList<SectionRows> build(const Core::Environment &environment,
                                    const Core::Instance &instance);
    static QString sectionTitle(Section section);
    QList<Row> containerRows() const;
    QList<Row> differenceRows() const;
    void applyRuntime();
    void replaceRows(Section section, QList<Row> rows);

    Core::EnvironmentPtr m_environment;
    QString m_instance;
    QList<SectionRows> m_sections;
    RuntimeState m_runtimeState = RuntimeState::NotInspected;
    Orchestration::InstanceRuntime m_runtime;
    QString m_runtimeError;
};

} // namespace Maestro::Models
