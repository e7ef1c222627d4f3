// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QTest>

using namespace Maestro::Cli;

class tst_CommandLine : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("things");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("plain") << QStringList{"start"} << "maestro.yaml"
                               << "start" << QStringList() << QStringList();
        QTest::newRow("file") << QStringList{"-f", "x.yaml", "status", "web"} << "x.yaml"
                              << "status" << QStringList{"web"} << QStringList();
        QTest::newRow("long-file") << QStringList{"--file=y.yaml", "deptree"} << "y.yaml"
                                   << "deptree" << QStringList() << QStringList();
        QTest::newRow("interleaved")
            << QStringList{"stop", "web", "-c", "2", "db", "-a"} << "maestro.yaml"
            << "stop" << QStringList{"web", "db"} << QStringList{"all=1", "concurrency=2"};
        QTest::newRow("attached") << QStringList{"start", "-c3", "--ship-filter=s*"}
                                  << "maestro.yaml"
                                  << "start" << QStringList()
                                  << QStringList{"concurrency=3", "ship-filter=s*"};
        QTest::newRow("deptree -r")
            << QStringList{"deptree", "-r", "web"} << "maestro.yaml"
            << "deptree" << QStringList{"web"} << QStringList{"recursive=1"};
        QTest::newRow("complete keeps dashes")
            << QStringList{"complete", "maestro start -d w"} << "maestro.yaml"
            << "complete" << QStringList{"maestro start -d w"} << QStringList();
        QTest::newRow("stdin") << QStringList{"-f", "-", "validate"} << "-"
                               << "validate" << QStringList() << QStringList();
    }
    void parses()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        QFETCH(QString, command);
        QFETCH(QStringList, things);
        QFETCH(QStringList, options);
        const ParseOutcome outcome
            = parseCommandLine(QStringList{QStringLiteral("maestro")} + args);
        QVERIFY2(outcome.commandLine.has_value(), qPrintable(outcome.text));
        const CommandLine &line = *outcome.commandLine;
        QCOMPARE(line.file, file);
        QCOMPARE(line.command, command);
        QCOMPARE(line.things, things);
        QStringList actual;
        for (auto it = line.options.cbegin(); it != line.options.cend(); ++it)
            actual << it.key() + QLatin1Char('=') + it.value();
        actual.sort();
        QCOMPARE(actual, options);
    }

    void exits_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("textContains");
        QTest::newRow("help") << QStringList{"-h"} << 0 << "usage: maestro";
        QTest::newRow("version") << QStringList{"-v"} << 0 << "maestro-ng-0.8.3";
        QTest::newRow("command help") << QStringList{"start", "--help"} << 0 << "--refresh-images";
        QTest::newRow("no command") << QStringList() << 2 << "required: command";
        QTest::newRow("bad command") << QStringList{"launch"} << 2 << "invalid choice: 'launch'";
        QTest::newRow("bad option")
            << QStringList{"start", "--bogus"} << 2 << "unrecognized arguments: --bogus";
        QTest::newRow("option of another command")
            << QStringList{"status", "-a"} << 2 << "unrecognized";
        QTest::newRow("non-integer -c")
            << QStringList{"start", "-c", "many"} << 2 << "invalid int value: 'many'";
        QTest::newRow("missing value") << QStringList{"logs", "-n"} << 2 << "expected one argument";
        QTest::newRow("-r with --reuse")
            << QStringList{"start", "-r", "--reuse"} << 2 << "not allowed with";
        QTest::newRow("-f without file") << QStringList{"-f"} << 2 << "expected one argument";
    }
    void exits()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, textContains);
        const ParseOutcome outcome
            = parseCommandLine(QStringList{QStringLiteral("maestro")} + args);
        QVERIFY(!outcome.commandLine.has_value());
        QCOMPARE(outcome.exitCode, exitCode);
        QCOMPARE(outcome.toStandardError, exitCode != 0);
        QVERIFY2(outcome.text.contains(textContains), qPrintable(outcome.text));
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
