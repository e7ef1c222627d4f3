// SPDX-License-Identifier: GPL-3.0-or-later
#include "loglinefilter.h"

#include <QDateTime>

namespace Maestro::Orchestration {

namespace {

// "2026-11-24T17:57:54.123456789Z" -> (seconds, nanoseconds); Go trims trailing zeros of
// the fraction, so the text does not sort.
std::optional<std::pair<qint64, qint64>> parseTimestamp(const QByteArray &token)
{
    if (token.size() < 20 || !token.endsWith('Z'))
        return std::nullopt;
    const QDateTime seconds = QDateTime::fromString(QString::fromLatin1(token.left(19)),
                                                    QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!seconds.isValid())
        return std::nullopt;
    QByteArray fraction;
    if (token.at(19) == '.')
        fraction = token.mid(20, token.size() - 21);
    bool ok = true;
    const qint64 nanos
        = fraction.isEmpty() ? 0 : fraction.leftJustified(9, '0', true).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    QDateTime utc = seconds;
    utc.setTimeSpec(Qt::UTC);
    return std::pair{utc.toSecsSinceEpoch(), nanos};
}

} // namespace

LogLineFilter::LogLineFilter(bool keepTimestamps)
    : m_keepTimestamps(keepTimestamps)
{}

QList<Docker::LogEntry> LogLineFilter::feed(const Docker::LogEntry &chunk)
{
    QList<Docker::LogEntry> out;
    QByteArray &buffer = m_partial[int(chunk.stream)];
    buffer += chunk.data;
    qsizetype start = 0;
    for (qsizetype nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n', start)) {
        if (auto entry = line(chunk.stream, buffer.mid(start, nl + 1 - start)))
            out.append(*entry);
        start = nl + 1;
    }
    buffer.remove(0, start);
    return out;
}

QList<Docker::LogEntry> LogLineFilter::flush()
{
    QList<Docker::LogEntry> out;
    for (auto it = m_partial.begin(); it != m_partial.end(); ++it) {
        if (!it.value().isEmpty()) {
            if (auto entry = line(Docker::OutputStream(it.key()), it.value()))
                out.append(*entry);
        }
    }
    m_partial.clear();
    return out;
}

std::optional<qint64> LogLineFilter::newestSecond() const
{
    if (!m_newest)
        return std::nullopt;
    return m_newest->first;
}

std::optional<Docker::LogEntry> LogLineFilter::line(Docker::OutputStream stream, QByteArray text)
{
    const qsizetype space = text.indexOf(' ');
    const auto stamp = space > 0 ? parseTimestamp(text.left(space)) : std::nullopt;
    if (stamp) {
        if (m_newest && *stamp <= *m_newest)
            return std::nullopt; // delivered before the reconnect
        m_newest = stamp;
        if (!m_keepTimestamps)
            text.remove(0, space + 1);
    }
    return Docker::LogEntry{stream, text};
}

} // namespace Maestro::Orchestration
