// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowtext.h"

#include "orchestration/tr.h"

#include <QHash>
#include <QRegularExpression>

namespace Maestro::Orchestration {

QString imageTag(const QString &image)
{
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon > slash)
        return image.mid(colon + 1);
    return QStringLiteral("latest");
}

QString shortImage(const QString &image)
{
    const qsizetype slash = image.indexOf(QLatin1Char('/'));
    return slash < 0 ? image : image.mid(slash + 1);
}

QString shortId(const QString &id)
{
    return id.isEmpty() ? QStringLiteral("-") : id.left(7);
}

QString timeAgo(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid() || since.date().year() <= 1)
        return {};
    const qint64 total = since.secsTo(now);
    if (total < 0)
        return {};
    const qint64 s = total % 60;
    const qint64 m = (total / 60) % 60;
    const qint64 h = (total / 3600) % 24;
    const qint64 d = total / 86400;
    if (total < 60)
        return TaskTr::tr(" for %1s").arg(s);
    if (total < 3600)
        return TaskTr::tr(" for %1m%2s").arg(m).arg(s);
    if (total < 86400)
        return TaskTr::tr(" for %1h%2m").arg(h).arg(m);
    return TaskTr::tr(" for %1d%2h%3m").arg(d).arg(h).arg(m);
}

std::optional<qint64> listedAge(const QString &status)
{
    // "Up <duration>[ (...)]" or "<State> (<code>) <duration> ago".
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:Up|\w+ \(-?\d+\)) (\d+|About an?|Less than a) (second|minute|hour|day|week|month|year)s?\b)"));
    const QRegularExpressionMatch m = pattern.match(status);
    if (!m.hasMatch())
        return std::nullopt;
    const QString count = m.captured(1);
    const qint64 n = count.startsWith(QLatin1String("Less"))    ? 0
                     : count.startsWith(QLatin1String("About")) ? 1
                                                                : count.toLongLong();
    static const QHash<QString, qint64> unit{
        {QStringLiteral("second"), 1},        {QStringLiteral("minute"), 60},
        {QStringLiteral("hour"), 3600},       {QStringLiteral("day"), 86400},
        {QStringLiteral("week"), 7 * 86400},  {QStringLiteral("month"), 30 * 86400},
        {QStringLiteral("year"), 365 * 86400}};
    return n * unit.value(m.captured(2));
}

namespace {

ProgressEvent segmentEvent(ProgressEvent::Segment::Kind kind, const QString &text, Tone tone)
{
    ProgressEvent event;
    event.phase = ProgressPhase::Info;
    event.segment = {kind, text, tone};
    return event;
}

} // namespace

ProgressEvent containerSegment(const QString &text, Tone tone)
{
    return segmentEvent(ProgressEvent::Segment::Kind::Container, text, tone);
}

ProgressEvent wordSegment(const QString &text, Tone tone)
{
    return segmentEvent(ProgressEvent::Segment::Kind::Word, text, tone);
}

} // namespace Maestro::Orchestration
