// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/loglineassembler.h"

#include <QTest>

using Maestro::Docker::LogEntry;
using Maestro::Docker::OutputStream;
using Maestro::Models::LogLine;
using Maestro::Models::LogLineAssembler;

Q_DECLARE_METATYPE(QList<LogEntry>)

class tst_LogLineAssembler : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void longLineIsCut();
    void cutKeepsCharactersWhole();
    void timestamps();
};

namespace {
LogEntry out(const char *data)
{
    return {OutputStream::Stdout, QByteArray(data)};
}
LogEntry err(const char *data)
{
    return {OutputStream::Stderr, QByteArray(data)};
}
// "o:text" / "e:text" per line, after feeding everything and flushing.
QStringList assemble(const QList<LogEntry> &entries, bool flush = true)
{
    LogLineAssembler assembler;
    QList<LogLine> lines;
    for (const LogEntry &entry : entries)
        assembler.feed(entry, lines);
    if (flush)
        assembler.flush(lines);
    QStringList out;
    for (const LogLine &line : lines)
        out.append(
            (line.stream == OutputStream::Stderr ? QStringLiteral("e:") : QStringLiteral("o:"))
            + line.text);
    return out;
}
} // namespace

void tst_LogLineAssembler::lines_data()
{
    QTest::addColumn<QList<LogEntry>>("entries");
    QTest::addColumn<bool>("flush");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("one line") << QList<LogEntry>{out("hello\n")} << true << QStringList{"o:hello"};
    QTest::newRow("two lines in one chunk")
        << QList<LogEntry>{out("a\nb\n")} << true << QStringList{"o:a", "o:b"};
    QTest::newRow("line cut across chunks")
        << QList<LogEntry>{out("he"), out("ll"), out("o\nwor"), out("ld\n")} << true
        << QStringList{"o:hello", "o:world"};
    QTest::newRow("partial line waits for its end")
        << QList<LogEntry>{out("no end yet")} << false << QStringList{};
    QTest::newRow("partial line at the end of the stream")
        << QList<LogEntry>{out("last")} << true << QStringList{"o:last"};
    QTest::newRow("streams do not mix")
        << QList<LogEntry>{out("out-"), err("err-"), out("line\n"), err("line\n")} << true
        << QStringList{"o:out-line", "e:err-line"};
    QTest::newRow("CRLF") << QList<LogEntry>{out("dos\r\n")} << true << QStringList{"o:dos"};
    QTest::newRow("empty lines kept")
        << QList<LogEntry>{out("\n\nx\n")} << true << QStringList{"o:", "o:", "o:x"};
    QTest::newRow("UTF-8 cut inside a character")
        << QList<LogEntry>{out("gr\xc3"), out("\xbc\xc3\x9f\n")} << true
        << QStringList{QStringLiteral("o:grüß")};
}

void tst_LogLineAssembler::lines()
{
    QFETCH(QList<LogEntry>, entries);
    QFETCH(bool, flush);
    QFETCH(QStringList, expected);
    QCOMPARE(assemble(entries, flush), expected);
}

void tst_LogLineAssembler::longLineIsCut()
{
    const qsizetype max = LogLineAssembler::maxLineBytes();
    const QByteArray longLine(max * 2 + 10, 'x');
    const QStringList result = assemble({{OutputStream::Stdout, longLine + "\nnext\n"}});
    QCOMPARE(result.size(), 4);
    QCOMPARE(result.at(0).size(), 2 + max);
    QCOMPARE(result.at(1).size(), 2 + max);
    QCOMPARE(result.at(2), QStringLiteral("o:") + QString(10, QLatin1Char('x')));
    QCOMPARE(result.at(3), QStringLiteral("o:next"));

    // A line that reaches the limit in small chunks is cut as well.
    LogLineAssembler assembler;
    QList<LogLine> lines;
    for (qsizetype i = 0; i < max + 1; ++i)
        assembler.feed(out("y"), lines);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).text.size(), max);

    // A chunk that fills a line exactly, then its newline: one line, not one and an empty one.
    const QStringList exact
        = assemble({{OutputStream::Stdout, QByteArray(max, 'z')}, {OutputStream::Stdout, "\n"}});
    QCOMPARE(exact.size(), 1);
    QCOMPARE(exact.at(0).size(), 2 + max);
}

void tst_LogLineAssembler::cutKeepsCharactersWhole()
{
    const qsizetype max = LogLineAssembler::maxLineBytes();
    // "ü" (2 bytes) straddles the limit: the cut moves before it.
    const QByteArray bytes = QByteArray(max - 1, 'a') + "\xc3\xbc" + "\n";
    const QStringList result = assemble({{OutputStream::Stdout, bytes}});
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0), QStringLiteral("o:") + QString(max - 1, QLatin1Char('a')));
    QCOMPARE(result.at(1), QStringLiteral("o:ü"));
}

void tst_LogLineAssembler::timestamps()
{
    LogLineAssembler assembler(true);
    QList<LogLine> lines;
    assembler.feed(out("2026-11-24T17:51:43.123456789Z started\n"
                       "2026-11-24T17:51:44Z \n"
                       "not a timestamp here\n"),
                   lines);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).timestamp,
             QDateTime(QDate(2026, 11, 24), QTime(17, 51, 43, 123), Qt::UTC));
    QCOMPARE(lines.at(0).text, QStringLiteral("started"));
    QCOMPARE(lines.at(1).timestamp, QDateTime(QDate(2026, 11, 24), QTime(17, 51, 44), Qt::UTC));
    QCOMPARE(lines.at(1).text, QString());
    QVERIFY(!lines.at(2).timestamp.isValid());
    QCOMPARE(lines.at(2).text, QStringLiteral("not a timestamp here"));
}

QTEST_GUILESS_MAIN(tst_LogLineAssembler)
#include "tst_loglineassembler.moc"
