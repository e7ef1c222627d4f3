// SPDX-License-Identifier: GPL-3.0-or-later
#include "editqueue.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Maestro::Document {

EditQueue::EditQueue(QThreadPool *pool, std::function<Snapshot()> snapshot, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_snapshot(std::move(snapshot))
{
    connect(&m_watcher, &QFutureWatcher<Core::Result<Core::EditOutcome>>::finished, this,
            &EditQueue::onFinished);
}

EditQueue::~EditQueue()
{
    // A plan is bounded (at most two loads of the file): waiting is safe.
    m_watcher.waitForFinished();
}

void EditQueue::enqueue(const Core::EditRequest &request)
{
    m_waiting.append(request);
    startNext();
}

void EditQueue::retry(const Core::EditRequest &request)
{
    m_waiting.prepend(request);
}

void EditQueue::clear()
{
    m_waiting.clear();
    m_dropCurrent = m_running;
}

void EditQueue::startNext()
{
    if (m_running)
        return;
    if (m_waiting.isEmpty()) {
        emit idle();
        return;
    }
    m_current = m_waiting.takeFirst();
    m_running = true;
    m_dropCurrent = false;
    m_watcher.setFuture(plan(m_pool, m_snapshot(), m_current));
}

QFuture<Core::Result<Core::EditOutcome>> EditQueue::plan(QThreadPool *pool, Snapshot snapshot,
                                                         const Core::EditRequest &request)
{
    return QtConcurrent::run(pool, [snapshot = std::move(snapshot), request] {
        return snapshot.current ? Core::planEdit(*snapshot.current, snapshot.load, request)
                                : Core::planEdit(snapshot.load, request);
    });
}

void EditQueue::onFinished()
{
    m_running = false;
    if (!m_dropCurrent && m_watcher.future().resultCount() > 0)
        emit planned(m_current, m_watcher.result());
    m_dropCurrent = false;
    startNext();
}

} // namespace Maestro::Document
