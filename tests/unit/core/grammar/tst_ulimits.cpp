// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/ulimits.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

namespace {
QString limitText(const std::optional<qint64> &n)
{
    return n ? QString::number(*n) : QStringLiteral("null");
}
} // namespace

class tst_Ulimits : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<Value>("ulimits"); // null: absent
        QTest::addColumn<bool>("present");
        QTest::addColumn<QStringList>("expected"); // "name soft hard"
        QTest::addColumn<QString>("error");

        // Spec 8.6 and tests 23-25 of section 18.2.
        QTest::newRow("t23-absent") << N() << false << QStringList() << QString();
        QTest::newRow("t24-mapping")
            << M({{"nofile", M({{"hard", I(1024)}, {"soft", I(1024)}})}}) << true
            << QStringList{QStringLiteral("nofile 1024 1024")} << QString();
        QTest::newRow("t25-integer")
            << M({{"nproc", I(65535)}}) << true << QStringList{QStringLiteral("nproc 65535 65535")}
            << QString();
        QTest::newRow("order-and-mixed")
            << M({{"nofile", M({{"soft", I(10)}, {"hard", I(20)}})}, {"nproc", I(5)}}) << true
            << QStringList{QStringLiteral("nofile 10 20"), QStringLiteral("nproc 5 5")}
            << QString();
        QTest::newRow("missing-hard-is-null")
            << M({{"core", M({{"soft", I(0)}})}}) << true
            << QStringList{QStringLiteral("core 0 null")} << QString();
        QTest::newRow("other-keys-ignored")
            << M({{"core", M({{"soft", I(1)}, {"hard", I(2)}, {"x", S("y")}})}}) << true
            << QStringList{QStringLiteral("core 1 2")} << QString();
        QTest::newRow("other-types-skipped")
            << M({{"a", S("10")}, {"b", L({})}, {"c", N()}, {"d", I(1)}}) << true
            << QStringList{QStringLiteral("d 1 1")} << QString();
        QTest::newRow("empty-mapping") << M({}) << true << QStringList() << QString();

        QTest::newRow("string-soft") << M({{"nofile", M({{"soft", S("10")}})}}) << false
                                     << QStringList() << "Ulimit.soft must be an integer";
        QTest::newRow("float-hard") << M({{"nofile", M({{"soft", I(1)}, {"hard", F(2.5)}})}})
                                    << false << QStringList() << "Ulimit.hard must be an integer";
        QTest::newRow("boolean") << M({{"nofile", B(true)}}) << false << QStringList()
                                 << "Ulimit.soft must be an integer";
        QTest::newRow("list")
            << L({S("nofile=10")}) << false << QStringList()
            << "Invalid ulimits configuration; expected a mapping of limit names, got list!";
    }
    void parse()
    {
        QFETCH(Value, ulimits);
        QFETCH(bool, present);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        const auto result = parseUlimits(ulimits.isNull() ? nullptr : &ulimits);
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->has_value(), present);
        QStringList actual;
        for (const Ulimit &u : result->value_or(QList<Ulimit>()))
            actual << u.name + QLatin1Char(' ') + limitText(u.soft) + QLatin1Char(' ')
                          + limitText(u.hard);
        QCOMPARE(actual, expected);
    }

    void nullValueIsAbsent()
    {
        const Value null = N();
        const auto result = parseUlimits(&null);
        QVERIFY(result.ok());
        QVERIFY(!result->has_value());
    }

    void errorLocation()
    {
        const Value ulimits = M({{"nofile", M({{"soft", S("x", loc(9, 15))}})}});
        QCOMPARE(parseUlimits(&ulimits).error().location, loc(9, 15));
    }
};

QTEST_GUILESS_MAIN(tst_Ulimits)
#include "tst_ulimits.moc"
