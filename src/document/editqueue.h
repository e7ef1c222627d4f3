// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editengine.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QThreadPool;

namespace Maestro::Document {

// Plans edit requests one at a time, in the order they came, on the application's thread
// pool (planning loads the environment: never on the GUI thread). Each plan runs on the
// texts `snapshot` gives when its turn comes, so a request queued behind another is planned
// on that one's result; with the load of exactly those texts (`current`), the plan costs
// only its verification's load. Lives on the GUI thread; its destructor waits for a plan in
// flight.
class EditQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditQueue)

public:
    struct Snapshot
    {
        Core::LoadRequest load;
        std::optional<Core::LoadResult> current; // the load of load's texts, with spans
    };

    EditQueue(QThreadPool *pool, std::function<Snapshot()> snapshot, QObject *parent = nullptr);
    ~EditQueue() override;

    // Plans `request` on `snapshot` on the pool, outside the queue: the plan of an edit, or a
    // preview of one that is not applied (a rename's references).
    static QFuture<Core::Result<Core::EditOutcome>> plan(QThreadPool *pool, Snapshot snapshot,
                                                         const Core::EditRequest &request);

    void enqueue(const Core::EditRequest &request);
    // Plans `request` next, before the waiting ones (its texts changed while it was planned).
    void retry(const Core::EditRequest &request);
    // Drops the waiting requests and the result of the one in flight.
    void clear();
    bool isBusy() const { return m_running || !m_waiting.isEmpty(); }

signals:
    void planned(const Maestro::Core::EditRequest &request,
                 const Maestro::Core::Result<Maestro::Core::EditOutcome> &outcome);
    void idle();

private:
    void startNext();
    void onFinished();

    QThreadPool *m_pool;
    std::function<Snapshot()> m_snapshot;
    QList<Core::EditRequest> m_waiting;
    Core::EditRequest m_current;
    bool m_running = false;
    bool m_dropCurrent = false;
    QFutureWatcher<Core::Result<Core::EditOutcome>> m_watcher;
};

} // namespace Maestro::Document
