// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"

#include <QAbstractTableModel>

namespace Maestro::Models {

// The findings of the last load of the environment file, one row each, in file order.
// GUI thread only.
class DiagnosticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsModel)

public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role {
        FileRole = Qt::UserRole + 1, // QString
        LineRole,                    // int, 1-based; 0 when unknown
        ColumnRole,                  // int, 1-based; 0 when unknown
        IsErrorRole,                 // bool
        PathRole,                    // QString: the document path ("services.web.image")
    };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    // Rows common to the old and new list stay and only changed rows are signalled, so a
    // reload that reports the same problems does not disturb the view.
    void setDiagnostics(const Core::Diagnostics &diagnostics);
    const Core::Diagnostics &diagnostics() const { return m_diagnostics; }
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Core::Diagnostics m_diagnostics;
};

} // namespace Maestro::Models
