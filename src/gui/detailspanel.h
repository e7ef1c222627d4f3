// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environment.h"
#include "core/result.h"
#include "models/instanceruntime.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QTreeView;

namespace Maestro::Models {
class InstanceDetailsModel;
}

namespace Maestro::Gui {

// Inspects one instance's container off the GUI thread (the application binds it to
// Models::inspectInstance on the instance's ship).
using InstanceInspector = std::function<QFuture<Core::Result<Models::InstanceRuntime>>()>;

// An instance's resolved configuration next to its inspected container, differences
// (drift) highlighted, with a one-line summary above and Refresh (Shift+F5) to inspect again.
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

private:
    void onInspected();
    void updateSummary();

    Models::InstanceDetailsModel *m_model;
    InstanceInspector m_inspector;
    QFutureWatcher<Core::Result<Models::InstanceRuntime>> m_watcher;
    QFuture<Core::Result<Models::InstanceRuntime>> m_running; // also after being dropped
    QTreeView *m_view;
    QLabel *m_summary;
    QAction *m_refresh;
};

} // namespace Maestro::Gui
