// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsmodel.h"

#include <QFileInfo>

namespace Maestro::Models {

namespace {
bool sameDiagnostic(const Core::Diagnostic &a, const Core::Diagnostic &b)
{
    return a.severity == b.severity && a.message == b.message && a.location == b.location
           && a.path == b.path;
}
} // namespace

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DiagnosticsModel::setDiagnostics(const Core::Diagnostics &diagnostics)
{
    const int oldCount = int(m_diagnostics.size());
    const int newCount = int(diagnostics.size());
    const int common = std::min(oldCount, newCount);
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_diagnostics.resize(newCount);
        endRemoveRows();
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < common; ++i) {
        if (sameDiagnostic(m_diagnostics.at(i), diagnostics.at(i)))
            continue;
        m_diagnostics[i] = diagnostics.at(i);
        if (firstChanged < 0)
            firstChanged = i;
        lastChanged = i;
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_diagnostics.append(diagnostics.mid(oldCount));
        endInsertRows();
    }
}

int DiagnosticsModel::errorCount() const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
                             [](const Core::Diagnostic &d) { return d.isError(); }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SeverityColumn:
            return d.isError() ? tr("error") : tr("warning");
        case LocationColumn: {
            if (d.location.file.isEmpty())
                return {};
            const QString file = QFileInfo(d.location.file).fileName();
            if (!d.location.isValid())
                return file;
            return tr("%1:%2:%3").arg(file).arg(d.location.line).arg(d.location.column);
        }
        case MessageColumn:
            return d.message;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LocationColumn)
            return d.location.toString();
        if (index.column() == MessageColumn && !d.path.isEmpty())
            return tr("%1 (at %2)").arg(d.message, d.path);
        return {};
    case FileRole:
        return d.location.file;
    case LineRole:
        return d.location.line;
    case ColumnRole:
        return d.location.column;
    case IsErrorRole:
        return d.isError();
    case PathRole:
        return d.path;
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Location");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace Maestro::Models
