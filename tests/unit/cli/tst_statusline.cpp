// SPDX-License-Identifier: GPL-3.0-or-later
// MaestroNG's direct printer (spec 12.9): pending texts on a terminal only, cleared before
// other output; committed texts everywhere, red only with colours.
#include "statusline.h"

#include <QTest>

using Maestro::Cli::StatusLine;

class tst_StatusLine : public QObject
{
    Q_OBJECT

private slots:
    void terminalShowsAndClearsPendingTexts()
    {
        StatusLine line(true, true);
        QCOMPARE(line.clear(), QString()); // nothing shown, nothing to clear
        QCOMPARE(line.pending(QStringLiteral("Inspecting container status...")),
                 QStringLiteral("Inspecting container status...\x1b[K\r"));
        QVERIFY(line.showsPending());
        QCOMPARE(line.pending(QStringLiteral("Requesting logs for a.")),
                 QStringLiteral("Requesting logs for a.\x1b[K\r"));
        QCOMPARE(line.clear(), QStringLiteral("\x1b[2K\r"));
        QVERIFY(!line.showsPending());
        QCOMPARE(line.clear(), QString());
    }

    void commitEndsTheLine_data()
    {
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<bool>("colours");
        QTest::addColumn<QString>("expected");
        const QString text = QStringLiteral("a (on s) is not running!");
        QTest::newRow("terminal") << true << true
                                  << QStringLiteral("\x1b[2K\r\x1b[31;1m") + text
                                         + QStringLiteral("\x1b[;0m\n");
        QTest::newRow("pipe") << false << false << text + QLatin1Char('\n');
        QTest::newRow("pipe with ANSICON")
            << false << true << QStringLiteral("\x1b[31;1m") + text + QStringLiteral("\x1b[;0m\n");
    }

    void commitEndsTheLine()
    {
        QFETCH(bool, terminal);
        QFETCH(bool, colours);
        QFETCH(QString, expected);
        StatusLine line(terminal, colours);
        line.pending(QStringLiteral("Inspecting container status..."));
        QCOMPARE(line.commit(QStringLiteral("a (on s) is not running!"), true), expected);
        QVERIFY(!line.showsPending());
    }

    // Output to a file or pipe holds no transient texts and no control codes (KW-32).
    void pipeGetsNoPendingTexts()
    {
        StatusLine line(false, false);
        QCOMPARE(line.pending(QStringLiteral("Now streaming logs for a.")), QString());
        QVERIFY(!line.showsPending());
        QCOMPARE(line.clear(), QString());
        QCOMPARE(line.commit(QStringLiteral("plain")), QStringLiteral("plain\n"));
    }
};

QTEST_GUILESS_MAIN(tst_StatusLine)
#include "tst_statusline.moc"
