// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/containerfields.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

namespace {
const QString kLabelsError = QStringLiteral(
    "Invalid labels configuration for container foo1; must be a list or mapping! ");

QStringList pairs(const QList<QPair<QString, QString>> &list)
{
    QStringList result;
    for (const auto &[key, value] : list)
        result << key + QLatin1Char('=') + value;
    return result;
}
} // namespace

class tst_ContainerFields : public QObject
{
    Q_OBJECT
private slots:
    void labels_data()
    {
        QTest::addColumn<Value>("labels");
        QTest::addColumn<QStringList>("expected"); // "key=value"
        QTest::addColumn<QString>("error");
        // Spec 8.8 and tests 57-59 of section 18.2.
        QTest::newRow("t58-list") << L({S("foo")}) << QStringList{QStringLiteral("foo=")}
                                  << QString();
        QTest::newRow("list-dedup")
            << L({S("a"), S("b"), S("a")})
            << QStringList{QStringLiteral("a="), QStringLiteral("b=")} << QString();
        QTest::newRow("t59-mapping")
            << M({{"foo", S("bar")}}) << QStringList{QStringLiteral("foo=bar")} << QString();
        QTest::newRow("mapping-stringified")
            << M({{"n", I(1)}, {"b", B(false)}, {"f", F(1.2)}, {"z", N()}})
            << QStringList{QStringLiteral("n=1"), QStringLiteral("b=False"),
                           QStringLiteral("f=1.2"), QStringLiteral("z=None")}
            << QString();
        QTest::newRow("null") << N() << QStringList() << QString();
        QTest::newRow("t57-string") << S("foo") << QStringList() << kLabelsError;
        QTest::newRow("t57-number") << I(42) << QStringList() << kLabelsError;
        QTest::newRow("nested-list-item") << L({L({S("a")})}) << QStringList() << kLabelsError;
    }
    void labels()
    {
        QFETCH(Value, labels);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        const auto result = parseLabels(labels, QStringLiteral("foo1"));
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            QVERIFY(result.error().message.endsWith(QLatin1Char(' ')));
            return;
        }
        QVERIFY(result.ok());
        QCOMPARE(pairs(*result), expected);
    }

    void dns_data()
    {
        QTest::addColumn<Value>("dns");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("error");
        // Tests 17-19 of section 18.2.
        QTest::newRow("t17-string")
            << S("8.8.8.8") << QStringList{QStringLiteral("8.8.8.8")} << QString();
        QTest::newRow("t18-list") << L({S("8.8.8.8"), S("8.8.4.4")})
                                  << QStringList{QStringLiteral("8.8.8.8"),
                                                 QStringLiteral("8.8.4.4")}
                                  << QString();
        QTest::newRow("t19-none") << N() << QStringList() << QString();
        QTest::newRow("number")
            << I(8) << QStringList()
            << "Invalid type for dns param: expected list but found <class 'int'>";
        QTest::newRow("mapping")
            << M({{"a", S("b")}}) << QStringList()
            << "Invalid type for dns param: expected list but found <class 'dict'>";
    }
    void dns()
    {
        QFETCH(Value, dns);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        const auto result = parseDns(dns);
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY(result.ok());
        QCOMPARE(*result, expected);
    }

    void links_data()
    {
        QTest::addColumn<Value>("links");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("error");
        QTest::newRow("one") << M({{"other", S("alias")}})
                             << QStringList{QStringLiteral("other:alias")} << QString();
        QTest::newRow("sorted") << M({{"zk", S("zookeeper")}, {"db", S("database")}})
                                << QStringList{QStringLiteral("db:database"),
                                               QStringLiteral("zk:zookeeper")}
                                << QString();
        QTest::newRow("tuple-order")
            << M({{"a-b", S("x")}, {"a", S("y")}})
            << QStringList{QStringLiteral("a:y"), QStringLiteral("a-b:x")} << QString();
        QTest::newRow("null-alias-like-python")
            << M({{"db", N()}}) << QStringList{QStringLiteral("db:None")} << QString();
        QTest::newRow("null") << N() << QStringList() << QString();
        QTest::newRow("list")
            << L({S("db:database")}) << QStringList()
            << "Invalid links configuration for container foo1; expected a mapping of "
               "container names to aliases, got list!";
        QTest::newRow("nested-alias") << M({{"db", L({S("x")})}}) << QStringList()
                                      << "Invalid alias ['x'] for link db of container foo1!";
    }
    void links()
    {
        QFETCH(Value, links);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        const auto result = parseLinks(links, QStringLiteral("foo1"));
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY(result.ok());
        QCOMPARE(*result, expected);
    }

    void command_data()
    {
        QTest::addColumn<Value>("command");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("error");
        QTest::newRow("string") << S("sh -c 'echo hi'")
                                << QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                               QStringLiteral("echo hi")}
                                << QString();
        QTest::newRow("hash-is-not-a-comment")
            << S("echo #1") << QStringList{QStringLiteral("echo"), QStringLiteral("#1")}
            << QString();
        QTest::newRow("backslash")
            << S("a\\ b c") << QStringList{QStringLiteral("a b"), QStringLiteral("c")} << QString();
        QTest::newRow("list-as-is") << L({S("sh"), S("-c"), S("echo 'x' \"y\"")})
                                    << QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                   QStringLiteral("echo 'x' \"y\"")}
                                    << QString();
        QTest::newRow("list-stringified")
            << L({S("sleep"), I(5), B(true)})
            << QStringList{QStringLiteral("sleep"), QStringLiteral("5"), QStringLiteral("True")}
            << QString();
        QTest::newRow("empty-string") << S("") << QStringList() << QString();
        QTest::newRow("null") << N() << QStringList() << QString();
        QTest::newRow("unbalanced")
            << S("echo 'hi") << QStringList() << "Invalid command echo 'hi: No closing quotation";
        QTest::newRow("trailing-backslash")
            << S("echo \\") << QStringList() << "Invalid command echo \\: No escaped character";
        QTest::newRow("number") << I(5) << QStringList()
                                << "Invalid command 5; expected a string or a list, got integer!";
        QTest::newRow("mapping")
            << M({{"a", S("b")}}) << QStringList()
            << "Invalid command {'a': 'b'}; expected a string or a list, got mapping!";
    }
    void command()
    {
        QFETCH(Value, command);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        const auto result = parseCommand(command);
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY(result.ok());
        QCOMPARE(*result, expected);
    }

    void stringList_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("error");
        QTest::newRow("cap-list") << L({S("NET_ADMIN"), S("SYS_TIME")}) << "cap_add"
                                  << QStringList{QStringLiteral("NET_ADMIN"),
                                                 QStringLiteral("SYS_TIME")}
                                  << QString();
        QTest::newRow("cap-string-wrapped")
            << S("NET_ADMIN") << "cap_add" << QStringList{QStringLiteral("NET_ADMIN")} << QString();
        QTest::newRow("cap-drop-string")
            << S("ALL") << "cap_drop" << QStringList{QStringLiteral("ALL")} << QString();
        QTest::newRow("security-opt-list")
            << L({S("label:disable")}) << "security_opt"
            << QStringList{QStringLiteral("label:disable")} << QString();
        QTest::newRow("null") << N() << "cap_add" << QStringList() << QString();
        QTest::newRow("security-opt-string")
            << S("label:disable") << "security_opt" << QStringList()
            << "Invalid type for security_opt param: expected list but found "
               "<class 'str'>";
        QTest::newRow("cap-number")
            << I(1) << "cap_add" << QStringList()
            << "Invalid type for cap_add param: expected list but found <class 'int'>";
        QTest::newRow("nested")
            << L({L({S("x")})}) << "cap_drop" << QStringList()
            << "Invalid type for cap_drop param: expected list of strings but found "
               "<class 'list'>";
    }
    void stringList()
    {
        QFETCH(Value, value);
        QFETCH(QString, what);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        const auto result = parseStringList(value, what);
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY(result.ok());
        QCOMPARE(*result, expected);
    }

    void errorLocations()
    {
        QCOMPARE(parseLabels(I(42, loc(3, 13)), QStringLiteral("foo1")).error().location,
                 loc(3, 13));
        QCOMPARE(parseCommand(S("echo 'x", loc(4, 14))).error().location, loc(4, 14));
        QCOMPARE(parseStringList(L({S("a"), M({}, loc(5, 20))}), QStringLiteral("cap_add"))
                     .error()
                     .location,
                 loc(5, 20));
    }
};

QTEST_GUILESS_MAIN(tst_ContainerFields)
#include "tst_containerfields.moc"
