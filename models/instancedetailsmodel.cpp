// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancedetailsmodel.h"

#include "core/model/containerenvironment.h"

namespace Maestro::Models {

// Section rows carry internalId 0; value rows carry their section's position + 1.

InstanceDetailsModel::InstanceDetailsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void InstanceDetailsModel::setInstance(Core::EnvironmentPtr environment, const QString &instance)
{
    beginResetModel();
    m_environment = std::move(environment);
    m_instance = instance;
    m_sections.clear();
    if (m_environment) {
        if (const Core::Instance *found = m_environment->instance(instance))
            m_sections = build(*m_environment, *found);
        else
            m_instance.clear();
    } else {
        m_instance.clear();
    }
    endResetModel();
}

QList<InstanceDetailsModel::SectionRows>
InstanceDetailsModel::build(const Core::Environment &environment, const Core::Instance &instance)
{
    QList<SectionRows> sections;

    SectionRows general{Section::General, {}};
    general.rows.append({tr("Image"), instance.image});
    general.rows.append({tr("Service"), instance.service});
    if (const Core::Ship *ship = environment.ship(instance.ship))
        general.rows.append({tr("Ship"), tr("%1 (%2)").arg(ship->name, ship->ip)});
    else
        general.rows.append({tr("Ship"), instance.ship});
    if (!instance.hostname().isEmpty())
        general.rows.append({tr("Host name"), instance.hostname()});
    if (!instance.net.isEmpty())
        general.rows.append({tr("Network mode"), instance.net});
    if (instance.command)
        general.rows.append({tr("Command"), instance.command->join(QLatin1Char(' '))});
    if (!instance.workdir.isEmpty())
        general.rows.append({tr("Working directory"), instance.workdir});
    if (!instance.username.isEmpty())
        general.rows.append({tr("User"), instance.username});
    if (instance.privileged)
        general.rows.append({tr("Privileged"), tr("yes")});
    general.rows.append({tr("Stop timeout"), tr("%n second(s)", nullptr, instance.stopTimeout)});
    if (instance.location.isValid())
        general.rows.append({tr("Declared at"), instance.location.toString()});
    sections.append(general);

    SectionRows ports{Section::Ports, {}};
    for (const Core::NamedPort &port : instance.ports) {
        ports.rows.append(
            {port.name, tr("%1:%2 → %3")
                            .arg(port.spec.externalHostIp, port.spec.external, port.spec.exposed)});
    }
    sections.append(ports);

    SectionRows volumes{Section::Volumes, {}};
    for (const Core::VolumeBind &bind : instance.volumes)
        volumes.rows.append({bind.target, bind.bindString()});
    for (const QString &volume : instance.containerVolumes)
        volumes.rows.append({volume, tr("container volume")});
    for (const QString &from : instance.volumesFrom)
        volumes.rows.append({from, tr("volumes from")});
    sections.append(volumes);

    SectionRows links{Section::Links, {}};
    for (const QString &link : instance.links) {
        const qsizetype colon = link.indexOf(QLatin1Char(':'));
        links.rows.append(colon < 0 ? Row{link, QString()}
                                    : Row{link.left(colon), link.mid(colon + 1)});
    }
    sections.append(links);

    SectionRows checks{Section::Checks, {}};
    for (const Core::LifecycleState &state : instance.lifecycle) {
        for (const Core::LifecycleCheck &check : state.checks)
            checks.rows.append({state.state, check.describe()});
    }
    sections.append(checks);

    SectionRows env{Section::Environment, {}};
    for (const Core::EnvVar &var : Core::containerEnvironment(environment, instance))
        env.rows.append({var.name, var.value.value_or(QString())});
    sections.append(env);

    return sections;
}

QString InstanceDetailsModel::sectionTitle(Section section)
{
    switch (section) {
    case Section::General:
        return tr("General");
    case Section::Ports:
        return tr("Ports");
    case Section::Volumes:
        return tr("Volumes");
    case Section::Links:
        return tr("Links");
    case Section::Checks:
        return tr("Lifecycle checks");
    case Section::Environment:
        return tr("Environment variables");
    }
    return {};
}

QModelIndex InstanceDetailsModel::sectionIndex(Section section) const
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).section == section)
            return index(i, 0);
    }
    return {};
}

QModelIndex InstanceDetailsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_sections.size()
        || row >= m_sections.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex InstanceDetailsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int InstanceDetailsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_sections.size())
        return 0;
    return int(m_sections.at(parent.row()).rows.size());
}

int InstanceDetailsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InstanceDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isSection = index.internalId() == 0;
    const SectionRows &section
        = m_sections.at(isSection ? index.row() : int(index.internalId() - 1));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (isSection) {
            if (index.column() == NameColumn)
                return sectionTitle(section.section);
            return role == Qt::DisplayRole && section.rows.isEmpty() ? tr("none") : QVariant();
        }
        return index.column() == NameColumn ? section.rows.at(index.row()).name
                                            : section.rows.at(index.row()).value;
    case SectionRole:
        return QVariant::fromValue(section.section);
    case IsSectionRole:
        return isSection;
    default:
        return {};
    }
}

QVariant InstanceDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Property") : tr("Value");
}

} // namespace Maestro::Models
