// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pythonformat.h"
#include "core/value.h"

#include <QTest>

using namespace Maestro::Core;

Q_DECLARE_METATYPE(Maestro::Core::Value)

class tst_PythonFormat : public QObject
{
    Q_OBJECT
private slots:
    void floats_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one-decimal") << 1.2 << "1.2";
        QTest::newRow("integral") << 1.0 << "1.0";
        QTest::newRow("zero") << 0.0 << "0.0";
        QTest::newRow("negative") << -2.5 << "-2.5";
        QTest::newRow("large-fixed") << 1e15 << "1000000000000000.0";
        QTest::newRow("large-sci") << 1e16 << "1e+16";
        QTest::newRow("large-sci-frac") << 1.5e16 << "1.5e+16";
        QTest::newRow("small-fixed") << 0.0001 << "0.0001";
        QTest::newRow("small-sci") << 0.00001 << "1e-05";
        QTest::newRow("third") << 1.0 / 3 << "0.3333333333333333";
        QTest::newRow("inf") << qInf() << "inf";
        QTest::newRow("minus-inf") << -qInf() << "-inf";
        QTest::newRow("nan") << qQNaN() << "nan";
    }
    void floats()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(pythonFloat(value), expected);
    }

    void str_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("true") << Value::boolean(true) << "True";
        QTest::newRow("false") << Value::boolean(false) << "False";
        QTest::newRow("null") << Value::null() << "None";
        QTest::newRow("int") << Value::integer(8) << "8";
        QTest::newRow("string") << Value::string(QStringLiteral("a b")) << "a b";
        QTest::newRow("map") << Value::map(
            {{Value::string(QStringLiteral("k")), Value::string(QStringLiteral("v")), {}}})
                             << "{'k': 'v'}";
        QTest::newRow("list") << Value::list({Value::integer(1), Value::string(QStringLiteral("a")),
                                              Value::boolean(true), Value::null()})
                              << "[1, 'a', True, None]";
        QTest::newRow("quote-switch")
            << Value::list({Value::string(QStringLiteral("it's"))}) << "[\"it's\"]";
        QTest::newRow("escapes") << Value::list({Value::string(QStringLiteral("a'\"\\\n"))})
                                 << "['a\\'\"\\\\\\n']";
    }
    void str()
    {
        QFETCH(Value, value);
        QFETCH(QString, expected);
        QCOMPARE(pythonStr(value), expected);
    }
};

QTEST_GUILESS_MAIN(tst_PythonFormat)
#include "tst_pythonformat.moc"
