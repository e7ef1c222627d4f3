// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadhelper.h"

#include "core/dependencies/deptree.h"

using namespace Maestro::Core;

namespace {
// Spec 12.10: web requires [app, db]; app requires [db, cache].
const QString kEnv
    = QStringLiteral("name: t\nships: {s: {ip: h}}\nservices:\n"
                     "  web: {image: x, requires: [app, db], instances: {web-1: {ship: s}}}\n"
                     "  app: {image: x, requires: [db, cache], instances: {app-1: {ship: s}}}\n"
                     "  db: {image: x, instances: {db-1: {ship: s}}}\n"
                     "  cache: {image: x, instances: {}}\n");
} // namespace

class tst_Deptree : public QObject
{
    Q_OBJECT
private slots:
    void trees_data()
    {
        QTest::addColumn<QStringList>("things");
        QTest::addColumn<bool>("recursive");
        QTest::addColumn<QString>("expected");
        QTest::newRow("app web")
            << QStringList{QStringLiteral("app"), QStringLiteral("web")} << false
            << "app\n +- cache\n \\- db\n\nweb\n +- app\n |  \\- cache\n \\- db\n";
        QTest::newRow("-r web") << QStringList{QStringLiteral("web")} << true
                                << "web\n +- app\n |  +- cache\n |  \\- db\n \\- db\n";
        QTest::newRow("instance stands for its service")
            << QStringList{QStringLiteral("web-1")} << false
            << "web\n +- app\n |  \\- cache\n \\- db\n";
        QTest::newRow("all, sorted")
            << QStringList() << false
            << "app\n +- cache\n \\- db\n\ncache\n\ndb\n\nweb\n +- app\n |  \\- cache\n \\- db\n";
    }
    void trees()
    {
        QFETCH(QStringList, things);
        QFETCH(bool, recursive);
        QFETCH(QString, expected);
        const auto r = loadText(kEnv);
        QVERIFY(r.environment);
        QCOMPARE(formatDependencyTree(*r.environment, things, recursive), expected);
    }

    // Spec 10.3: deptree without things starts from the services not marked `omit`, as
    // every command but status does; an omitted service still shows below one needing it.
    void omittedServicesAreNotTopLevelByDefault()
    {
        const auto r = loadText(QStringLiteral(
            "name: t\nships: {s: {ip: h}}\nservices:\n"
            "  web: {image: x, omit: true, requires: [app], instances: {web-1: {ship: s}}}\n"
            "  app: {image: x, requires: [cache], instances: {app-1: {ship: s}}}\n"
            "  cache: {image: x, omit: true, instances: {cache-1: {ship: s}}}\n"));
        QVERIFY(r.environment);
        QCOMPARE(formatDependencyTree(*r.environment, {}, false),
                 QStringLiteral("app\n \\- cache\n"));
        QCOMPARE(formatDependencyTree(*r.environment, {QStringLiteral("web")}, false),
                 QStringLiteral("web\n \\- app\n   \\- cache\n"));
    }

    void lastChildIndentsByTwoSpaces()
    {
        const auto r = loadText(QStringLiteral("name: t\nships: {s: {ip: h}}\nservices:\n"
                                               "  a: {image: x, requires: [b], instances: {}}\n"
                                               "  b: {image: x, requires: [c], instances: {}}\n"
                                               "  c: {image: x, instances: {}}\n"));
        QCOMPARE(formatDependencyTree(*r.environment, {QStringLiteral("a")}, false),
                 QStringLiteral("a\n \\- b\n   \\- c\n"));
    }
};

QTEST_GUILESS_MAIN(tst_Deptree)
#include "tst_deptree.moc"
