// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphlayout.h"

#include <QFutureWatcher>
#include <QObject>

class QThreadPool;

namespace Maestro::Gui {

// Computes graph layouts on a thread pool and hands the newest one back on the GUI
// thread; a result overtaken by a newer request is dropped. Its destructor waits for a
// layout in flight (Graphviz cannot be interrupted).
class GraphLayouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphLayouter)

public:
    explicit GraphLayouter(QThreadPool *pool, QObject *parent = nullptr);
    ~GraphLayouter() override;

    // Returns the request's number, which finished() and failed() carry.
    quint64 requestLayout(const GraphLayoutInput &input);
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void finished(quint64 request, const Maestro::Gui::GraphLayout &layout);
    void failed(quint64 request, const QString &message);

private:
    void start();
    void onFinished();

    QThreadPool *m_pool;
    QFutureWatcher<Core::Result<GraphLayout>> m_watcher;
    std::optional<GraphLayoutInput> m_pending;
    quint64 m_nextRequest = 0;
    quint64 m_running = 0;
    quint64 m_pendingRequest = 0;
};

} // namespace Maestro::Gui
