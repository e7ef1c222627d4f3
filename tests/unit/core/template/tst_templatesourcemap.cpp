// SPDX-License-Identifier: GPL-3.0-or-later
// Positions in the rendered text map back to the file and place the user wrote.
#include "templatetesthelpers.h"

#include <QtTest>

using namespace Maestro::Core;
using namespace Maestro::Core::TestSupport;

class TestTemplateSourceMap : public QObject
{
    Q_OBJECT

private slots:
    void mapsPositions_data();
    void mapsPositions();
    void plainTextMapsToItself();
    void everyRenderedCharacterOfALoopMapsIntoItsBody();
};

void TestTemplateSourceMap::mapsPositions_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("renderedLine");
    QTest::addColumn<int>("renderedColumn");
    QTest::addColumn<QString>("file"); // "" = the main file
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("renderedText"); // sanity check of what was rendered

    const QString loop = QStringLiteral("a: 1\n"
                                        "{% for i in range(2) %}\n"
                                        "s{{ i }}: x\n"
                                        "{% endfor %}\n"
                                        "b: 2\n");
    const QString loopRendered = QStringLiteral("a: 1\n\ns0: x\n\ns1: x\n\nb: 2");
    QTest::newRow("text before a loop") << loop << 1 << 3 << QString() << 1 << 3 << loopRendered;
    QTest::newRow("first iteration text") << loop << 3 << 1 << QString() << 3 << 1 << loopRendered;
    QTest::newRow("second iteration text") << loop << 5 << 1 << QString() << 3 << 1 << loopRendered;
    QTest::newRow("output maps to its expression")
        << loop << 5 << 2 << QString() << 3 << 5 << loopRendered;
    QTest::newRow("text after an output") << loop << 5 << 4 << QString() << 3 << 10 << loopRendered;
    QTest::newRow("text after the loop") << loop << 7 << 1 << QString() << 5 << 1 << loopRendered;
    QTest::newRow("text after the loop, later column")
        << loop << 7 << 4 << QString() << 5 << 4 << loopRendered;

    const QString include = QStringLiteral("a: 1\n{% include 'inc.yaml' %}\nc: 3");
    const QString includeRendered = QStringLiteral("a: 1\nb: 2\nc: 3");
    QTest::newRow("before an include")
        << include << 1 << 1 << QString() << 1 << 1 << includeRendered;
    QTest::newRow("inside an include")
        << include << 2 << 4 << templateDataDir() + QStringLiteral("/inc.yaml") << 1 << 4
        << includeRendered;
    QTest::newRow("after an include")
        << include << 3 << 1 << QString() << 3 << 1 << includeRendered;

    const QString loopInclude = QStringLiteral(
        "items:\n{% for item in ['x', 'y'] %}{% include 'loopitem.yaml' %}\n{% endfor %}");
    const QString loopIncludeRendered = QStringLiteral("items:\n  - item1: x\n  - item2: y\n");
    QTest::newRow("include in a loop, text")
        << loopInclude << 3 << 3 << templateDataDir() + QStringLiteral("/loopitem.yaml") << 1 << 3
        << loopIncludeRendered;
    QTest::newRow("include in a loop, loop.index")
        << loopInclude << 3 << 9 << templateDataDir() + QStringLiteral("/loopitem.yaml") << 1 << 12
        << loopIncludeRendered;
    QTest::newRow("include in a loop, output")
        << loopInclude << 3 << 12 << templateDataDir() + QStringLiteral("/loopitem.yaml") << 1 << 30
        << loopIncludeRendered;

    const QString stripped = QStringLiteral("list:\n"
                                            "{%- for i in [1, 2] %}\n"
                                            "  - {{ i }}\n"
                                            "{%- endfor %}\n"
                                            "end: true");
    const QString strippedRendered = QStringLiteral("list:\n  - 1\n  - 2\nend: true");
    QTest::newRow("stripped loop item")
        << stripped << 3 << 3 << QString() << 3 << 3 << strippedRendered;
    QTest::newRow("stripped loop value")
        << stripped << 3 << 5 << QString() << 3 << 8 << strippedRendered;
    QTest::newRow("after stripped loop")
        << stripped << 4 << 1 << QString() << 5 << 1 << strippedRendered;

    const QString comment = QStringLiteral("{# header #}\nkey: {{ 'v' }} # {{ 1 }}\nnext: 1");
    const QString commentRendered = QStringLiteral("\nkey: v # 1\nnext: 1");
    QTest::newRow("after a comment") << comment << 2 << 1 << QString() << 2 << 1 << commentRendered;
    QTest::newRow("after an output on the same line")
        << comment << 2 << 7 << QString() << 2 << 15 << commentRendered;
    QTest::newRow("next line") << comment << 3 << 2 << QString() << 3 << 2 << commentRendered;
}

void TestTemplateSourceMap::mapsPositions()
{
    QFETCH(QString, source);
    QFETCH(int, renderedLine);
    QFETCH(int, renderedColumn);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, renderedText);

    const auto result = render(source);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->text, renderedText);
    const SourceLocation location = result->sourceMap.locate(renderedLine, renderedColumn);
    QCOMPARE(location.file, file.isEmpty() ? QStringLiteral("maestro.yaml") : file);
    QCOMPARE(location.line, line);
    QCOMPARE(location.column, column);
}

void TestTemplateSourceMap::plainTextMapsToItself()
{
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("key%1: value\n").arg(i);
    const auto result = render(text);
    QVERIFY(result.ok());
    for (int line : {1, 150, 300}) {
        const SourceLocation location = result->sourceMap.locate(line, 5);
        QCOMPARE(location.file, QStringLiteral("maestro.yaml"));
        QCOMPARE(location.line, line);
        QCOMPARE(location.column, 5);
    }
}

void TestTemplateSourceMap::everyRenderedCharacterOfALoopMapsIntoItsBody()
{
    // Literal characters map to the same character of the loop body; every rendered
    // character maps inside the body's lines (3 and 4 of the source).
    const QString source = QStringLiteral("services:\n"
                                          "{% for i in range(50) %}\n"
                                          "  web-{{ i }}:\n"
                                          "    image: {{ env.NAME }}:{{ loop.index }}\n"
                                          "{% endfor %}");
    const auto result = render(source);
    QVERIFY(result.ok());
    const QStringList sourceLines = source.split(QLatin1Char('\n'));
    const QStringList lines = result->text.split(QLatin1Char('\n'));
    // "services:", then per item an empty line and two lines, then the final empty line.
    QCOMPARE(lines.size(), 1 + 50 * 3 + 1);
    for (int l = 1; l < lines.size(); ++l) {
        for (int c = 1; c <= lines[l].size(); ++c) {
            const SourceLocation location = result->sourceMap.locate(l + 1, c);
            QVERIFY2(location.line == 3 || location.line == 4,
                     qPrintable(
                         QStringLiteral("%1:%2 -> %3").arg(l + 1).arg(c).arg(location.toString())));
            const QChar rendered = lines[l].at(c - 1);
            const QString &sourceLine = sourceLines.at(location.line - 1);
            // A literal character maps onto itself; an output onto the start of its expression.
            QVERIFY2(rendered == sourceLine.at(location.column - 1)
                         || sourceLine.mid(location.column - 4, 3) == QLatin1String("{{ "),
                     qPrintable(
                         QStringLiteral("%1:%2 -> %3").arg(l + 1).arg(c).arg(location.toString())));
        }
    }
}

QTEST_GUILESS_MAIN(TestTemplateSourceMap)
#include "tst_templatesourcemap.moc"
