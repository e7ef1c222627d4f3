// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sourcemap.h"

#include <QTest>

using namespace Maestro::Core;

class tst_SourceMap : public QObject
{
    Q_OBJECT
private slots:
    void identityMapsLineAndColumn()
    {
        const SourceMap map
            = SourceMap::identity(QStringLiteral("f.yaml"), QStringLiteral("a: 1\nbb: 2\n"));
        QCOMPARE(map.locate(1, 1), (SourceLocation{QStringLiteral("f.yaml"), 1, 1}));
        QCOMPARE(map.locate(2, 4), (SourceLocation{QStringLiteral("f.yaml"), 2, 4}));
    }

    void segmentsMapBackToTheirSource()
    {
        // Source "x: {{ v }}\ny: 2\n" rendered to "x: 12345\ny: 2\n".
        const QString source = QStringLiteral("x: {{ v }}\ny: 2\n");
        const QString rendered = QStringLiteral("x: 12345\ny: 2\n");
        SourceMap map;
        const int file = map.addFile(QStringLiteral("t.yaml"), source);
        map.addSegment(0, file, 0, true);  // "x: "
        map.addSegment(3, file, 3, false); // the expression output
        map.addSegment(8, file, 10, true); // "\ny: 2\n"
        map.setRenderedText(rendered);
        QCOMPARE(map.locate(1, 2), (SourceLocation{QStringLiteral("t.yaml"), 1, 2}));
        // Every character of an expression's output points at the expression.
        QCOMPARE(map.locate(1, 7), (SourceLocation{QStringLiteral("t.yaml"), 1, 4}));
        QCOMPARE(map.locate(2, 4), (SourceLocation{QStringLiteral("t.yaml"), 2, 4}));
    }

    void includedFilesKeepTheirName()
    {
        SourceMap map;
        const int main = map.addFile(QStringLiteral("main.yaml"),
                                     QStringLiteral("a\n{% include 'i.yaml' %}\n"));
        const int inc = map.addFile(QStringLiteral("i.yaml"), QStringLiteral("b: 1\nc: 2\n"));
        map.addSegment(0, main, 0, true);
        map.addSegment(2, inc, 0, true);
        map.setRenderedText(QStringLiteral("a\nb: 1\nc: 2\n\n"));
        QCOMPARE(map.locate(3, 1), (SourceLocation{QStringLiteral("i.yaml"), 2, 1}));
        QCOMPARE(map.locate(1, 1).file, QStringLiteral("main.yaml"));
    }
};

QTEST_GUILESS_MAIN(tst_SourceMap)
#include "tst_sourcemap.moc"
