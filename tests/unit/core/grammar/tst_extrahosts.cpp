// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/extrahosts.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

namespace {
// Ships of the section 18 helpers.
std::optional<QString> shipIp(const QString &ship)
{
    if (ship == QLatin1String("ship"))
        return QStringLiteral("10.0.0.1");
    if (ship == QLatin1String("local"))
        return QStringLiteral("127.0.0.1");
    return std::nullopt;
}
} // namespace

class tst_ExtraHosts : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<Value>("hosts");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("error");

        // Spec 8.7 and tests 55-56 of section 18.2.
        QTest::newRow("t55-ip") << M({{"foo", S("10.0.0.1")}})
                                << QStringList{QStringLiteral("foo:10.0.0.1")} << QString();
        QTest::newRow("t56-ship") << M({{"foo", M({{"ship", S("ship")}})}})
                                  << QStringList{QStringLiteral("foo:10.0.0.1")} << QString();
        QTest::newRow("sorted-by-host")
            << M({{"h2", M({{"ship", S("local")}})}, {"h1", S("1.2.3.4")}})
            << QStringList{QStringLiteral("h1:1.2.3.4"), QStringLiteral("h2:127.0.0.1")}
            << QString();
        // Python sorts (host, ip) tuples: "a" before "a-b", although "a-b:" < "a:" as text.
        QTest::newRow("tuple-order")
            << M({{"a-b", S("2.2.2.2")}, {"a", S("1.1.1.1")}})
            << QStringList{QStringLiteral("a:1.1.1.1"), QStringLiteral("a-b:2.2.2.2")} << QString();
        QTest::newRow("other-types-skipped")
            << M({{"n", I(5)}, {"l", L({})}, {"m", M({{"x", S("y")}})}, {"ok", S("1.1.1.1")}})
            << QStringList{QStringLiteral("ok:1.1.1.1")} << QString();
        QTest::newRow("null") << N() << QStringList() << QString();
        QTest::newRow("empty") << M({}) << QStringList() << QString();

        QTest::newRow("unknown-ship")
            << M({{"foo", M({{"ship", S("nowhere")}})}}) << QStringList()
            << "Unknown ship nowhere for extra host foo of container foo1!";
        QTest::newRow("list")
            << L({S("foo:1.2.3.4")}) << QStringList()
            << "Invalid extra_hosts configuration for container foo1; expected a mapping "
               "of host names, got list!";
    }
    void parse()
    {
        QFETCH(Value, hosts);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        const Result<QStringList> result = parseExtraHosts(hosts, shipIp, QStringLiteral("foo1"));
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(*result, expected);
    }

    void unknownShipLocation()
    {
        const Value hosts = M({{"foo", M({{"ship", S("nowhere", loc(6, 20))}})}});
        QCOMPARE(parseExtraHosts(hosts, shipIp, QStringLiteral("foo1")).error().location,
                 loc(6, 20));
    }

    void noResolver()
    {
        // A missing resolver cannot resolve anything, but must not crash.
        const Value hosts = M({{"foo", M({{"ship", S("ship")}})}});
        QVERIFY(!parseExtraHosts(hosts, {}, QStringLiteral("foo1")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_ExtraHosts)
#include "tst_extrahosts.moc"
