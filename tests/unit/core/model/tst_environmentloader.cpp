// SPDX-License-Identifier: GPL-3.0-or-later
// What a load keeps for an editor (issue 6): the environment file's text, every included
// file's text, the rendered text and the source map; after a failed render, the files read
// up to the error.
#include "core/model/environmentloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Maestro::Core;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

const QByteArray kMain = "# the main file\nname: kept\n{% include 'ships.yaml' %}\nservices: {}\n";
const QByteArray kShips = "ships:\n  alpha: {ip: 10.0.0.1}   # an include\n";

} // namespace

class TestEnvironmentLoader : public QObject
{
    Q_OBJECT

private slots:
    void keepsEverySourceTextAndTheRenderedText()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("maestro.yaml")), kMain));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ships.yaml")), kShips));
        LoadRequest request;
        request.file = dir.filePath(QStringLiteral("maestro.yaml"));
        const LoadResult result = loadEnvironment(request);
        QVERIFY(result.environment);
        QVERIFY(result.sourceRead);
        QCOMPARE(result.fileName, request.file);
        QCOMPARE(result.sourceText, QString::fromUtf8(kMain));
        QVERIFY(result.renderedText.contains(QStringLiteral("alpha: {ip: 10.0.0.1}")));
        QVERIFY(!result.renderedText.contains(QStringLiteral("{%")));
        QCOMPARE(result.sourceMap.fileCount(), 2);
        QCOMPARE(result.sourceMap.fileText(0), QString::fromUtf8(kMain));
        const int ships = result.sourceMap.indexOf(dir.filePath(QStringLiteral("ships.yaml")));
        QVERIFY(ships > 0);
        QCOMPARE(result.sourceMap.fileText(ships), QString::fromUtf8(kShips));
        // The map leads from the rendered text back into the include.
        const qsizetype at = result.renderedText.indexOf(QStringLiteral("alpha"));
        const SourceLocation where = result.sourceMap.locateOffset(at);
        QCOMPARE(where.file, dir.filePath(QStringLiteral("ships.yaml")));
        QCOMPARE(where.line, 2);
        QCOMPARE(where.column, 3);
    }

    void keepsTheFilesReadBeforeARenderError()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("maestro.yaml")), kMain));
        const QByteArray broken = "ships:\n  alpha: {{ unclosed\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ships.yaml")), broken));
        LoadRequest request;
        request.file = dir.filePath(QStringLiteral("maestro.yaml"));
        const LoadResult result = loadEnvironment(request);
        QVERIFY(!result.environment);
        QVERIFY(result.renderedText.isEmpty());
        QCOMPARE(result.sourceText, QString::fromUtf8(kMain));
        const int ships = result.sourceMap.indexOf(dir.filePath(QStringLiteral("ships.yaml")));
        QVERIFY(ships > 0);
        QCOMPARE(result.sourceMap.fileText(ships), QString::fromUtf8(broken));
    }

    void plainYamlKeepsItsTextAndAnIdentityMap()
    {
        const QString text = QStringLiteral("name: plain\nships: {}\nservices: {}\n");
        const LoadResult result
            = loadEnvironmentText(text, QStringLiteral("plain.yaml"), QStringLiteral("/tmp"), {});
        QCOMPARE(result.sourceText, text);
        QCOMPARE(result.sourceMap.fileCount(), 1);
        QCOMPARE(result.sourceMap.fileText(0), text);
        QCOMPARE(result.sourceMap.locateOffset(text.indexOf(QStringLiteral("ships"))).line, 2);
    }

    void unreadableFileSaysSo()
    {
        LoadRequest request;
        request.file = QStringLiteral("/nonexistent/maestro.yaml");
        const LoadResult result = loadEnvironment(request);
        QVERIFY(!result.sourceRead);
        QCOMPARE(result.fileName, request.file);
        QCOMPARE(result.sourceMap.fileCount(), 0);
        QVERIFY(!result.diagnostics.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentLoader)
#include "tst_environmentloader.moc"
