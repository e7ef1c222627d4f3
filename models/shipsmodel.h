// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"
#include "docker/connectioncheck.h"
#include "docker/connectionsettings.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Maestro::Models {

// The ships of the environment and how each one answered its last connection test:
// connected, unreachable, TLS error, unknown or changed SSH host key, ... One row per ship,
// in the environment's order. A new environment keeps the state of every ship whose
// endpoint did not change. GUI thread only.
class ShipsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipsModel)

public:
    enum Column { NameColumn, EndpointColumn, StateColumn, DetailColumn, ColumnCount };
    enum class State {
        Unknown, // not tested yet
        Checking,
        Connected,
        Unreachable,    // name resolution or connection failed
        TlsError,       // TLS handshake failed
        UnknownHostKey, // known_hosts does not list the SSH server's key
        ChangedHostKey, // known_hosts lists another key for the SSH server
        SshError,       // SSH login or channel failed
        ApiError,       // reached, but the Docker API did not answer as expected
    };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole + 1, // State
        ShipNameRole,                 // QString
    };

    explicit ShipsModel(QObject *parent = nullptr);

    // The ships of `environment` (none when null), reached as connectionSettingsFor() says.
    void setEnvironment(const Core::EnvironmentPtr &environment);
    void setShips(const QList<Docker::ConnectionSettings> &ships);

    int rowOf(const QString &ship) const;
    const Docker::ConnectionSettings &settings(int row) const;
    State state(int row) const;
    // The host key the last test stumbled over, if that is why it failed.
    std::optional<Docker::HostKeyProblem> hostKeyProblem(int row) const;
    QList<Docker::ConnectionCheckStep> lastSteps(int row) const;

    void setChecking(const QString &ship);
    void setCheckResult(const QString &ship, const QList<Docker::ConnectionCheckStep> &steps);

    // What a finished test means for the ship.
    static State stateFor(const QList<Docker::ConnectionCheckStep> &steps);
    static QString stateText(State state);
    static QString stepName(Docker::ConnectionCheckStep::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Ship
    {
        Docker::ConnectionSettings settings;
        State state = State::Unknown;
        QString detail;
        QList<Docker::ConnectionCheckStep> steps;
    };

    static QString detailFor(const QList<Docker::ConnectionCheckStep> &steps);

    QList<Ship> m_ships;
};

} // namespace Maestro::Models
