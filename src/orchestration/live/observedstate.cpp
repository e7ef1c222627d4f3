// SPDX-License-Identifier: GPL-3.0-or-later
#include "observedstate.h"

#include <QRegularExpression>

namespace Maestro::Orchestration {

qint64 secondsUpFromStatus(const QString &status)
{
    // Docker's units.HumanDuration: "Less than a second", "N seconds", "About a minute",
    // "N minutes", "About an hour", "N hours", "N days", "N weeks", "N months", "N years".
    static const QRegularExpression up(QStringLiteral(
        R"(^Up (Less than a second|About an? (minute|hour)|(\d+) (second|minute|hour|day|week|month|year)s?))"));
    const QRegularExpressionMatch m = up.match(status);
    if (!m.hasMatch())
        return -1;
    if (m.captured(1).startsWith(QLatin1String("Less")))
        return 0;
    if (!m.captured(2).isEmpty())
        return m.captured(2) == QLatin1String("minute") ? 60 : 3600;
    const qint64 n = m.captured(3).toLongLong();
    const QString unit = m.captured(4);
    static const QHash<QString, qint64> seconds{
        {QStringLiteral("second"), 1},        {QStringLiteral("minute"), 60},
        {QStringLiteral("hour"), 3600},       {QStringLiteral("day"), 86400},
        {QStringLiteral("week"), 7 * 86400},  {QStringLiteral("month"), 30 * 86400},
        {QStringLiteral("year"), 365 * 86400}};
    return n * seconds.value(unit, 1);
}

int exitCodeFromStatus(const QString &status)
{
    static const QRegularExpression code(QStringLiteral(R"(\((-?\d+)\))"));
    const QRegularExpressionMatch m = code.match(status);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

ObservedState ObservedState::fromSummary(const Docker::ContainerSummary &summary,
                                         const QDateTime &now)
{
    ObservedState s;
    s.image = summary.image;
    s.containerId = summary.id.left(12);
    const QString state = summary.state;
    if (state == QLatin1String("running") || state == QLatin1String("paused")) {
        s.status = Status::Running;
        const qint64 up = secondsUpFromStatus(summary.status);
        if (up >= 0)
            s.startedAt = now.addSecs(-up);
    } else if (state == QLatin1String("created")) {
        s.status = Status::Created;
    } else {
        // exited, dead, restarting (between two runs), removing: not serving.
        s.status = Status::Exited;
        s.exitCode = exitCodeFromStatus(summary.status);
    }
    return s;
}

ObservedState ObservedState::hostDown(const QString &reason)
{
    ObservedState s;
    s.status = Status::HostDown;
    s.detail = reason;
    return s;
}

} // namespace Maestro::Orchestration
