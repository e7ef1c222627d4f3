// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/registry.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

namespace {
Value entry(const char *url)
{
    return M({{"registry", S(url)}, {"username", S("user")}, {"password", S("secret")}});
}

// Section 18.6 fixture.
QList<Registry> fixtureRegistries()
{
    const Value registries = M({{"quay.io", entry("https://quay.io/v1")},
                                {"foo2", entry("https://foo1.registry/v1")},
                                {"foo4", entry("https://foo4.registry/v1")}});
    const auto parsed = parseRegistries(&registries);
    return parsed.ok() ? *parsed : QList<Registry>();
}
} // namespace

class tst_Registry : public QObject
{
    Q_OBJECT
private slots:
    void selection_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("registry"); // empty: none
        // Tests 93-96 of section 18.6.
        QTest::newRow("t93-by-name") << "quay.io/user/foo1"
                                     << "quay.io";
        QTest::newRow("t94-by-url-host") << "foo1.registry/user/foo2"
                                         << "foo2";
        QTest::newRow("t95-none") << "foo2.registry/user/foo2" << QString();
        QTest::newRow("t96-hub-user-name") << "foo4/bar"
                                           << "foo4";
        // The 5-step rule of spec 4.
        QTest::newRow("official-image") << "ubuntu:22.04" << QString();
        QTest::newRow("leading-slash") << "/foo/bar" << QString();
        QTest::newRow("tag-is-ignored") << "quay.io/user/foo1:1.0"
                                        << "quay.io";
        QTest::newRow("unknown-hub-user") << "someone/app" << QString();
    }
    void selection()
    {
        QFETCH(QString, image);
        QFETCH(QString, registry);
        const QList<Registry> registries = fixtureRegistries();
        QCOMPARE(registries.size(), 3);
        const Registry *selected = registryForImage(registries, image);
        QCOMPARE(selected ? selected->name : QString(), registry);
    }

    void urlMatching_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("image");
        QTest::addColumn<bool>("matches");
        QTest::newRow("host-and-port") << "https://reg.local:5000/v2/"
                                       << "reg.local:5000/a/b" << true;
        QTest::newRow("host-only") << "https://reg.local:5000/v2/"
                                   << "reg.local/a/b" << true;
        QTest::newRow("other-port") << "https://reg.local:5000/"
                                    << "reg.local:6000/a/b" << false;
        QTest::newRow("no-scheme-never") << "reg.local/v1"
                                         << "reg.local/a/b" << false;
        QTest::newRow("authority-without-scheme") << "//reg.local/v1"
                                                  << "reg.local/a/b" << true;
    }
    void urlMatching()
    {
        QFETCH(QString, url);
        QFETCH(QString, image);
        QFETCH(bool, matches);
        const Value registries = M({{"mine", M({{"registry", Value::string(url)}})}});
        const auto parsed = parseRegistries(&registries);
        QVERIFY(parsed.ok());
        QCOMPARE(registryForImage(*parsed, image) != nullptr, matches);
    }

    void nameBeatsEarlierUrl()
    {
        // Step 3 (name) is tried for all entries before step 4 (URL) for any.
        const Value registries
            = M({{"first", entry("https://quay.io/v1")}, {"quay.io", entry("https://other/v1")}});
        const auto parsed = parseRegistries(&registries);
        QVERIFY(parsed.ok());
        QCOMPARE(registryForImage(*parsed, QStringLiteral("quay.io/a/b"))->name,
                 QStringLiteral("quay.io"));
    }

    void host_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::newRow("https") << "https://quay.io/v1"
                               << "quay.io";
        QTest::newRow("port") << "http://localhost:5000"
                              << "localhost:5000";
        QTest::newRow("query") << "https://h?x=1"
                               << "h";
        QTest::newRow("no-scheme") << "quay.io/v1"
                                   << "";
        QTest::newRow("host-port-no-scheme") << "localhost:5000/v1"
                                             << "";
        QTest::newRow("authority-only") << "//h:1/x"
                                        << "h:1";
    }
    void host()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        Registry r;
        r.url = url;
        QCOMPARE(r.host(), host);
    }

    void parseFields()
    {
        const Value registries = M(
            {{"r1", M({{"registry", S("https://r1/v1")},
                       {"username", S("u")},
                       {"password", I(1234)},
                       {"email", S("u@example.com")},
                       {"retry", M({{"attempts", S("5")}, {"when", L({I(500), I(502), I(500)})}})}},
                      loc(3, 5))},
             {"r2", M({{"registry", S("https://r2/v1")}})}});
        const auto parsed = parseRegistries(&registries);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->size(), 2);
        const Registry &r1 = parsed->at(0);
        QCOMPARE(r1.name, QStringLiteral("r1"));
        QCOMPARE(r1.url, QStringLiteral("https://r1/v1"));
        QCOMPARE(r1.username, std::optional<QString>(QStringLiteral("u")));
        QCOMPARE(r1.password, std::optional<QString>(QStringLiteral("1234")));
        QCOMPARE(r1.email, std::optional<QString>(QStringLiteral("u@example.com")));
        QCOMPARE(r1.retryAttempts, 5);
        QCOMPARE(r1.retryWhen, (QList<int>{500, 502}));
        QCOMPARE(r1.location, loc(3, 5));
        // Defaults; KW-17: email and password are optional.
        const Registry &r2 = parsed->at(1);
        QVERIFY(!r2.username && !r2.password && !r2.email);
        QCOMPARE(r2.retryAttempts, 3);
        QVERIFY(r2.retryWhen.isEmpty());
    }

    void absentOrNull()
    {
        // Test 63: `registries:` with only a comment is null.
        QVERIFY(parseRegistries(nullptr).ok());
        QVERIFY(parseRegistries(nullptr)->isEmpty());
        const Value null = N();
        QVERIFY(parseRegistries(&null)->isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<Value>("registries");
        QTest::addColumn<QString>("message");
        QTest::newRow("list")
            << L({})
            << "Invalid registries configuration; expected a mapping of registry names, got list!";
        QTest::newRow("entry-not-mapping")
            << M({{"r", S("https://r/v1")}})
            << "Invalid configuration for registry r; expected a mapping, got string!";
        QTest::newRow("no-url")
            << M({{"r", M({{"username", S("u")}})}})
            << "Missing registry URL for registry r; set registry: https://host/v1/";
        QTest::newRow("bad-attempts")
            << M({{"r", M({{"registry", S("https://r")}, {"retry", M({{"attempts", S("x")}})}})}})
            << "Invalid retry attempts x for registry r; expected a number!";
        QTest::newRow("bad-status")
            << M({{"r",
                   M({{"registry", S("https://r")}, {"retry", M({{"when", L({S("500")})}})}})}})
            << "Invalid retry status code 500 for registry r; expected an HTTP status such as 500!";
        QTest::newRow("retry-not-mapping")
            << M({{"r", M({{"registry", S("https://r")}, {"retry", I(3)}})}})
            << "Invalid retry configuration for registry r; expected a mapping with attempts and "
               "when!";
    }
    void errors()
    {
        QFETCH(Value, registries);
        QFETCH(QString, message);
        const auto parsed = parseRegistries(&registries);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message, message);
    }
};

QTEST_GUILESS_MAIN(tst_Registry)
#include "tst_registry.moc"
