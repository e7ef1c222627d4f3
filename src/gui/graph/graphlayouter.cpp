// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayouter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Maestro::Gui {

GraphLayouter::GraphLayouter(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    connect(&m_watcher, &QFutureWatcher<Core::Result<GraphLayout>>::finished, this,
            &GraphLayouter::onFinished);
}

GraphLayouter::~GraphLayouter()
{
    m_watcher.waitForFinished();
}

quint64 GraphLayouter::requestLayout(const GraphLayoutInput &input)
{
    m_pending = input;
    m_pendingRequest = ++m_nextRequest;
    if (!m_watcher.isRunning())
        start();
    return m_pendingRequest;
}

void GraphLayouter::start()
{
    if (!m_pending)
        return;
    GraphLayoutInput input = std::move(*m_pending);
    m_pending.reset();
    m_running = m_pendingRequest;
    m_watcher.setFuture(QtConcurrent::run(m_pool, [input] { return layoutGraph(input); }));
}

void GraphLayouter::onFinished()
{
    const quint64 request = m_running;
    if (m_pending) { // superseded while it ran
        start();
        return;
    }
    if (m_watcher.future().resultCount() == 0) {
        emit failed(request, tr("The graph layout was cancelled"));
        return;
    }
    const Core::Result<GraphLayout> result = m_watcher.result();
    if (result)
        emit finished(request, result.value());
    else
        emit failed(request, result.error().message);
}

} // namespace Maestro::Gui
