// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/volumespec.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

class tst_VolumeSpec : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<Value>("volumes");
        QTest::addColumn<int>("schema");
        QTest::addColumn<QStringList>("binds"); // bindString() of each
        QTest::addColumn<QStringList>("modes"); // mode as parsed ("" = not given)

        // Spec 8.2 and tests 40-46 of section 18.2.
        QTest::newRow("t40-string")
            << M({{"/outside", S("/inside")}}) << 2
            << QStringList{QStringLiteral("/outside:/inside:rw")} << QStringList{QString()};
        QTest::newRow("t41-target") << M({{"/outside", M({{"target", S("/inside")}})}}) << 2
                                    << QStringList{QStringLiteral("/outside:/inside:rw")}
                                    << QStringList{QStringLiteral("rw")};
        QTest::newRow("t42-ro") << M(
            {{"/outside", M({{"target", S("/inside")}, {"mode", S("ro")}})}})
                                << 2 << QStringList{QStringLiteral("/outside:/inside:ro")}
                                << QStringList{QStringLiteral("ro")};
        QTest::newRow("t43-ro-Z") << M(
            {{"/outside", M({{"target", S("/inside")}, {"mode", S("ro,Z")}})}})
                                  << 2 << QStringList{QStringLiteral("/outside:/inside:ro,Z")}
                                  << QStringList{QStringLiteral("ro,Z")};
        QTest::newRow("t46-schema1") << M({{"/inside", S("/outside")}}) << 1
                                     << QStringList{QStringLiteral("/outside:/inside:rw")}
                                     << QStringList{QStringLiteral("rw")};
        QTest::newRow("document-order")
            << M({{"/b", S("/y")}, {"/a", S("/x")}}) << 2
            << QStringList{QStringLiteral("/b:/y:rw"), QStringLiteral("/a:/x:rw")}
            << QStringList{QString(), QString()};
        QTest::newRow("schema1-same-host-twice")
            << M({{"/a", S("/h")}, {"/b", S("/h")}, {"/c", S("/k")}}) << 1
            << QStringList{QStringLiteral("/h:/b:rw"), QStringLiteral("/k:/c:rw")}
            << QStringList{QStringLiteral("rw"), QStringLiteral("rw")};
        QTest::newRow("schema-other-than-1-is-2")
            << M({{"/outside", S("/inside")}}) << 3
            << QStringList{QStringLiteral("/outside:/inside:rw")} << QStringList{QString()};
        QTest::newRow("null") << N() << 2 << QStringList() << QStringList();
        QTest::newRow("empty") << M({}) << 2 << QStringList() << QStringList();
    }
    void parse()
    {
        QFETCH(Value, volumes);
        QFETCH(int, schema);
        QFETCH(QStringList, binds);
        QFETCH(QStringList, modes);
        const Result<QList<VolumeBind>> result
            = parseVolumes(volumes, schema, QStringLiteral("foo1"));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QStringList actualBinds;
        QStringList actualModes;
        for (const VolumeBind &b : *result) {
            actualBinds << b.bindString();
            actualModes << b.mode;
        }
        QCOMPARE(actualBinds, binds);
        QCOMPARE(actualModes, modes);
    }

    void errors_data()
    {
        QTest::addColumn<Value>("volumes");
        QTest::addColumn<int>("schema");
        QTest::addColumn<QString>("message");
        QTest::newRow("t44-list") << M({{"/outside", L({S("/inside1"), S("/inside2")})}}) << 2
                                  << "Invalid volume specification for container foo1: /outside -> "
                                     "['/inside1', '/inside2']";
        QTest::newRow("t45-no-target")
            << M({{"/outside", M({{"bind", S("/inside")}})}}) << 2
            << "Invalid volume specification for container foo1: /outside -> "
               "{'bind': '/inside'}";
        QTest::newRow("number") << M(
            {{"/outside",
              I(42)}}) << 2 << "Invalid volume specification for container foo1: /outside -> 42";
        QTest::newRow("null-target")
            << M({{"/o", M({{"target", N()}})}}) << 2
            << "Invalid volume specification for container foo1: /o -> {'target': None}";
        QTest::newRow("mode-not-text")
            << M({{"/o", M({{"target", S("/i")}, {"mode", L({})}})}}) << 2
            << "Invalid volume specification for container foo1: /o -> "
               "{'target': '/i', 'mode': []}";
        QTest::newRow("schema1-mapping")
            << M({{"/inside", M({{"target", S("/x")}})}}) << 1
            << "Invalid volume specification for container foo1: /inside -> "
               "{'target': '/x'}";
        QTest::newRow("not-a-mapping")
            << L({S("/a:/b")}) << 2
            << "Invalid volumes configuration for container foo1; expected a "
               "mapping, got list!";
    }
    void errors()
    {
        QFETCH(Value, volumes);
        QFETCH(int, schema);
        QFETCH(QString, message);
        const Result<QList<VolumeBind>> result
            = parseVolumes(volumes, schema, QStringLiteral("foo1"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, message);
    }

    void locations()
    {
        const Value bad = L({S("/a")}, loc(4, 18));
        const Value volumes = M({{"/ok", S("/x", loc(3, 12))}, {"/out", bad}}, loc(3, 5));
        QCOMPARE(parseVolumes(volumes, 2, QStringLiteral("foo1")).error().location, loc(4, 18));
        const Result<QList<VolumeBind>> ok
            = parseVolumes(M({{"/ok", S("/x", loc(3, 12))}}), 2, QStringLiteral("foo1"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->first().location, loc(3, 12));
    }

    void containerVolumes_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("string") << S("/scratch") << QStringList{QStringLiteral("/scratch")};
        QTest::newRow("list") << L({S("/a"), S("/b")})
                              << QStringList{QStringLiteral("/a"), QStringLiteral("/b")};
        QTest::newRow("deduplicated-in-order")
            << L({S("/b"), S("/a"), S("/b")})
            << QStringList{QStringLiteral("/b"), QStringLiteral("/a")};
        QTest::newRow("null") << N() << QStringList();
        QTest::newRow("empty-list") << L({}) << QStringList();
    }
    void containerVolumes()
    {
        QFETCH(Value, value);
        QFETCH(QStringList, expected);
        const Result<QStringList> result = parseContainerVolumes(value);
        QVERIFY(result.ok());
        QCOMPARE(*result, expected);
    }

    void containerVolumesErrors()
    {
        const Result<QStringList> nested
            = parseContainerVolumes(L({S("/a"), L({S("/b")}, loc(2, 9))}));
        QVERIFY(!nested.ok());
        QCOMPARE(
            nested.error().message,
            QStringLiteral(
                "Invalid container_volumes entry ['/b']; expected a path or a list of paths!"));
        QCOMPARE(nested.error().location, loc(2, 9));
        QVERIFY(!parseContainerVolumes(M({{"a", S("b")}})).ok());
        QVERIFY(!parseContainerVolumes(B(true)).ok());
    }

    void conflictInputs()
    {
        // Test 48 (the check itself is the model's): the bind target and the container
        // volume come out of the two parsers as the same text.
        const auto binds = parseVolumes(M({{"/out", S("/in1")}}), 2, QStringLiteral("foo1"));
        const auto own = parseContainerVolumes(L({S("/in1")}));
        QVERIFY(binds.ok() && own.ok());
        QVERIFY(own->contains(binds->first().target));
    }
};

QTEST_GUILESS_MAIN(tst_VolumeSpec)
#include "tst_volumespec.moc"
