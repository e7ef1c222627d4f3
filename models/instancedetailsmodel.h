// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace Maestro::Models {

// An instance's resolved configuration as sections (General, Ports, Volumes, Checks,
// Environment, ...) of name/value rows: what the container is created with, the injected
// environment variables exactly as the container gets them, in that order. A later
// version puts the inspected runtime value beside each row. GUI thread only.
class InstanceDetailsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceDetailsModel)

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };
    enum class Section { General, Ports, Volumes, Links, Checks, Environment };
    Q_ENUM(Section)
    enum Role {
        SectionRole = Qt::UserRole + 1, // Section, on every row
        IsSectionRole,                  // bool
    };

    explicit InstanceDetailsModel(QObject *parent = nullptr);

    // Shows `instance` of `environment`; an empty model when either is missing.
    void setInstance(Core::EnvironmentPtr environment, const QString &instance);
    QString instance() const { return m_instance; }

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
        QString name;
        QString value;
    };
    struct SectionRows
    {
        Section section;
        QList<Row> rows;
    };

    static QList<SectionRows> build(const Core::Environment &environment,
                                    const Core::Instance &instance);
    static QString sectionTitle(Section section);

    Core::EnvironmentPtr m_environment;
    QString m_instance;
    QList<SectionRows> m_sections;
};

} // namespace Maestro::Models
