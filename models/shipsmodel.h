// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"
#include "docker/connectioncheck.h"
#include "docker/connectionsettings.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Maestro::Models {

// The ships of the environment and how each one is reached: connected, host down,
// unreachable, TLS error, unknown or changed SSH host key, ... One row per ship, in the
// environment's order. A new environment keeps the state of every ship whose endpoint did
// not change. GUI thread only.
//
// Two sources feed a row. The live state monitor (setLiveReachable(), setLiveDiagnosis())
// follows every ship that runs instances and reports each change; an explicit connection
// test (setChecking(), setCheckResult()) is rarer but more detailed. The State and Detail
// columns show whichever reported last, so they follow the live state as soon as it knows
// and a test the user just ran is not hidden by an older report; a running test shows
// "testing…" until it ends. The test's steps (lastSteps(), the host key it stumbled over,
// the tooltip's "last test" line) are kept until the next test, whatever the live state
// says meanwhile, because the live state cannot say which step failed.
class ShipsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShipsModel)

public:
    enum Column { NameColumn, EndpointColumn, StateColumn, DetailColumn, ColumnCount };
    enum class State {
        Unknown, // not tested yet, and not followed live
        Checking,
        Connected,
        HostDown,       // the live state monitor's list failed; why is not known (yet)
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

    // The live state monitor's reports (Orchestration::StateMonitor's signals of the same
    // meaning): whether the ship answers, and why a ship that went down does not.
    void setLiveReachable(const QString &ship, bool reachable, const QString &reason);
    void setLiveDiagnosis(const QString &ship, const QList<Docker::ConnectionCheckStep> &steps);
    // The live state is no longer followed: every row shows its last test again.
    void clearLive();
    // Whether the row's state comes from the live state monitor (else from a test).
    bool isLive(int row) const;

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
    enum class Live { NotFollowed, Reachable, Down };
    struct Ship
    {
        Docker::ConnectionSettings settings;
        State state = State::Unknown;             // what the State column shows
        QString detail;                           // what the Detail column shows
        bool stateIsLive = false;                 // state and detail came from the live state
        QList<Docker::ConnectionCheckStep> steps; // the last test's
        Live live = Live::NotFollowed;
        QString liveReason;                           // Down: the monitor's message
        QList<Docker::ConnectionCheckStep> diagnosis; // Down: why, once known
    };

    static QString detailFor(const QList<Docker::ConnectionCheckStep> &steps);
    // Shows what the live state knows in `ship`'s columns (unless a test is running).
    void showLive(Ship &ship);
    void emitRowChanged(int row);

    QList<Ship> m_ships;
};

} // namespace Maestro::Models
