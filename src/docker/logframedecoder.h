// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Maestro::Docker {

// Which stream of a container a piece of output came from.
enum class OutputStream { Stdin, Stdout, Stderr };

struct OutputChunk
{
    OutputStream stream = OutputStream::Stdout;
    QByteArray data;
};

// Demultiplexes the output of a non-TTY container (logs, attach, exec start): 8-byte frame
// headers [stream, 0, 0, 0, big-endian length] each followed by that many bytes. Frames may
// be cut anywhere by the transport; a frame's payload is handed out as soon as it arrives,
// so long frames stream. In `raw` mode (TTY containers) everything is stdout.
// Not thread-safe.
class LogFrameDecoder
{
public:
    explicit LogFrameDecoder(bool raw = false)
        : m_raw(raw)
    {}

    QList<OutputChunk> feed(QByteArrayView data);
    // End of the stream: fails when it stopped inside a frame.
    bool finish();

    bool hasFailed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool m_raw;
    QByteArray m_header;
    OutputStream m_stream = OutputStream::Stdout;
    quint32 m_remaining = 0;
    QString m_error;
};

} // namespace Maestro::Docker
