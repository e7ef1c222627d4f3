// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadhelper.h"

#include "core/dependencies/targetselection.h"

using namespace Maestro::Core;

Q_DECLARE_METATYPE(Maestro::Core::Direction)

namespace {

// Spec 10.4's example environment.
const QString kExample = QStringLiteral(
    "name: t\nships: {s: {ip: h}}\nservices:\n"
    "  db: {image: x, instances: {db-2: {ship: s}, db-1: {ship: s}}}\n"
    "  cache: {image: x, instances: {cache-1: {ship: s}}}\n"
    "  app: {image: x, requires: [db, cache], instances: {app-1: {ship: s}, app-2: {ship: s}}}\n"
    "  web: {image: x, requires: [app], wants_info: [cache], omit: true, instances: {web-1: {ship: "
    "s}}}\n");

// Spec 18.3's filter fixture.
const QString kFilters
    = QStringLiteral("name: t\nships: {ship1: {ip: ship-ab}, ship2: {ip: ship-bb}}\nservices:\n"
                     "  webapp: {image: x, instances: {webapp-a: {ship: ship1, ports: {http: 80}}, "
                     "webapp-b: {ship: ship2, ports: {http: 80}}}}\n"
                     "  webapp1: {image: x, instances: {webapp1-a: {ship: ship1, ports: {http: "
                     "80}}, webapp1-b: {ship: ship2, ports: {http: 80}}}}\n");

QStringList split(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char(' '));
}

} // namespace

class tst_TargetSelection : public QObject
{
    Q_OBJECT
private slots:
    void ordering_data()
    {
        QTest::addColumn<QString>("things");
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<bool>("withDependencies");
        QTest::addColumn<QString>("expected");
        QTest::newRow("start -d web")
            << "web" << Direction::Start << true << "cache-1 db-1 db-2 app-1 app-2 web-1";
        QTest::newRow("stop -d db")
            << "db" << Direction::Stop << true << "web-1 app-1 app-2 db-1 db-2";
        QTest::newRow("start without things (web omitted)")
            << "" << Direction::Start << true << "cache-1 db-1 db-2 app-1 app-2";
        QTest::newRow("no dependencies: sorted by name")
            << "web db" << Direction::Start << false << "db-1 db-2 web-1";
        QTest::newRow("instance names win")
            << "app-2 app-1" << Direction::Start << false << "app-1 app-2";
        QTest::newRow("duplicates once (KW-8)")
            << "db db-1" << Direction::Start << false << "db-1 db-2";
        QTest::newRow("start -d leaf") << "cache" << Direction::Start << true << "cache-1";
        QTest::newRow("stop -d app") << "app" << Direction::Stop << true << "web-1 app-1 app-2";
        // cache is reached through web's closure before its own closure is walked.
        QTest::newRow("stop -d web cache")
            << "web cache" << Direction::Stop << true << "web-1 app-1 app-2 cache-1";
    }
    void ordering()
    {
        QFETCH(QString, things);
        QFETCH(Direction, direction);
        QFETCH(bool, withDependencies);
        QFETCH(QString, expected);
        const auto r = loadText(kExample);
        QVERIFY(r.environment);
        SelectionRequest request;
        request.things = things.isEmpty() ? defaultThings(*r.environment, false) : split(things);
        request.direction = direction;
        request.withDependencies = withDependencies;
        const auto selected = selectInstances(*r.environment, request);
        QVERIFY2(selected.ok(), selected.ok() ? "" : qPrintable(selected.error().message));
        QCOMPARE(selected.value(), split(expected));
    }

    void defaults()
    {
        const auto r = loadText(kExample);
        QCOMPARE(defaultThings(*r.environment, true), split(QStringLiteral("db cache app web")));
        QCOMPARE(defaultThings(*r.environment, false), split(QStringLiteral("db cache app")));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("thing");
        QTest::addColumn<bool>("expand");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << "nope" << true << "nope is neither a service nor a container!";
        QTest::newRow("not expanded")
            << "db" << false << "db is a service but --expand-services was not specified";
    }
    void errors()
    {
        QFETCH(QString, thing);
        QFETCH(bool, expand);
        QFETCH(QString, message);
        const auto r = loadText(kExample);
        SelectionRequest request;
        request.things = {thing};
        request.expandServices = expand;
        const auto selected = selectInstances(*r.environment, request);
        QVERIFY(!selected.ok());
        QCOMPARE(selected.error().message, message);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("things");
        QTest::addColumn<QString>("containerFilter");
        QTest::addColumn<QString>("shipFilter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("#71") << "webapp"
                             << ""
                             << ""
                             << "webapp-a webapp-b";
        QTest::newRow("#72") << "webapp"
                             << "*-a"
                             << ""
                             << "webapp-a";
        QTest::newRow("#73") << "webapp"
                             << ""
                             << "ship*2"
                             << "webapp-b";
        QTest::newRow("#74") << "webapp webapp1"
                             << "*-b"
                             << "ship*2"
                             << "webapp-b webapp1-b";
    }
    void filters()
    {
        QFETCH(QString, things);
        QFETCH(QString, containerFilter);
        QFETCH(QString, shipFilter);
        QFETCH(QString, expected);
        const auto r = loadText(kFilters);
        QVERIFY(r.environment);
        SelectionRequest request;
        request.things = split(things);
        request.containerFilter = containerFilter;
        request.shipFilter = shipFilter;
        QCOMPARE(selectInstances(*r.environment, request).value(), split(expected));
    }

    void filtersApplyWithDependencies()
    {
        // KW-7: `stop -a -S ship1` must not stop other ships.
        const auto r = loadText(kFilters);
        SelectionRequest request;
        request.things = defaultThings(*r.environment, false);
        request.direction = Direction::Stop;
        request.withDependencies = true;
        request.shipFilter = QStringLiteral("ship1");
        QCOMPARE(selectInstances(*r.environment, request).value(),
                 split(QStringLiteral("webapp-a webapp1-a")));
    }

    void waitSets()
    {
        const auto r = loadText(kExample);
        const QStringList play = split(QStringLiteral("cache-1 db-1 db-2 app-1 app-2 web-1"));
        QCOMPARE(waitSet(*r.environment, QStringLiteral("web-1"), play, Direction::Start),
                 split(QStringLiteral("cache-1 db-1 db-2 app-1 app-2")));
        QCOMPARE(waitSet(*r.environment, QStringLiteral("app-1"), play, Direction::Start),
                 split(QStringLiteral("cache-1 db-1 db-2")));
        QCOMPARE(waitSet(*r.environment, QStringLiteral("db-1"), play, Direction::Stop),
                 split(QStringLiteral("app-1 app-2 web-1")));
        QVERIFY(
            waitSet(*r.environment, QStringLiteral("cache-1"), play, Direction::Start).isEmpty());
    }

    void largeDeepGraphOrdersWithoutRecursion()
    {
        // A 3,000-service chain would overflow a recursive closure (MaestroNG needs minutes).
        QString yaml = QStringLiteral("name: t\nships: {s: {ip: h}}\nservices:\n");
        const int n = 3000;
        for (int i = 0; i < n; ++i) {
            yaml += QStringLiteral("  s%1: {image: x, %2instances: {i%1: {ship: s}}}\n")
                        .arg(i)
                        .arg(i == 0 ? QString() : QStringLiteral("requires: [s%1], ").arg(i - 1));
        }
        const auto r = loadText(yaml);
        QVERIFY(r.environment);
        SelectionRequest request;
        request.things = {QStringLiteral("s%1").arg(n - 1)};
        request.withDependencies = true;
        const auto selected = selectInstances(*r.environment, request);
        QVERIFY(selected.ok());
        QCOMPARE(selected.value().size(), n);
        QCOMPARE(selected.value().first(), QStringLiteral("i0"));
        QCOMPARE(selected.value().last(), QStringLiteral("i%1").arg(n - 1));
    }
};

QTEST_GUILESS_MAIN(tst_TargetSelection)
#include "tst_targetselection.moc"
