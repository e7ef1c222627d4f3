// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace Maestro::Docker {

// Status line and headers of an HTTP response. Header names are kept as received;
// lookups ignore case.
struct HttpResponseHead
{
    int status = 0;
    QByteArray reason;
    int minorVersion = 1; // HTTP/1.x
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(QByteArrayView name) const; // first match, trimmed; empty if absent
    bool hasHeader(QByteArrayView name) const;
};

// Incremental HTTP/1.1 response parser for the stream transports: feed it bytes as they
// arrive, in pieces of any size, and take decoded body bytes as soon as they are available.
// Handles Content-Length, `Transfer-Encoding: chunked` (with extensions and trailers) and
// bodies delimited by the connection closing, plus 1xx interim responses and bodyless
// responses (HEAD, 204, 304). Bounded: oversized heads and chunk-size lines are errors,
// so garbage input can neither grow memory without limit nor stall the parser.
// Not thread-safe; one instance per connection.
class HttpResponseParser
{
public:
    enum class State {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        UntilClose,
        Complete,
        Failed
    };

    static constexpr qsizetype MaxHeadSize = 64 * 1024;
    static constexpr qsizetype MaxLineSize = 8 * 1024;

    // Prepares for the next response; `bodyless` for a HEAD request.
    void reset(bool bodyless = false);

    // Consumes bytes and returns how many were used. Stops at the end of the response, so
    // bytes after it (never sent by Docker, which does not pipeline) are left to the caller.
    qsizetype feed(QByteArrayView data);
    // The peer closed the connection: completes a close-delimited body, fails otherwise.
    void finishInput();

    State state() const { return m_state; }
    bool headComplete() const { return m_headComplete; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_state == State::Failed; }
    QString errorString() const { return m_error; }
    const HttpResponseHead &head() const { return m_head; }
    // True when the connection can carry another request after this response.
    bool keepAlive() const;

    // Decoded body bytes received since the last call.
    QByteArray takeBody();
    bool hasBody() const { return !m_body.isEmpty(); }

private:
    bool takeLine(QByteArrayView data, qsizetype &pos, QByteArray &line);
    void fail(const QString &message);
    bool parseStatusLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    void headersDone();
    bool parseChunkSize(const QByteArray &line);

    State m_state = State::StatusLine;
    HttpResponseHead m_head;
    QByteArray m_line;      // a line split across feeds
    QByteArray m_body;      // decoded, not yet taken
    qint64 m_remaining = 0; // of the Content-Length body or the current chunk
    qsizetype m_headSize = 0;
    bool m_bodyless = false;
    bool m_headComplete = false;
    QString m_error;
};

} // namespace Maestro::Docker
