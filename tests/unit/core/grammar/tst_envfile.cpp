// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/envfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Maestro::Core;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(MAESTRO_TEST_DATA_DIR "/grammar/") + QLatin1String(name);
}

QStringList pairs(const QList<QPair<QString, QString>> &list)
{
    QStringList result;
    for (const auto &[key, value] : list)
        result << key + QLatin1Char('=') + value;
    return result;
}
} // namespace

// Expected contents were cross-checked with docker-py 1.x's parse_env_file rules run by
// Python 3.11 on the same fixtures (plus KW-25: blank lines skipped).
class tst_EnvFile : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        // Section 18.3 fixture files of test 70.
        QTest::newRow("env1") << "env1.env"
                              << QStringList{QStringLiteral("SOME_ENV=value"),
                                             QStringLiteral("OVERRIDE=rock")};
        QTest::newRow("env2") << "env2.env" << QStringList{QStringLiteral("OVERRIDE=giraffe")};
        // Spec 9.5: comments, trimming, first '=', quotes kept, empty values, repeated keys
        // (first position, last value), blank and whitespace-only lines skipped (KW-25).
        QTest::newRow("rules") << "rules.env" << QStringList{QStringLiteral("A=2"),
                                                             QStringLiteral("B = spaced = value"),
                                                             QStringLiteral("C=\"quoted\""),
                                                             QStringLiteral("D="),
                                                             QStringLiteral("E=trimmed"),
                                                             QStringLiteral("URL=http://x/?a=b")};
        QTest::newRow("universal-newlines")
            << "newlines.env"
            << QStringList{QStringLiteral("A=1"), QStringLiteral("B=2"), QStringLiteral("C=3"),
                           QStringLiteral("D=4")};
        QTest::newRow("byte-order-mark") << "bom.env" << QStringList{QStringLiteral("BOM=yes")};
        QTest::newRow("empty") << "empty.env" << QStringList();
    }
    void parse()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const auto result = parseEnvFile(fixture(qPrintable(file)), file);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(pairs(*result), expected);
    }

    void keyAndValueKeepInnerSpaces()
    {
        const auto result = parseEnvFile(fixture("rules.env"), QStringLiteral("rules.env"));
        QVERIFY(result.ok());
        QCOMPARE(result->at(1).first, QStringLiteral("B "));
        QCOMPARE(result->at(1).second, QStringLiteral(" spaced = value"));
    }

    void invalidLines_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("lineNumber");
        QTest::newRow("no-equals") << "invalid.env"
                                   << "not a pair" << 3;
        QTest::newRow("indented-comment-is-not-a-comment") << "indentedcomment.env"
                                                           << "  # indented comment" << 2;
    }
    void invalidLines()
    {
        QFETCH(QString, file);
        QFETCH(QString, line);
        QFETCH(int, lineNumber);
        const QString path = fixture(qPrintable(file));
        const auto result = parseEnvFile(path, file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
                 QStringLiteral("Invalid line in environment file %1:\n%2").arg(file, line));
        QCOMPARE(result.error().location, (SourceLocation{path, lineNumber, 1}));
    }

    void unreadable()
    {
        const auto missing
            = parseEnvFile(fixture("does-not-exist.env"), QStringLiteral("does-not-exist.env"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.startsWith(
            QStringLiteral("Cannot read environment file does-not-exist.env: ")));
        QCOMPARE(missing.error().location.file, fixture("does-not-exist.env"));

        const auto directory = parseEnvFile(QStringLiteral(MAESTRO_TEST_DATA_DIR "/grammar"),
                                            QStringLiteral("grammar"));
        QVERIFY(!directory.ok());
        QVERIFY(directory.error().message.startsWith(
            QStringLiteral("Cannot read environment file grammar: ")));

        const auto binary = parseEnvFile(fixture("notutf8.env"), QStringLiteral("notutf8.env"));
        QVERIFY(!binary.ok());
        QCOMPARE(
            binary.error().message,
            QStringLiteral("Cannot read environment file notutf8.env: it is not valid UTF-8 text"));
    }

    void largeFile()
    {
        // Many lines, one repeated key: linear work, first position, last value.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.env"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20000; ++i)
            file.write(QStringLiteral("K%1=%2\nSAME=%2\n").arg(i % 1000).arg(i).toUtf8());
        file.close();
        const auto result = parseEnvFile(path, QStringLiteral("big.env"));
        QVERIFY(result.ok());
        QCOMPARE(result->size(), 1001);
        QCOMPARE(result->at(1),
                 (QPair<QString, QString>{QStringLiteral("SAME"), QStringLiteral("19999")}));
    }
};

QTEST_GUILESS_MAIN(tst_EnvFile)
#include "tst_envfile.moc"
