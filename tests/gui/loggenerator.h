// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/logsource.h"

#include <QPromise>
#include <QSemaphore>
#include <QThread>
#include <QtConcurrent>

#include <atomic>
#include <optional>

namespace Maestro::Tests {

// A stream source on a pool thread, standing in for the Docker client's I/O thread.
struct LogGenerator
{
    int lines = 0; // written in chunks of `chunkLines`, then the stream ends
    int chunkLines = 1;
    bool endless = false;         // keep writing until cancelled
    QByteArray chunkPayload;      // when set, written `lines` times instead of numbered lines
    std::optional<QString> error; // the stream fails after the lines
    std::atomic<bool> running = false;
    QSemaphore finished;
    Models::LogRequest lastRequest;

    Models::LogSource source()
    {
        return [this](const Models::LogRequest &request, Models::LogEntryCallback onEntry) {
            lastRequest = request;
            running = true;
            return QtConcurrent::run([this, onEntry](QPromise<Core::VoidResult> &promise) {
                int n = 0;
                while ((endless || n < lines) && !promise.isCanceled()) {
                    const int first = n; // a chunk's stream: stderr for odd first lines
                    QByteArray chunk;
                    for (int i = 0; i < chunkLines && (endless || n < lines); ++i, ++n) {
                        chunk += chunkPayload.isEmpty()
                                     ? QByteArray("line ") + QByteArray::number(n) + '\n'
                                     : chunkPayload;
                    }
                    onEntry(
                        {first % 2 ? Docker::OutputStream::Stderr : Docker::OutputStream::Stdout,
                         chunk});
                    if (endless)
                        QThread::usleep(200);
                }
                if (error)
                    promise.addResult(Core::Error{*error, {}, {}});
                else
                    promise.addResult(Core::Success{});
                running = false;
                finished.release();
            });
        };
    }
};

} // namespace Maestro::Tests
