// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipsmodel.h"

#include "orchestration/ships/shipsettings.h"

#include <QColor>

namespace Maestro::Models {

using Step = Docker::ConnectionCheckStep;

ShipsModel::ShipsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ShipsModel::setEnvironment(const Core::EnvironmentPtr &environment)
{
    QList<Docker::ConnectionSettings> ships;
    if (environment) {
        for (const Core::Ship &ship : environment->ships)
            ships.append(Orchestration::connectionSettingsFor(ship, environment->baseDir));
    }
    setShips(ships);
}

void ShipsModel::setShips(const QList<Docker::ConnectionSettings> &ships)
{
    beginResetModel();
    QList<Ship> previous = std::move(m_ships);
    m_ships.clear();
    for (const Docker::ConnectionSettings &settings : ships) {
        Ship ship;
        for (const Ship &old : std::as_const(previous)) {
            // A reload that leaves a ship's endpoint alone keeps what was found about it.
            if (old.settings.shipName == settings.shipName
                && old.settings.endpointDescription() == settings.endpointDescription()
                && old.state != State::Checking)
                ship = old;
        }
        ship.settings = settings;
        m_ships.append(ship);
    }
    endResetModel();
}

int ShipsModel::rowOf(const QString &ship) const
{
    for (int row = 0; row < m_ships.size(); ++row) {
        if (m_ships.at(row).settings.shipName == ship)
            return row;
    }
    return -1;
}

const Docker::ConnectionSettings &ShipsModel::settings(int row) const
{
    return m_ships.at(row).settings;
}

ShipsModel::State ShipsModel::state(int row) const
{
    return m_ships.at(row).state;
}

std::optional<Docker::HostKeyProblem> ShipsModel::hostKeyProblem(int row) const
{
    const Ship &ship = m_ships.at(row);
    // The live diagnosis only while it is what the row shows; a test's until the next one.
    const QList<Step> &steps
        = ship.stateIsLive && !ship.diagnosis.isEmpty() ? ship.diagnosis : ship.steps;
    for (const Step &step : steps) {
        if (step.hostKey)
            return step.hostKey;
    }
    return std::nullopt;
}

bool ShipsModel::isLive(int row) const
{
    return m_ships.at(row).stateIsLive;
}

QList<Docker::ConnectionCheckStep> ShipsModel::lastSteps(int row) const
{
    return m_ships.at(row).steps;
}

void ShipsModel::setChecking(const QString &ship)
{
    const int row = rowOf(ship);
    if (row < 0)
        return;
    m_ships[row].state = State::Checking;
    m_ships[row].detail = tr("testing the connection…");
    m_ships[row].stateIsLive = false;
    emitRowChanged(row);
}

void ShipsModel::setCheckResult(const QString &ship, const QList<Step> &steps)
{
    const int row = rowOf(ship);
    if (row < 0)
        return;
    m_ships[row].steps = steps;
    m_ships[row].state = stateFor(steps);
    m_ships[row].detail = detailFor(steps);
    m_ships[row].stateIsLive = false;
    emitRowChanged(row);
}

void ShipsModel::setLiveReachable(const QString &ship, bool reachable, const QString &reason)
{
    const int row = rowOf(ship);
    if (row < 0)
        return;
    Ship &entry = m_ships[row];
    entry.live = reachable ? Live::Reachable : Live::Down;
    entry.liveReason = reachable ? QString() : reason;
    entry.diagnosis.clear();
    showLive(entry);
    emitRowChanged(row);
}

void ShipsModel::setLiveDiagnosis(const QString &ship, const QList<Step> &steps)
{
    const int row = rowOf(ship);
    if (row < 0 || m_ships.at(row).live != Live::Down)
        return; // answered again meanwhile: the diagnosis is out of date
    m_ships[row].diagnosis = steps;
    showLive(m_ships[row]);
    emitRowChanged(row);
}

void ShipsModel::clearLive()
{
    for (Ship &ship : m_ships) {
        ship.live = Live::NotFollowed;
        ship.liveReason.clear();
        ship.diagnosis.clear();
        if (ship.stateIsLive) {
            ship.state = stateFor(ship.steps);
            ship.detail = detailFor(ship.steps);
            ship.stateIsLive = false;
        }
    }
    if (!m_ships.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ShipsModel::showLive(Ship &ship)
{
    if (ship.state == State::Checking)
        return; // the test's result comes later and is newer
    ship.stateIsLive = true;
    if (ship.live == Live::Reachable) {
        ship.state = State::Connected;
        ship.detail = tr("answers (live state)");
        return;
    }
    // A diagnosis that passed every step met a ship that was back already: the monitor
    // says so at its next list; until then "host down" is what is known.
    const State diagnosed = stateFor(ship.diagnosis);
    if (diagnosed == State::Unknown || diagnosed == State::Connected) {
        ship.state = State::HostDown;
        ship.detail = ship.liveReason;
    } else {
        ship.state = diagnosed;
        ship.detail = detailFor(ship.diagnosis);
    }
}

void ShipsModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); // the tooltip is per row
}

ShipsModel::State ShipsModel::stateFor(const QList<Step> &steps)
{
    for (const Step &step : steps) {
        if (step.outcome != Step::Outcome::Failed)
            continue;
        switch (step.kind) {
        case Step::Kind::Resolve:
        case Step::Kind::Connect:
            return State::Unreachable;
        case Step::Kind::TlsHandshake:
            return State::TlsError;
        case Step::Kind::SshAuth:
            if (step.hostKey)
                return step.hostKey->changed ? State::ChangedHostKey : State::UnknownHostKey;
            return State::SshError;
        case Step::Kind::ApiVersion:
            return State::ApiError;
        }
    }
    return steps.isEmpty() ? State::Unknown : State::Connected;
}

QString ShipsModel::detailFor(const QList<Step> &steps)
{
    for (const Step &step : steps) {
        if (step.outcome == Step::Outcome::Failed)
            return tr("%1 failed: %2").arg(stepName(step.kind), step.detail);
    }
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (it->outcome == Step::Outcome::Passed)
            return it->detail;
    }
    return {};
}

QString ShipsModel::stateText(State state)
{
    switch (state) {
    case State::Unknown:
        return tr("not tested");
    case State::Checking:
        return tr("testing…");
    case State::Connected:
        return tr("connected");
    case State::HostDown:
        return tr("host down");
    case State::Unreachable:
        return tr("unreachable");
    case State::TlsError:
        return tr("TLS error");
    case State::UnknownHostKey:
        return tr("unknown host key");
    case State::ChangedHostKey:
        return tr("host key changed");
    case State::SshError:
        return tr("SSH error");
    case State::ApiError:
        return tr("Docker API error");
    }
    return {};
}

QString ShipsModel::stepName(Step::Kind kind)
{
    switch (kind) {
    case Step::Kind::Resolve:
        return tr("Resolve");
    case Step::Kind::Connect:
        return tr("Connect");
    case Step::Kind::TlsHandshake:
        return tr("TLS handshake");
    case Step::Kind::SshAuth:
        return tr("SSH authentication");
    case Step::Kind::ApiVersion:
        return tr("API version");
    }
    return {};
}

int ShipsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ships.size());
}

int ShipsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShipsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ship &ship = m_ships.at(index.row());
    const bool failed = ship.state != State::Unknown && ship.state != State::Checking
                        && ship.state != State::Connected;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return ship.settings.shipName;
        case EndpointColumn:
            return ship.settings.endpointDescription();
        case StateColumn:
            return stateText(ship.state);
        case DetailColumn:
            return ship.detail;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = ship.detail.isEmpty() ? stateText(ship.state) : ship.detail;
        if (ship.stateIsLive && ship.live == Live::Down && ship.detail != ship.liveReason)
            tip += u'\n' + ship.liveReason; // what the monitor's request met
        if (ship.stateIsLive && !ship.steps.isEmpty()) {
            tip += u'\n'
                   + tr("Last test: %1 (%2)")
                         .arg(stateText(stateFor(ship.steps)), detailFor(ship.steps));
        }
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() != StateColumn)
            return {};
        if (ship.state == State::Connected)
            return QColor(0x2e, 0x8b, 0x3e);
        return failed ? QVariant(QColor(0xd0, 0x3a, 0x2f)) : QVariant();
    case StateRole:
        return QVariant::fromValue(ship.state);
    case ShipNameRole:
        return ship.settings.shipName;
    default:
        return {};
    }
}

QVariant ShipsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Ship");
    case EndpointColumn:
        return tr("Endpoint");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace Maestro::Models
