// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/loglineassembler.h"
#include "models/logsource.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Maestro::Models {

class LogBufferModel;
class LogEntryQueue;

// Runs one log stream into a LogBufferModel. Entries arrive on the source's thread and
// wait in a bounded queue; every batchInterval() the GUI thread turns them into lines and
// appends them in one go, so thousands of lines per second cost a few model updates per
// second. Restarting (other options, other instance) clears the buffer first.
// GUI thread only; the destructor cancels the stream and waits for it.
class LogSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogSession)

public:
    enum class State { Idle, Running, Ended, Failed };
    Q_ENUM(State)

    static constexpr int batchInterval() { return 40; }             // ms
    static constexpr qsizetype maxQueuedBytes() { return 8 << 20; } // between two batches

    explicit LogSession(QObject *parent = nullptr);
    ~LogSession() override;

    LogBufferModel *model() const { return m_model; }

    // The source of the next start(); stops the running stream and clears the buffer.
    void setSource(LogSource source);
    bool hasSource() const { return bool(m_source); }
    void start(const LogRequest &request);
    void stop();
    // Blocks until the last stream, stopped or not, has ended (the source's resources may
    // then go). A cancelled follower ends promptly.
    void waitForStopped();

    State state() const { return m_state; }
    LogRequest request() const { return m_request; }
    // The source's error after Failed, readable as it is.
    QString errorString() const { return m_error; }
    // Output dropped because the GUI thread fell behind (bytes), since the last start.
    qint64 droppedBytes() const { return m_droppedBytes; }

signals:
    void stateChanged(Maestro::Models::LogSession::State state);
    void linesAppended(int count);

private:
    void drain();
    void onFinished();
    void setState(State state);

    LogBufferModel *m_model;
    LogSource m_source;
    LogRequest m_request;
    QFuture<Core::VoidResult> m_future;
    QFutureWatcher<Core::VoidResult> m_watcher;
    std::shared_ptr<LogEntryQueue> m_queue; // shared with the stream callback
    LogLineAssembler m_assembler;
    QTimer m_timer;
    State m_state = State::Idle;
    QString m_error;
    qint64 m_droppedBytes = 0;
};

} // namespace Maestro::Models
