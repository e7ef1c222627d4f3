// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"
#include "core/result.h"
#include "orchestration/checks/instanceruntime.h"
#include "orchestration/live/observedstate.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QTreeView;

namespace Maestro::Models {
class InstanceDetailsModel;
}

namespace Maestro::Gui {

// Inspects one instance's container off the GUI thread (the application binds it to
// Orchestration::inspectInstance on the instance's ship).
using InstanceInspector = std::function<QFuture<Core::Result<Orchestration::InstanceRuntime>>()>;

// An instance's resolved configuration next to its inspected container, differences
// (drift) highlighted, with a one-line summary above and Refresh (Shift+F5) to inspect again.
// It inspects again by itself when the live state says the container changed. At most one
// inspection runs at a time: asking for another while one runs inspects once more when it
// ends.
// The property column fits the longest name (up to two fifths of the width, or as wide as
// the user dragged it); the configured and container values share the rest equally, none
// narrower than its header; longer values are elided, their tooltips hold them whole.
// GUI thread only; the destructor waits for a running inspection.
class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    ~DetailsPanel() override;

    // Shows `instance`; inspects its container when an inspector is given.
    void setInstance(Core::EnvironmentPtr environment, const QString &instance,
                     InstanceInspector inspector = {});
    QString instance() const;
    // Inspects the container again (after start, stop or restart).
    void refresh();
    // The shown instance's live state (the state monitor's). The first one after
    // setInstance() is taken as what the inspection saw; later ones whose container, status
    // or start time differ inspect again, after `liveRefreshDelay` ms without further change.
    void setObservedState(const Orchestration::ObservedState &state);
    void setLiveRefreshDelay(int ms);
    // A live change waits for its burst to end before it inspects again.
    bool isLiveRefreshPending() const { return m_liveRefresh.isActive(); }
    // Blocks until a running inspection has ended, also one whose answer is no longer
    // wanted (the inspector's resources may then go).
    void waitForInspection();

    Models::InstanceDetailsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }
    QAction *refreshAction() const { return m_refresh; }

signals:
    // The container's side is up to date (inspected, absent or failed).
    void runtimeUpdated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What a change of the live state is measured by.
    struct LiveKey
    {
        Orchestration::ObservedState::Status status;
        QString containerId;
        QDateTime startedAt;
        friend bool operator==(const LiveKey &, const LiveKey &) = default;
    };

    void startInspection();
    void setupColumns();
    void fitNameColumn();
    void onInspected();
    void updateSummary();

    Models::InstanceDetailsModel *m_model;
    InstanceInspector m_inspector;
    QFutureWatcher<Core::Result<Orchestration::InstanceRuntime>> m_watcher;
    QFuture<Core::Result<Orchestration::InstanceRuntime>> m_running; // also after being dropped
    bool m_inFlight = false; // m_running has not been handled yet
    bool m_wanted = false;   // m_running's answer is for what is shown now
    bool m_again = false;    // inspect once more when m_running ends
    std::optional<LiveKey> m_live;
    QTimer m_liveRefresh;
    QTreeView *m_view;
    QLabel *m_summary;
    QAction *m_refresh;
    bool m_fittingColumns = false;
    bool m_nameColumnSizedByUser = false;
};

} // namespace Maestro::Gui
