// SPDX-License-Identifier: GPL-3.0-or-later
// The play table of spec 11.2: widths from the column count, row texts, non-terminal
// output of final rows only (KW-32), terminal redraws.
#include "playtable.h"

#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;
using Maestro::Cli::PlayTable;

namespace {

Plan twoSteps()
{
    PlanStep zk{QStringLiteral("zk-1"),   1,    QStringLiteral("local"), QStringLiteral("zk"), {},
                QStringLiteral("status"), false};
    PlanStep web{QStringLiteral("web-1"),  2,    QStringLiteral("local"), QStringLiteral("web"), {},
                 QStringLiteral("status"), false};
    return Plan(Command::Status, PlanDirection::Start, {zk, web});
}

ProgressEvent makeEvent(const QString &instance, ProgressPhase phase,
                        ProgressEvent::Segment segment = {}, const QString &message = {})
{
    ProgressEvent e;
    e.instance = instance;
    e.phase = phase;
    e.segment = segment;
    e.message = message;
    return e;
}

ProgressEvent::Segment container(const QString &text, Tone tone = Tone::Success)
{
    return {ProgressEvent::Segment::Kind::Container, text, tone};
}

ProgressEvent::Segment word(const QString &text, Tone tone = Tone::Success)
{
    return {ProgressEvent::Segment::Kind::Word, text, tone};
}

} // namespace

class tst_PlayTable : public QObject
{
    Q_OBJECT
private slots:
    void widths_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("instance");
        QTest::addColumn<int>("ship");
        QTest::newRow("120") << 120 << 20 << 20;
        QTest::newRow("80: no ship column") << 80 << 20 << 0;
        QTest::newRow("200") << 200 << 40 << 40;
        QTest::newRow("150") << 150 << 30 << 40;
    }
    void widths()
    {
        QFETCH(int, columns);
        QFETCH(int, instance);
        QFETCH(int, ship);
        const PlayTable table(twoSteps(), {}, PlayTable::Layout{columns, false, false});
        QCOMPARE(table.instanceWidth(), instance);
        QCOMPARE(table.shipWidth(), ship);
    }

    // Spec 11.2's example, C = 120, not a terminal.
    void specExample()
    {
        PlayTable table(twoSteps(), {}, PlayTable::Layout{120, false, false});
        QCOMPARE(
            table.begin(),
            QStringLiteral("  #  INSTANCE             SERVICE              SHIP                 "
                           "CONTAINER                  STATUS    \n"));
        QCOMPARE(table.apply(makeEvent(QStringLiteral("zk-1"), ProgressPhase::Info, {},
                                       QStringLiteral("checking..."))),
                 QString());
        QCOMPARE(
            table.rowText(0),
            QStringLiteral(
                "  1. zk-1                 zk                   local                checking..."));
        QCOMPARE(table.apply(makeEvent(QStringLiteral("zk-1"), ProgressPhase::Info,
                                       container(QStringLiteral("1.0:0000000")))),
                 QString());
        QCOMPARE(table.apply(makeEvent(QStringLiteral("zk-1"), ProgressPhase::Info,
                                       word(QStringLiteral("running for 1m15s")))),
                 QString());
        QCOMPARE(table.apply(makeEvent(QStringLiteral("zk-1"), ProgressPhase::Done)),
                 QStringLiteral("  1. zk-1                 zk                   local              "
                                "  1.0:0000000                running for 1m15s\n"));
        table.apply(makeEvent(QStringLiteral("web-1"), ProgressPhase::Info,
                              container(QStringLiteral("latest:-"), Tone::Plain)));
        table.apply(makeEvent(QStringLiteral("web-1"), ProgressPhase::Info,
                              word(QStringLiteral("down"), Tone::NoOp)));
        QCOMPARE(table.apply(makeEvent(QStringLiteral("web-1"), ProgressPhase::Done)),
                 QStringLiteral("  2. web-1                web                  local              "
                                "  latest:-                   down      \n"));
        QCOMPARE(table.end(), QString());
    }

    // Colours only when asked; the non-terminal line never carries them.
    void coloursAndTerminal()
    {
        PlayTable table(twoSteps(), {}, PlayTable::Layout{120, true, true});
        QVERIFY(table.begin().endsWith(QStringLiteral("\n\n\x1b[2A")));
        const QString redraw = table.apply(makeEvent(QStringLiteral("web-1"), ProgressPhase::Info,
                                                     word(QStringLiteral("started"))));
        QVERIFY2(redraw.startsWith(QStringLiteral("\x1b[1B\r")), qPrintable(redraw));
        QVERIFY(redraw.contains(QStringLiteral("\x1b[32;1mstarted\x1b[;0m")));
        QVERIFY(redraw.endsWith(QStringLiteral("\x1b[K\r\x1b[1A")));
        QCOMPARE(table.end(), QStringLiteral("\x1b[2B"));

        PlayTable plain(twoSteps(), {}, PlayTable::Layout{120, false, true});
        plain.apply(makeEvent(QStringLiteral("zk-1"), ProgressPhase::Info,
                              word(QStringLiteral("started"))));
        const QString line = plain.apply(makeEvent(QStringLiteral("zk-1"), ProgressPhase::Done));
        QVERIFY(!line.contains(QLatin1Char('\x1b')));
        QVERIFY(line.endsWith(QStringLiteral("started\n")));
    }

    // The runner's failed!/aborted! segments end the row; a reset clears it (restart).
    void failedAndReset()
    {
        PlayTable table(twoSteps(), {}, PlayTable::Layout{120, false, false});
        table.apply(makeEvent(QStringLiteral("zk-1"), ProgressPhase::Info,
                              word(QStringLiteral("stopped"))));
        ProgressEvent reset = makeEvent(QStringLiteral("zk-1"), ProgressPhase::Info);
        reset.reset = true;
        table.apply(reset);
        QVERIFY(!table.rowText(0).contains(QStringLiteral("stopped")));
        table.apply(makeEvent(QStringLiteral("zk-1"), ProgressPhase::Info,
                              word(QStringLiteral("container did not start!"), Tone::Problem)));
        const QString line = table.apply(makeEvent(QStringLiteral("zk-1"), ProgressPhase::Failed,
                                                   word(QStringLiteral("failed!"), Tone::Problem)));
        QVERIFY2(line.endsWith(QStringLiteral(" container did not start! failed!\n")),
                 qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(tst_PlayTable)
#include "tst_playtable.moc"
