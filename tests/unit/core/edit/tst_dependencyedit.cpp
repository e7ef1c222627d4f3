// SPDX-License-Identifier: GPL-3.0-or-later
// The graph's edge editing below the widgets: "web requires cache" (or wants_info) as an
// edit request that follows what the file holds (no key, a flow or block list, a single
// name), its removal, and the cycle a new edge would close. Each request is also planned by
// the edit engine, and the file it gives compared byte for byte.

#include "core/edit/dependencyedit.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro::Core;
using Kind = DependencyGraph::EdgeKind;
using Operation = EditRequest::Operation;

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(Operation)

namespace {
// `web`'s dependency keys go where %1 is, and `after` after its instances (where the engine
// adds a key).
QString environment(const QString &webKeys, const QString &after = QString())
{
    return QStringLiteral("name: deps\n"
                          "ships:\n"
                          "  a: {ip: 10.0.0.1}\n"
                          "services:\n"
                          "  db:\n"
                          "    image: postgres\n"
                          "    instances:\n"
                          "      db-1: {ship: a}\n"
                          "  cache:\n"
                          "    image: redis\n"
                          "    instances:\n"
                          "      cache-1: {ship: a}\n"
                          "  web:\n"
                          "    image: nginx   # front\n"
                          "%1"
                          "    instances:\n"
                          "      web-1: {ship: a}\n"
                          "%2")
        .arg(webKeys, after);
}

DependencyGraph graph(const QStringList &names, const QList<DependencyGraph::Edge> &edges)
{
    return DependencyGraph(names, edges);
}
} // namespace

class tst_DependencyEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void add_data();
    void add();
    void remove_data();
    void remove();
    void refused_data();
    void refused();
    void cycle_data();
    void cycle();
    void planAddNamesTheCycle();

private:
    LoadResult load(const QString &text);
    // Plans `request` with the edit engine on `text`; the edited file's text.
    QString edited(const QString &text, const EditRequest &request);
    void check(const QString &before, const Result<EditRequest> &request, Operation operation,
               const QString &path, const QString &argument, const QString &after);

    QTemporaryDir m_dir;
};

LoadResult tst_DependencyEdit::load(const QString &text)
{
    LoadRequest request;
    request.file = m_dir.filePath(QStringLiteral("maestro.yaml"));
    QFile file(request.file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    file.close();
    return loadEnvironment(request);
}

QString tst_DependencyEdit::edited(const QString &text, const EditRequest &request)
{
    const LoadResult loaded = load(text);
    LoadRequest again;
    again.file = loaded.fileName;
    const auto outcome = planEdit(loaded, again, request);
    if (!outcome)
        return QStringLiteral("refused: ") + outcome.error().toString();
    return outcome->after.value(loaded.fileName);
}

void tst_DependencyEdit::check(const QString &before, const Result<EditRequest> &request,
                               Operation operation, const QString &path, const QString &argument,
                               const QString &after)
{
    QVERIFY2(request.ok(), request.ok() ? "" : qPrintable(request.error().toString()));
    QCOMPARE(request->operation, operation);
    QCOMPARE(request->path.toString(), path);
    QCOMPARE(request->argument, argument);
    QCOMPARE(edited(before, *request), after);
}

void tst_DependencyEdit::add_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("keysAfter");
    QTest::addColumn<QString>("added"); // after the instances

    // A new key gets a block list, as the block mapping's other values are.
    QTest::newRow("flow list") << "    requires: [db]   # first\n"
                               << Kind::Requires << Operation::Insert << "services.web.requires[1]"
                               << "cache"
                               << "    requires: [db, cache]   # first\n"
                               << "";
    QTest::newRow("block list") << "    requires:\n      - db   # the database\n"
                                << Kind::Requires << Operation::Insert << "services.web.requires[1]"
                                << "cache"
                                << "    requires:\n      - db   # the database\n"
                                   "      - cache\n"
                                << "";
    QTest::newRow("single string") << "    requires: db   # one\n"
                                   << Kind::Requires << Operation::Set << "services.web.requires"
                                   << "[db, cache]"
                                   << "    requires: [db, cache]   # one\n"
                                   << "";
    QTest::newRow("absent key") << "" << Kind::Requires << Operation::Set << "services.web.requires"
                                << "[cache]"
                                << ""
                                << "    requires:\n      - cache\n";
    QTest::newRow("null key") << "    requires:\n"
                              << Kind::Requires << Operation::Set << "services.web.requires"
                              << "[cache]"
                              << "    requires:\n      - cache\n"
                              << "";
    QTest::newRow("wants_info absent")
        << "    requires: [db]\n"
        << Kind::WantsInfo << Operation::Set << "services.web.wants_info"
        << "[cache]"
        << "    requires: [db]\n"
        << "    wants_info:\n      - cache\n";
    QTest::newRow("wants_info block")
        << "    wants_info:\n    - db\n"
        << Kind::WantsInfo << Operation::Insert << "services.web.wants_info[1]"
        << "cache"
        << "    wants_info:\n    - db\n    - cache\n"
        << "";
    QTest::newRow("wants_info beside requires")
        << "    requires: [cache]\n    wants_info: db\n"
        << Kind::WantsInfo << Operation::Set << "services.web.wants_info"
        << "[db, cache]"
        << "    requires: [cache]\n    wants_info: [db, cache]\n"
        << "";
}

void tst_DependencyEdit::add()
{
    QFETCH(QString, keys);
    QFETCH(Kind, kind);
    QFETCH(Operation, operation);
    QFETCH(QString, path);
    QFETCH(QString, argument);
    QFETCH(QString, keysAfter);
    QFETCH(QString, added);
    const QString before = environment(keys);
    const LoadResult loaded = load(before);
    QVERIFY(loaded.environment);
    check(before,
          DependencyEdit::addRequest(loaded.document, QStringLiteral("web"),
                                     QStringLiteral("cache"), kind),
          operation, path, argument, environment(keysAfter, added));
}

void tst_DependencyEdit::remove_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("dependency");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("keysAfter");

    QTest::newRow("flow list") << "    requires: [db, cache]   # both\n"
                               << "db" << Kind::Requires << Operation::Unset
                               << "services.web.requires[0]"
                               << "    requires: [cache]   # both\n";
    QTest::newRow("block list") << "    requires:\n      - db   # the database\n      - cache\n"
                                << "cache" << Kind::Requires << Operation::Unset
                                << "services.web.requires[1]"
                                << "    requires:\n      - db   # the database\n";
    QTest::newRow("only item") << "    requires: [db]\n"
                               << "db" << Kind::Requires << Operation::Unset
                               << "services.web.requires"
                               << "";
    QTest::newRow("single string")
        << "    requires: cache\n    wants_info: db\n"
        << "cache" << Kind::Requires << Operation::Unset << "services.web.requires"
        << "    wants_info: db\n";
    QTest::newRow("wants_info") << "    requires: [db]\n    wants_info: [db, cache]\n"
                                << "cache" << Kind::WantsInfo << Operation::Unset
                                << "services.web.wants_info[1]"
                                << "    requires: [db]\n    wants_info: [db]\n";
}

void tst_DependencyEdit::remove()
{
    QFETCH(QString, keys);
    QFETCH(QString, dependency);
    QFETCH(Kind, kind);
    QFETCH(Operation, operation);
    QFETCH(QString, path);
    QFETCH(QString, keysAfter);
    const QString before = environment(keys);
    const LoadResult loaded = load(before);
    QVERIFY(loaded.environment);
    check(before,
          DependencyEdit::removeRequest(loaded.document, QStringLiteral("web"), dependency, kind),
          operation, path, QString(), environment(keysAfter));
}

void tst_DependencyEdit::refused_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<bool>("add");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("dependency");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line"); // 0: no position

    QTest::newRow("already in a list")
        << "    requires:\n      - db\n      - cache\n"
        << true << "web"
        << "cache" << Kind::Requires << "web already lists cache in requires" << 17;
    QTest::newRow("already the single name")
        << "    wants_info: cache\n"
        << true << "web"
        << "cache" << Kind::WantsInfo << "web already lists cache in wants_info" << 15;
    QTest::newRow("not listed") << "    requires: [db]\n"
                                << false << "web"
                                << "cache" << Kind::Requires
                                << "web does not list cache in requires" << 15;
    QTest::newRow("no key to remove from")
        << "" << false << "web"
        << "db" << Kind::WantsInfo << "web does not list db in wants_info" << 14;
    QTest::newRow("unknown service")
        << "" << true << "queue"
        << "db" << Kind::Requires << "There is no service queue in the file" << 5;
    QTest::newRow("volumes_from")
        << "" << false << "web"
        << "db" << Kind::VolumesFrom
        << "Only requires and wants_info can be changed here; volumes_from is written on the "
           "instances"
        << 0;
    QTest::newRow("not names") << "    requires: {db: 1}\n"
                               << true << "web"
                               << "cache" << Kind::Requires
                               << "requires of web holds neither a service name nor a list of them"
                               << 15;
}

void tst_DependencyEdit::refused()
{
    QFETCH(QString, keys);
    QFETCH(bool, add);
    QFETCH(QString, service);
    QFETCH(QString, dependency);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    QFETCH(int, line);
    const LoadResult loaded = load(environment(keys));
    QVERIFY(!loaded.document.isNull());
    const auto request
        = add ? DependencyEdit::addRequest(loaded.document, service, dependency, kind)
              : DependencyEdit::removeRequest(loaded.document, service, dependency, kind);
    QVERIFY(!request.ok());
    QCOMPARE(request.error().message, message);
    QCOMPARE(request.error().location.line, line);
}

void tst_DependencyEdit::cycle_data()
{
    QTest::addColumn<QList<DependencyGraph::Edge>>("edges");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("dependency");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("cycle"); // empty: none

    // Services 0 db, 1 web, 2 cache, 3 queue.
    const QList<DependencyGraph::Edge> chain{{1, 0, Kind::Requires, {}},
                                             {2, 1, Kind::Requires, {}}};
    QTest::newRow("back edge") << chain << "db"
                               << "web" << Kind::Requires << QStringList{"db", "web", "db"};
    QTest::newRow("around a chain")
        << chain << "db"
        << "cache" << Kind::Requires << QStringList{"db", "cache", "web", "db"};
    QTest::newRow("itself") << chain << "web"
                            << "web" << Kind::Requires << QStringList{"web", "web"};
    QTest::newRow("forward edge") << chain << "cache"
                                  << "db" << Kind::Requires << QStringList{};
    QTest::newRow("wants_info closes none") << chain << "db"
                                            << "web" << Kind::WantsInfo << QStringList{};
    QTest::newRow("through wants_info is no cycle")
        << QList<DependencyGraph::Edge>{{1, 0, Kind::WantsInfo, {}}} << "db"
        << "web" << Kind::Requires << QStringList{};
    QTest::newRow("through volumes_from")
        << QList<DependencyGraph::Edge>{{1, 0, Kind::VolumesFrom, {}}} << "db"
        << "web" << Kind::Requires << QStringList{"db", "web", "db"};
    QTest::newRow("the shortest way round")
        << QList<DependencyGraph::Edge>{{1, 0, Kind::Requires, {}},
                                        {2, 1, Kind::Requires, {}},
                                        {3, 2, Kind::Requires, {}},
                                        {3, 0, Kind::Requires, {}}}
        << "db"
        << "queue" << Kind::Requires << QStringList{"db", "queue", "db"};
    QTest::newRow("unknown service") << chain << "db"
                                     << "nothing" << Kind::Requires << QStringList{};
}

void tst_DependencyEdit::cycle()
{
    QFETCH(QList<DependencyGraph::Edge>, edges);
    QFETCH(QString, service);
    QFETCH(QString, dependency);
    QFETCH(Kind, kind);
    QFETCH(QStringList, cycle);
    const DependencyGraph g = graph({"db", "web", "cache", "queue"}, edges);
    const auto found = DependencyEdit::cycleThrough(g, service, dependency, kind);
    QCOMPARE(found.value_or(QStringList()), cycle);
}

void tst_DependencyEdit::planAddNamesTheCycle()
{
    const LoadResult loaded = load(environment(QStringLiteral("    requires: [db]\n")));
    QVERIFY(loaded.environment);
    const auto refused
        = DependencyEdit::planAdd(loaded.document, loaded.environment->dependencies(),
                                  QStringLiteral("db"), QStringLiteral("web"), Kind::Requires);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, QStringLiteral("db -> web -> db would be a cycle"));
    // Without a cycle it is addRequest()'s request.
    const auto added
        = DependencyEdit::planAdd(loaded.document, loaded.environment->dependencies(),
                                  QStringLiteral("db"), QStringLiteral("web"), Kind::WantsInfo);
    QVERIFY(added.ok());
    QCOMPARE(added->path.toString(), QStringLiteral("services.db.wants_info"));
    QCOMPARE(added->argument, QStringLiteral("[web]"));
}

QTEST_GUILESS_MAIN(tst_DependencyEdit)
#include "tst_dependencyedit.moc"
