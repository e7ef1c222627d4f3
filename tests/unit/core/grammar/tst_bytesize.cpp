// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/bytesize.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

class tst_ByteSize : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<bool>("sent");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("error"); // empty: success

        // Spec 8.4 and tests 20-22 of section 18.2.
        QTest::newRow("t20-integer") << I(42) << true << qint64(42) << QString();
        QTest::newRow("t21-digits") << S("42") << true << qint64(42) << QString();
        QTest::newRow("t22-k") << S("42k") << true << qint64(43008) << QString();
        QTest::newRow("K") << S("42K") << true << qint64(43008) << QString();
        QTest::newRow("m") << S("200m") << true << qint64(209715200) << QString();
        QTest::newRow("g") << S("1g") << true << qint64(1073741824) << QString();
        QTest::newRow("G") << S("2G") << true << qint64(2147483648) << QString();
        QTest::newRow("zero") << I(0) << true << qint64(0) << QString();
        QTest::newRow("empty-string") << S("") << true << qint64(0) << QString();
        QTest::newRow("null") << N() << false << qint64(0) << QString();
        QTest::newRow("python-int-before-suffix")
            << S(" 2 m") << true << qint64(2097152) << QString();
        QTest::newRow("negative-int") << I(-1) << true << qint64(-1) << QString();

        QTest::newRow("b") << S("42b") << false << qint64(0)
                           << "Unknown unit suffix b in 42b for container foo1!";
        QTest::newRow("t") << S("1t") << false << qint64(0)
                           << "Unknown unit suffix t in 1t for container foo1!";
        QTest::newRow("x") << S("x") << false << qint64(0)
                           << "Unknown unit suffix x in x for container foo1!";
        QTest::newRow("upper-suffix-lowered")
            << S("1T") << false << qint64(0) << "Unknown unit suffix t in 1T for container foo1!";
        QTest::newRow("negative-string")
            << S("-42") << false << qint64(0) << "Unknown unit suffix 2 in -42 for container foo1!";
        QTest::newRow("1.5g")
            << S("1.5g") << false << qint64(0)
            << "Invalid size 1.5g for container foo1; expected an integer number of "
               "bytes, optionally followed by k, m or g!";
        QTest::newRow("bare-suffix")
            << S("k") << false << qint64(0)
            << "Invalid size k for container foo1; expected an integer number of "
               "bytes, optionally followed by k, m or g!";
        QTest::newRow("overflow")
            << S("99999999999g") << false << qint64(0)
            << "Invalid size 99999999999g for container foo1; expected an integer "
               "number of bytes, optionally followed by k, m or g!";
        QTest::newRow("float")
            << F(1.5) << false << qint64(0)
            << "Invalid size 1.5 for container foo1; expected an integer number of "
               "bytes, optionally followed by k, m or g!";
        QTest::newRow("boolean")
            << B(true) << false << qint64(0)
            << "Invalid size True for container foo1; expected an integer number of "
               "bytes, optionally followed by k, m or g!";
        QTest::newRow("list")
            << L({I(1)}) << false << qint64(0)
            << "Invalid size [1] for container foo1; expected an integer number of "
               "bytes, optionally followed by k, m or g!";
    }
    void parse()
    {
        QFETCH(Value, value);
        QFETCH(bool, sent);
        QFETCH(qint64, bytes);
        QFETCH(QString, error);
        const Result<std::optional<qint64>> result = parseByteSize(value, QStringLiteral("foo1"));
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->has_value(), sent);
        if (sent)
            QCOMPARE(**result, bytes);
    }

    void errorLocation()
    {
        QCOMPARE(parseByteSize(S("1t", loc(7, 15)), QStringLiteral("foo1")).error().location,
                 loc(7, 15));
    }
};

QTEST_GUILESS_MAIN(tst_ByteSize)
#include "tst_bytesize.moc"
