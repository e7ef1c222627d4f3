// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancedetailsmodel.h"

#include "core/model/containerenvironment.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Maestro::Models {

namespace {
QString joinStrings(const QJsonValue &value)
{
    QStringList parts;
    for (const QJsonValue &part : value.toArray())
        parts.append(part.toString());
    return parts.join(QLatin1Char(' '));
}

// The container's value of a row's configuration key, where the inspection holds it.
std::optional<QString> inspectedValue(const Docker::ContainerDetails &container,
                                      const QString &field)
{
    const QJsonObject config = container.raw.value(QStringLiteral("Config")).toObject();
    const QJsonObject host = container.raw.value(QStringLiteral("HostConfig")).toObject();
    if (field == QLatin1String("image"))
        return container.configImage;
    if (field == QLatin1String("command"))
        return joinStrings(config.value(QStringLiteral("Cmd")));
    if (field == QLatin1String("hostname"))
        return config.value(QStringLiteral("Hostname")).toString();
    if (field == QLatin1String("workdir"))
        return config.value(QStringLiteral("WorkingDir")).toString();
    if (field == QLatin1String("username"))
        return config.value(QStringLiteral("User")).toString();
    if (field == QLatin1String("net"))
        return host.value(QStringLiteral("NetworkMode")).toString();
    if (field.startsWith(QLatin1String("env."))) {
        const QString prefix = field.mid(4) + QLatin1Char('=');
        for (const QJsonValue &entry : config.value(QStringLiteral("Env")).toArray()) {
            const QString text = entry.toString();
            if (text.startsWith(prefix))
                return text.mid(prefix.size());
            if (text == field.mid(4))
                return QString();
        }
        return std::nullopt;
    }
    return std::nullopt;
}

QString shortId(const QString &id)
{
    const QString bare = id.startsWith(QLatin1String("sha256:")) ? id.mid(7) : id;
    return bare.left(12);
}
} // namespace

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
    m_runtimeState = RuntimeState::NotInspected;
    m_runtime = {};
    m_runtimeError.clear();
    if (m_environment) {
        if (const Core::Instance *found = m_environment->instance(instance)) {
            m_sections = build(*m_environment, *found);
            applyRuntime();
        } else
            m_instance.clear();
    } else {
        m_instance.clear();
    }
    endResetModel();
}

void InstanceDetailsModel::replaceEnvironment(Core::EnvironmentPtr environment)
{
    m_environment = std::move(environment);
    const Core::Instance *found = m_environment ? m_environment->instance(m_instance) : nullptr;
    const QModelIndex general = sectionIndex(Section::General);
    if (!found || !general.isValid())
        return;
    QList<Row> &rows = m_sections[general.row()].rows;
    const QString declaredAt = tr("Declared at");
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).name == declaredAt && rows.at(i).value != found->location.toString()) {
            rows[i].value = found->location.toString();
            emit dataChanged(index(i, ValueColumn, general), index(i, ValueColumn, general));
        }
    }
}

QList<InstanceDetailsModel::SectionRows>
InstanceDetailsModel::build(const Core::Environment &environment, const Core::Instance &instance)
{
    QList<SectionRows> sections;

    SectionRows general{Section::General, {}, {}, {}, false};
    general.rows.append({tr("Image"), instance.image, QStringLiteral("image")});
    general.rows.append({tr("Service"), instance.service});
    if (const Core::Ship *ship = environment.ship(instance.ship))
        general.rows.append({tr("Ship"), tr("%1 (%2)").arg(ship->name, ship->ip)});
    else
        general.rows.append({tr("Ship"), instance.ship});
    if (!instance.hostname().isEmpty())
        general.rows.append({tr("Host name"), instance.hostname(), QStringLiteral("hostname")});
    if (!instance.net.isEmpty())
        general.rows.append({tr("Network mode"), instance.net, QStringLiteral("net")});
    if (instance.command)
        general.rows.append(
            {tr("Command"), instance.command->join(QLatin1Char(' ')), QStringLiteral("command")});
    if (!instance.workdir.isEmpty())
        general.rows.append({tr("Working directory"), instance.workdir, QStringLiteral("workdir")});
    if (!instance.username.isEmpty())
        general.rows.append({tr("User"), instance.username, QStringLiteral("username")});
    if (instance.privileged)
        general.rows.append({tr("Privileged"), tr("yes")});
    general.rows.append({tr("Stop timeout"), tr("%n second(s)", nullptr, instance.stopTimeout)});
    if (instance.location.isValid())
        general.rows.append({tr("Declared at"), instance.location.toString()});
    sections.append(general);
    sections.append({Section::Container, {}, {}, {}, false});
    sections.append({Section::Differences, {}, {}, {}, false});

    SectionRows ports{
        Section::Ports, {}, {QStringLiteral("ports"), QStringLiteral("exposed ports")}, {}, false};
    for (const Core::NamedPort &port : instance.ports) {
        ports.rows.append(
            {port.name, tr("%1:%2 → %3")
                            .arg(port.spec.externalHostIp, port.spec.external, port.spec.exposed)});
    }
    sections.append(ports);

    SectionRows volumes{Section::Volumes,
                        {},
                        {QStringLiteral("volumes"), QStringLiteral("container_volumes"),
                         QStringLiteral("volumes_from")},
                        {},
                        false};
    for (const Core::VolumeBind &bind : instance.volumes)
        volumes.rows.append({bind.target, bind.bindString()});
    for (const QString &volume : instance.containerVolumes)
        volumes.rows.append({volume, tr("container volume")});
    for (const QString &from : instance.volumesFrom)
        volumes.rows.append({from, tr("volumes from")});
    sections.append(volumes);

    SectionRows links{Section::Links, {}, {QStringLiteral("links")}, {}, false};
    for (const QString &link : instance.links) {
        const qsizetype colon = link.indexOf(QLatin1Char(':'));
        links.rows.append(colon < 0 ? Row{link, QString(), {}, {}, false}
                                    : Row{link.left(colon), link.mid(colon + 1), {}, {}, false});
    }
    sections.append(links);

    SectionRows checks{Section::Checks, {}, {}, {}, false};
    for (const Core::LifecycleState &state : instance.lifecycle) {
        for (const Core::LifecycleCheck &check : state.checks)
            checks.rows.append({state.state, check.describe()});
    }
    sections.append(checks);

    SectionRows env{Section::Environment, {}, {}, {}, false};
    for (const Core::EnvVar &var : Core::containerEnvironment(environment, instance))
        env.rows.append(
            {var.name, var.value.value_or(QString()), QStringLiteral("env.") + var.name});
    sections.append(env);

    return sections;
}

void InstanceDetailsModel::setInspecting()
{
    m_runtimeState = RuntimeState::Inspecting;
    m_runtime = {};
    m_runtimeError.clear();
    applyRuntime();
}

void InstanceDetailsModel::setRuntime(const Orchestration::InstanceRuntime &runtime)
{
    m_runtimeState = runtime.container ? RuntimeState::Inspected : RuntimeState::NoContainer;
    m_runtime = runtime;
    m_runtimeError.clear();
    applyRuntime();
}

void InstanceDetailsModel::setRuntimeError(const QString &message)
{
    m_runtimeState = RuntimeState::Failed;
    m_runtime = {};
    m_runtimeError = message;
    applyRuntime();
}

QList<InstanceDetailsModel::Row> InstanceDetailsModel::containerRows() const
{
    QList<Row> rows;
    if (!m_runtime.container)
        return rows;
    const Docker::ContainerDetails &c = *m_runtime.container;
    const auto add = [&rows](const QString &name, const QString &value) {
        rows.append({name, QString(), QString(), value, false});
    };
    add(tr("Status"), c.status);
    add(tr("Container ID"), shortId(c.id));
    add(tr("Image ID"), shortId(c.image));
    if (c.startedAt.isValid() && c.startedAt.date().year() > 1)
        add(tr("Started at"), QLocale().toString(c.startedAt.toLocalTime(), QLocale::ShortFormat));
    if (c.running) {
        add(tr("Process ID"), QString::number(c.pid));
    } else {
        add(tr("Exit code"), QString::number(c.exitCode));
        if (c.finishedAt.isValid() && c.finishedAt.date().year() > 1) {
            add(tr("Finished at"),
                QLocale().toString(c.finishedAt.toLocalTime(), QLocale::ShortFormat));
        }
    }
    return rows;
}

QList<InstanceDetailsModel::Row> InstanceDetailsModel::differenceRows() const
{
    QList<Row> rows;
    for (const Orchestration::DriftItem &item : m_runtime.drift) {
        rows.append({item.field, item.configured.isEmpty() ? tr("(not set)") : item.configured,
                     item.field, item.actual.isEmpty() ? tr("(not set)") : item.actual, true});
    }
    return rows;
}

// The fixed sections keep their rows: their container values and drift marks change in
// place (dataChanged); the container and differences sections get new rows.
void InstanceDetailsModel::applyRuntime()
{
    QSet<QString> driftFields;
    for (const Orchestration::DriftItem &item : m_runtime.drift)
        driftFields.insert(item.field);

    for (int s = 0; s < m_sections.size(); ++s) {
        SectionRows &section = m_sections[s];
        if (section.section == Section::Container || section.section == Section::Differences)
            continue;
        section.drift = false;
        for (const QString &field : std::as_const(section.fields))
            section.drift = section.drift || driftFields.contains(field);
        for (Row &row : section.rows) {
            row.drift = !row.field.isEmpty() && driftFields.contains(row.field);
            std::optional<QString> value;
            if (m_runtime.container && !row.field.isEmpty())
                value = inspectedValue(*m_runtime.container, row.field);
            row.runtime = value ? (value->isEmpty() ? tr("(not set)") : *value) : QString();
            section.drift = section.drift || row.drift;
        }
        section.runtimeSummary = section.drift ? tr("differs") : QString();
        if (!section.rows.isEmpty()) {
            emit dataChanged(index(0, 0, index(s, 0)),
                             index(int(section.rows.size()) - 1, ColumnCount - 1, index(s, 0)));
        }
        emit dataChanged(index(s, 0), index(s, ColumnCount - 1));
    }

    QString containerSummary;
    switch (m_runtimeState) {
    case RuntimeState::NotInspected:
        containerSummary = tr("not inspected");
        break;
    case RuntimeState::Inspecting:
        containerSummary = tr("inspecting…");
        break;
    case RuntimeState::NoContainer:
        containerSummary = tr("no container on the ship");
        break;
    case RuntimeState::Inspected:
        containerSummary = m_runtime.container->status;
        break;
    case RuntimeState::Failed:
        containerSummary = tr("could not inspect: %1").arg(m_runtimeError);
        break;
    }
    const QString differencesSummary
        = m_runtimeState == RuntimeState::Inspected
              ? (m_runtime.drift.isEmpty() ? tr("none: the container matches the configuration")
                                           : tr("%n difference(s) from the configuration", nullptr,
                                                int(m_runtime.drift.size())))
              : QString();
    for (int s = 0; s < m_sections.size(); ++s) {
        SectionRows &section = m_sections[s];
        if (section.section == Section::Container) {
            section.runtimeSummary = containerSummary;
        } else if (section.section == Section::Differences) {
            section.runtimeSummary = differencesSummary;
            section.drift = !m_runtime.drift.isEmpty();
        } else {
            continue;
        }
        emit dataChanged(index(s, 0), index(s, ColumnCount - 1));
    }
    replaceRows(Section::Container, containerRows());
    replaceRows(Section::Differences, differenceRows());
}

void InstanceDetailsModel::replaceRows(Section section, QList<Row> rows)
{
    const QModelIndex parent = sectionIndex(section);
    if (!parent.isValid())
        return;
    QList<Row> &current = m_sections[parent.row()].rows;
    if (!current.isEmpty()) {
        beginRemoveRows(parent, 0, int(current.size()) - 1);
        current.clear();
        endRemoveRows();
    }
    if (!rows.isEmpty()) {
        beginInsertRows(parent, 0, int(rows.size()) - 1);
        current = std::move(rows);
        endInsertRows();
    }
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
    case Section::Container:
        return tr("Container");
    case Section::Differences:
        return tr("Differences");
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
    const Row *row = isSection ? nullptr : &section.rows.at(index.row());
    const bool drift = row ? row->drift : section.drift;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (row) {
            switch (index.column()) {
            case NameColumn:
                return row->name;
            case ValueColumn:
                return row->value;
            default:
                return row->runtime;
            }
        }
        switch (index.column()) {
        case NameColumn:
            return sectionTitle(section.section);
        case ValueColumn:
            // The container and differences sections have no configured side.
            if (section.section == Section::Container || section.section == Section::Differences)
                return QVariant();
            return role == Qt::DisplayRole && section.rows.isEmpty() ? tr("none") : QVariant();
        default:
            return section.runtimeSummary;
        }
    case Qt::AccessibleTextRole: {
        const QString text = data(index, Qt::DisplayRole).toString();
        return drift && index.column() == NameColumn
                   ? tr("%1 (differs from the container)").arg(text)
                   : text;
    }
    case Qt::BackgroundRole:
        // Translucent amber: visible on light and dark palettes.
        return drift ? QVariant(QColor(255, 170, 0, 70)) : QVariant();
    case SectionRole:
        return QVariant::fromValue(section.section);
    case IsSectionRole:
        return isSection;
    case DriftRole:
        return drift;
    case FieldRole:
        return row ? row->field : QString();
    default:
        return {};
    }
}

QVariant InstanceDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Property");
    case ValueColumn:
        return tr("Configured");
    case RuntimeColumn:
        return tr("Container");
    default:
        return {};
    }
}

} // namespace Maestro::Models
