// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsession.h"

#include "models/logbuffermodel.h"
#include "models/logentryqueue.h"

namespace Maestro::Models {

LogSession::LogSession(QObject *parent)
    : QObject(parent)
    , m_model(new LogBufferModel(this))
{
    m_timer.setInterval(batchInterval());
    connect(&m_timer, &QTimer::timeout, this, &LogSession::drain);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LogSession::onFinished);
}

LogSession::~LogSession()
{
    m_watcher.disconnect(this);
    m_future.cancel();
    m_future.waitForFinished();
}

void LogSession::setSource(LogSource source)
{
    stop();
    m_model->clear();
    m_source = std::move(source);
}

void LogSession::start(const LogRequest &request)
{
    stop();
    m_model->clear();
    m_request = request;
    m_error.clear();
    m_droppedBytes = 0;
    if (!m_source)
        return;
    m_assembler.reset(request.timestamps);
    // The callback holds the queue, not the session: a late entry of a stopped stream
    // lands in a queue nobody reads any more.
    auto queue = std::make_shared<LogEntryQueue>(maxQueuedBytes());
    m_queue = queue;
    m_future = m_source(request, [queue](const Docker::LogEntry &entry) { queue->push(entry); });
    m_watcher.setFuture(m_future);
    m_timer.start();
    setState(State::Running);
}

void LogSession::stop()
{
    if (m_state != State::Running)
        return;
    m_watcher.setFuture(QFuture<Core::VoidResult>());
    m_future.cancel();
    m_timer.stop();
    drain();
    QList<LogLine> rest;
    m_assembler.flush(rest);
    m_model->append(std::move(rest));
    m_queue.reset();
    setState(State::Idle);
}

void LogSession::waitForStopped()
{
    m_future.waitForFinished();
}

void LogSession::drain()
{
    if (!m_queue)
        return;
    LogEntryQueue::Batch batch = m_queue->take();
    m_droppedBytes += batch.droppedBytes;
    if (batch.entries.isEmpty())
        return;
    // The buffer keeps its capacity's worth of lines at most, so a batch larger than that
    // (a flood between two ticks) is only turned into lines from where its last lines begin.
    qsizetype first = batch.entries.size();
    qsizetype lineBreaks = 0;
    while (first > 0 && lineBreaks <= m_model->capacity())
        lineBreaks += batch.entries.at(--first).data.count('\n');
    if (first > 0) {
        for (qsizetype i = 0; i < first; ++i)
            m_droppedBytes += batch.entries.at(i).data.size();
        m_assembler.reset(m_request.timestamps); // the partial lines lost their beginning
    }
    QList<LogLine> lines;
    for (qsizetype i = first; i < batch.entries.size(); ++i)
        m_assembler.feed(batch.entries.at(i), lines);
    const int count = int(lines.size());
    m_model->append(std::move(lines));
    if (count > 0)
        emit linesAppended(count);
}

void LogSession::onFinished()
{
    m_timer.stop();
    drain();
    QList<LogLine> rest;
    m_assembler.flush(rest);
    const int count = int(rest.size());
    m_model->append(std::move(rest));
    if (count > 0)
        emit linesAppended(count);
    m_queue.reset();
    if (m_future.isCanceled() || m_future.resultCount() == 0) {
        setState(State::Idle);
        return;
    }
    const Core::VoidResult result = m_future.result();
    if (result.ok()) {
        setState(State::Ended);
    } else {
        m_error = result.error().toString();
        setState(State::Failed);
    }
}

void LogSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace Maestro::Models
