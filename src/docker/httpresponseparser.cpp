// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/httpresponseparser.h"

#include "docker/tr.h"

#include <QCoreApplication>

namespace Maestro::Docker {

namespace {
bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}
} // namespace

QByteArray HttpResponseHead::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (equalsIgnoreCase(key, name))
            return value;
    }
    return {};
}

bool HttpResponseHead::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (equalsIgnoreCase(entry.first, name))
            return true;
    }
    return false;
}

void HttpResponseParser::reset(bool bodyless)
{
    m_state = State::StatusLine;
    m_head = {};
    m_line.clear();
    m_body.clear();
    m_remaining = 0;
    m_headSize = 0;
    m_bodyless = bodyless;
    m_headComplete = false;
    m_error.clear();
}

void HttpResponseParser::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
}

// Collects one CRLF (or bare LF) terminated line, possibly across feeds. Returns false when
// the data ran out first.
bool HttpResponseParser::takeLine(QByteArrayView data, qsizetype &pos, QByteArray &line)
{
    const qsizetype nl = data.indexOf('\n', pos);
    const qsizetype end = nl < 0 ? data.size() : nl;
    if (m_line.size() + (end - pos) > MaxLineSize) {
        fail(Tr::tr("malformed HTTP response: line longer than %1 bytes").arg(MaxLineSize));
        return false;
    }
    m_line.append(data.sliced(pos, end - pos));
    if (!m_headComplete)
        m_headSize += end - pos + (nl < 0 ? 0 : 1);
    pos = nl < 0 ? data.size() : nl + 1;
    if (nl < 0)
        return false;
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    line = std::move(m_line);
    m_line.clear();
    return true;
}

qsizetype HttpResponseParser::feed(QByteArrayView data)
{
    qsizetype pos = 0;
    QByteArray line;
    while (pos < data.size() && m_state != State::Complete && m_state != State::Failed) {
        switch (m_state) {
        case State::StatusLine:
            if (!takeLine(data, pos, line))
                break;
            if (line.isEmpty() && m_head.status == 0 && m_headSize <= 2)
                continue; // tolerate a stray CRLF before the status line
            parseStatusLine(line);
            break;
        case State::Headers:
        case State::Trailers:
            if (!takeLine(data, pos, line))
                break;
            if (m_headSize > MaxHeadSize) {
                fail(Tr::tr("malformed HTTP response: headers larger than %1 bytes")
                         .arg(MaxHeadSize));
                break;
            }
            if (line.isEmpty()) {
                if (m_state == State::Trailers)
                    m_state = State::Complete;
                else
                    headersDone();
            } else if (m_state == State::Headers) {
                parseHeaderLine(line);
            } // trailer fields are ignored
            break;
        case State::Body:
        case State::ChunkData: {
            const qint64 n = std::min<qint64>(m_remaining, data.size() - pos);
            m_body.append(data.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Complete : State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (!takeLine(data, pos, line))
                break;
            if (!line.isEmpty())
                fail(Tr::tr("malformed HTTP response: chunk not followed by CRLF"));
            else
                m_state = State::ChunkSize;
            break;
        case State::ChunkSize:
            if (!takeLine(data, pos, line))
                break;
            parseChunkSize(line);
            break;
        case State::UntilClose:
            m_body.append(data.sliced(pos));
            pos = data.size();
            break;
        case State::Complete:
        case State::Failed:
            break;
        }
    }
    return pos;
}

bool HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // "HTTP/1.1 200 OK"; the reason phrase may be empty.
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ') {
        fail(Tr::tr("malformed HTTP response: bad status line"));
        return false;
    }
    const char minor = line.at(7);
    if (minor != '0' && minor != '1') {
        fail(Tr::tr("malformed HTTP response: unsupported HTTP version"));
        return false;
    }
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        const char c = line.at(i);
        if (c < '0' || c > '9') {
            fail(Tr::tr("malformed HTTP response: bad status code"));
            return false;
        }
        status = status * 10 + (c - '0');
    }
    if (line.size() > 12 && line.at(12) != ' ') {
        fail(Tr::tr("malformed HTTP response: bad status code"));
        return false;
    }
    m_head.minorVersion = minor - '0';
    m_head.status = status;
    m_head.reason = line.mid(13);
    m_state = State::Headers;
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t') {
        fail(Tr::tr("malformed HTTP response: bad header line"));
        return false;
    }
    m_head.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return true;
}

void HttpResponseParser::headersDone()
{
    const int status = m_head.status;
    if (status >= 100 && status < 200 && status != 101) {
        // Interim response (100 Continue): the real one follows.
        m_head = {};
        m_headSize = 0;
        m_state = State::StatusLine;
        return;
    }
    m_headComplete = true;
    if (m_bodyless || status == 204 || status == 304 || status == 101) {
        m_state = State::Complete;
        return;
    }
    const QByteArray te = m_head.header("Transfer-Encoding").toLower();
    if (!te.isEmpty()) {
        if (te.endsWith("chunked")) {
            m_state = State::ChunkSize;
            return;
        }
        m_state = State::UntilClose;
        return;
    }
    if (m_head.hasHeader("Content-Length")) {
        const QByteArray value = m_head.header("Content-Length");
        bool ok = !value.isEmpty();
        qint64 length = 0;
        for (char c : value) {
            if (c < '0' || c > '9' || length > (Q_INT64_C(1) << 50)) {
                ok = false;
                break;
            }
            length = length * 10 + (c - '0');
        }
        if (!ok) {
            fail(Tr::tr("malformed HTTP response: bad Content-Length"));
            return;
        }
        m_remaining = length;
        m_state = length == 0 ? State::Complete : State::Body;
        return;
    }
    m_state = State::UntilClose;
}

bool HttpResponseParser::parseChunkSize(const QByteArray &line)
{
    // "1a2b[;extension]"
    qint64 size = 0;
    int digits = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        const char c = line.at(i);
        int v;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else
            break;
        if (++digits > 12) {
            fail(Tr::tr("malformed HTTP response: chunk size too large"));
            return false;
        }
        size = size * 16 + v;
    }
    while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
        ++i;
    if (digits == 0 || (i < line.size() && line.at(i) != ';')) {
        fail(Tr::tr("malformed HTTP response: bad chunk size"));
        return false;
    }
    if (size == 0) {
        m_state = State::Trailers;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return true;
}

void HttpResponseParser::finishInput()
{
    if (m_state == State::UntilClose) {
        m_state = State::Complete;
    } else if (m_state != State::Complete && m_state != State::Failed) {
        fail(m_headComplete ? Tr::tr("connection closed in the middle of the response body")
                            : Tr::tr("connection closed before a complete response arrived"));
    }
}

bool HttpResponseParser::keepAlive() const
{
    if (m_state != State::Complete || !m_headComplete)
        return false;
    if (m_head.status == 101)
        return false;
    if (!m_head.hasHeader("Content-Length") && !m_head.hasHeader("Transfer-Encoding")
        && !(m_bodyless || m_head.status == 204 || m_head.status == 304))
        return false; // the body ran until close
    if (!m_head.header("Transfer-Encoding").isEmpty()
        && !m_head.header("Transfer-Encoding").toLower().endsWith("chunked"))
        return false;
    const QByteArray connection = m_head.header("Connection").toLower();
    if (m_head.minorVersion == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

QByteArray HttpResponseParser::takeBody()
{
    QByteArray out;
    out.swap(m_body);
    return out;
}

} // namespace Maestro::Docker
