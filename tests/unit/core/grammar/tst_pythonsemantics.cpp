// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/pythonsemantics.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

// Expected results are what Python 3.11 gives for the same inputs.
class tst_PythonSemantics : public QObject
{
    Q_OBJECT
private slots:
    void intFromString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("value");
        QTest::newRow("digits") << "42" << true << qint64(42);
        QTest::newRow("spaces") << " 3 " << true << qint64(3);
        QTest::newRow("tab-newline") << "\t7\n" << true << qint64(7);
        QTest::newRow("plus") << "+5" << true << qint64(5);
        QTest::newRow("minus") << "-5" << true << qint64(-5);
        QTest::newRow("leading-zeros") << "010" << true << qint64(10);
        QTest::newRow("underscore") << "1_000" << true << qint64(1000);
        QTest::newRow("max") << "9223372036854775807" << true << qint64(9223372036854775807LL);
        QTest::newRow("min") << "-9223372036854775808" << true
                             << qint64(-9223372036854775807LL - 1);
        QTest::newRow("too-big") << "9223372036854775808" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("sign-only") << "-" << false << qint64(0);
        QTest::newRow("double-underscore") << "1__0" << false << qint64(0);
        QTest::newRow("leading-underscore") << "_1" << false << qint64(0);
        QTest::newRow("trailing-underscore") << "1_" << false << qint64(0);
        QTest::newRow("float-text") << "1.5" << false << qint64(0);
        QTest::newRow("hex") << "0x10" << false << qint64(0);
        QTest::newRow("inner-space") << "1 2" << false << qint64(0);
    }
    void intFromString()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, value);
        const std::optional<qint64> result = pythonIntFromString(text);
        QCOMPARE(result.has_value(), valid);
        if (valid)
            QCOMPARE(*result, value);
    }

    void intOfValue_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("result");
        QTest::newRow("int") << I(-3) << true << qint64(-3);
        QTest::newRow("true") << B(true) << true << qint64(1);
        QTest::newRow("false") << B(false) << true << qint64(0);
        QTest::newRow("float-truncates") << F(2.9) << true << qint64(2);
        QTest::newRow("negative-float-truncates") << F(-2.9) << true << qint64(-2);
        QTest::newRow("string") << S("12") << true << qint64(12);
        QTest::newRow("inf") << F(qInf()) << false << qint64(0);
        QTest::newRow("nan") << F(qQNaN()) << false << qint64(0);
        QTest::newRow("huge-float") << F(1e19) << false << qint64(0);
        QTest::newRow("null") << N() << false << qint64(0);
        QTest::newRow("list") << L({I(1)}) << false << qint64(0);
    }
    void intOfValue()
    {
        QFETCH(Value, value);
        QFETCH(bool, valid);
        QFETCH(qint64, result);
        const std::optional<qint64> n = pythonInt(value);
        QCOMPARE(n.has_value(), valid);
        if (valid)
            QCOMPARE(*n, result);
    }

    void typeRepr_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("repr");
        QTest::newRow("dict") << M({}) << "<class 'dict'>";
        QTest::newRow("list") << L({}) << "<class 'list'>";
        QTest::newRow("str") << S("x") << "<class 'str'>";
        QTest::newRow("int") << I(1) << "<class 'int'>";
        QTest::newRow("float") << F(1) << "<class 'float'>";
        QTest::newRow("bool") << B(true) << "<class 'bool'>";
        QTest::newRow("none") << N() << "<class 'NoneType'>";
    }
    void typeRepr()
    {
        QFETCH(Value, value);
        QFETCH(QString, repr);
        QCOMPARE(pythonTypeRepr(value), repr);
    }

    void strip()
    {
        QCOMPARE(pythonStrip(u" \t a b \x1c\x0b\r\n"), QStringView(u"a b"));
        QCOMPARE(pythonStrip(u"\u00a0x\u3000"), QStringView(u"x"));
        QCOMPARE(pythonStrip(u"   "), QStringView(u""));
        QVERIFY(isPythonSpace(QChar(0x1f)));
        QVERIFY(!isPythonSpace(QLatin1Char('x')));
    }
};

QTEST_GUILESS_MAIN(tst_PythonSemantics)
#include "tst_pythonsemantics.moc"
