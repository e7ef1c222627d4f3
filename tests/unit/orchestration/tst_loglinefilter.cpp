// SPDX-License-Identifier: GPL-3.0-or-later
// LogLineFilter: whole lines out of cut chunks, timestamps parsed and stripped, lines at
// or before the newest one delivered dropped after a reconnect.
#include "orchestration/live/loglinefilter.h"

#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;
using Docker::LogEntry;
using Docker::OutputStream;

namespace {

QStringList texts(const QList<LogEntry> &entries)
{
    QStringList out;
    for (const LogEntry &e : entries)
        out << QString::fromUtf8(e.data);
    return out;
}

LogEntry out(const char *text)
{
    return LogEntry{OutputStream::Stdout, QByteArray(text)};
}

} // namespace

class TestLogLineFilter : public QObject
{
    Q_OBJECT

private slots:
    void linesAcrossChunks()
    {
        LogLineFilter filter(false);
        QCOMPARE(texts(filter.feed(out("2026-11-24T17:57:54.1Z one\n2026-11-24T17:57:54.2Z t"))),
                 QStringList{"one\n"});
        QCOMPARE(texts(filter.feed(out("wo\n"))), QStringList{"two\n"});
        QCOMPARE(filter.newestSecond(), std::optional<qint64>(1795543074));
    }

    void streamsKeepTheirOwnPartialLines()
    {
        LogLineFilter filter(false);
        QVERIFY(filter.feed(out("2026-11-24T17:57:54.1Z std")).isEmpty());
        const QList<LogEntry> err
            = filter.feed(LogEntry{OutputStream::Stderr, "2026-11-24T17:57:54.2Z err\n"});
        QCOMPARE(texts(err), QStringList{"err\n"});
        QCOMPARE(err.first().stream, OutputStream::Stderr);
        // The stdout line is older than the stderr one already delivered: dropped as seen.
        QCOMPARE(texts(filter.feed(out("out\n"))), QStringList{});
    }

    void keepsTimestampsWhenAsked()
    {
        LogLineFilter filter(true);
        QCOMPARE(texts(filter.feed(out("2026-11-24T17:57:54.5Z a\n"))),
                 QStringList{"2026-11-24T17:57:54.5Z a\n"});
    }

    void reconnectDropsWhatWasSeen()
    {
        // Go trims the fraction's trailing zeros: .5 is later than .123456789.
        LogLineFilter filter(false);
        filter.feed(out("2026-11-24T17:57:54.123456789Z a\n2026-11-24T17:57:54.5Z b\n"));
        const QList<LogEntry> again = filter.feed(out("2026-11-24T17:57:54.123456789Z a\n"
                                                      "2026-11-24T17:57:54.5Z b\n"
                                                      "2026-11-24T17:57:54.50000001Z c\n"
                                                      "2026-11-24T17:57:55Z d\n"));
        QCOMPARE(texts(again), (QStringList{"c\n", "d\n"}));
        filter.forgetHorizon();
        QCOMPARE(texts(filter.feed(out("2026-11-24T17:57:54.1Z new container\n"))),
                 QStringList{"new container\n"});
    }

    void linesWithoutTimestampPassUnchanged()
    {
        LogLineFilter filter(false);
        QCOMPARE(texts(filter.feed(out("plain line\nnot-a-date x\n"))),
                 (QStringList{"plain line\n", "not-a-date x\n"}));
        QCOMPARE(filter.newestSecond(), std::nullopt);
    }

    void flushHandsOutUnterminatedLines()
    {
        LogLineFilter filter(false);
        filter.feed(out("2026-11-24T17:57:54Z no newline"));
        QCOMPARE(texts(filter.flush()), QStringList{"no newline"});
        QVERIFY(filter.flush().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogLineFilter)
#include "tst_loglinefilter.moc"
