// SPDX-License-Identifier: GPL-3.0-or-later
// The edit forms' tables (models/formtablemodel.h, formtableschema.h): what each table of
// spec 6-8 shows of a collection, and the request a changed cell makes of it.
#include "models/formtablemodel.h"

#include "core/yaml/yamlparser.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Maestro;

namespace {

Models::FormTableSchema schemaNamed(const QString &name)
{
    namespace T = Models::FormTables;
    if (name == QLatin1String("ports"))
        return T::ports();
    if (name == QLatin1String("volumes"))
        return T::volumes();
    if (name == QLatin1String("volumesV1"))
        return T::volumesV1();
    if (name == QLatin1String("extraHosts"))
        return T::extraHosts();
    if (name == QLatin1String("ulimits"))
        return T::ulimits();
    if (name == QLatin1String("env"))
        return T::env();
    if (name == QLatin1String("list"))
        return T::stringList(QStringLiteral("Item"));
    return T::keyValues();
}

} // namespace

class tst_FormTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndEdits_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QStringList>("rows"); // cells joined by |
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("request");

        QTest::newRow("ports")
            << "ports"
            << "{http: {exposed: 80, external: [10.0.0.1, 8080]}, dns: \"53/udp:5353/udp\", "
               "smtp: 25}"
            << QStringList{QStringLiteral("http|10.0.0.1|8080|80|tcp|host 10.0.0.1:8080 → "
                                          "container 80/tcp"),
                           QStringLiteral("dns||5353|53|udp|host 5353 → container 53/udp"),
                           QStringLiteral("smtp||25|25|tcp|host 25 → container 25/tcp")}
            << 1 << 2 << "5354"
            << "set p.dns 53/udp:5354/udp";
        QTest::newRow("port to an address")
            << "ports"
            << "{smtp: 25}"
            << QStringList{QStringLiteral("smtp||25|25|tcp|host 25 → container 25/tcp")} << 0 << 1
            << "10.0.0.1"
            << "set p.smtp {exposed: 25, external: [10.0.0.1, 25]}";
        // The editing trial's step: numbers stay numbers, as the user wrote them.
        QTest::newRow("host port behind an address")
            << "ports"
            << "{http: {exposed: 8080, external: [127.0.0.1, 18080]}}"
            << QStringList{QStringLiteral("http|127.0.0.1|18080|8080|tcp|host 127.0.0.1:18080 → "
                                          "container 8080/tcp")}
            << 0 << 2 << "18081"
            << "set p.http {exposed: 8080, external: [127.0.0.1, 18081]}";
        QTest::newRow("protocol behind an address")
            << "ports"
            << "{dns: {exposed: 53/udp, external: [127.0.0.1, 5353/udp]}}"
            << QStringList{QStringLiteral("dns|127.0.0.1|5353|53|udp|host 127.0.0.1:5353 → "
                                          "container 53/udp")}
            << 0 << 2 << "5354"
            << "set p.dns {exposed: 53/udp, external: [127.0.0.1, 5354/udp]}";
        QTest::newRow("volumes") << "volumes"
                                 << "{/srv/a: /data, /srv/b: {target: /b, mode: ro}}"
                                 << QStringList{QStringLiteral("/srv/a|/data|"),
                                                QStringLiteral("/srv/b|/b|ro")}
                                 << 0 << 2 << "ro,Z"
                                 << "set p./srv/a {target: /data, mode: \"ro,Z\"}";
        QTest::newRow("volumes, mode dropped")
            << "volumes"
            << "{/srv/b: {target: /b, mode: ro}}" << QStringList{QStringLiteral("/srv/b|/b|ro")}
            << 0 << 2 << ""
            << "set p./srv/b /b";
        QTest::newRow("volumes of schema 1")
            << "volumesV1"
            << "{/data: /srv/a}" << QStringList{QStringLiteral("/data|/srv/a")} << 0 << 1
            << "/srv/c"
            << "set p./data /srv/c";
        QTest::newRow("extra hosts")
            << "extraHosts"
            << "{db: 10.0.0.5, api: {ship: alpha}}"
            << QStringList{QStringLiteral("db|10.0.0.5|"), QStringLiteral("api||alpha")} << 0 << 2
            << "beta"
            << "set p.db {ship: beta}";
        QTest::newRow("ulimits") << "ulimits"
                                 << "{nofile: {soft: 1024, hard: 2048}, nproc: 64}"
                                 << QStringList{QStringLiteral("nofile|1024|2048"),
                                                QStringLiteral("nproc|64|64")}
                                 << 1 << 2 << "128"
                                 << "set p.nproc {soft: 64, hard: 128}";
        QTest::newRow("ulimits, one value")
            << "ulimits"
            << "{nofile: {soft: 1024, hard: 2048}}"
            << QStringList{QStringLiteral("nofile|1024|2048")} << 0 << 2 << "1024"
            << "set p.nofile 1024";
        QTest::newRow("labels keep their integers")
            << "keyValues"
            << "{tier: web, count: 3}"
            << QStringList{QStringLiteral("tier|web"), QStringLiteral("count|3")} << 1 << 1 << "4"
            << "set p.count 4";
        QTest::newRow("label rename")
            << "keyValues"
            << "{tier: web}" << QStringList{QStringLiteral("tier|web")} << 0 << 0 << "layer"
            << "rename p.tier layer";
        QTest::newRow("env list value")
            << "env"
            << "{A: [x, y], B: \"yes\"}"
            << QStringList{QStringLiteral("A|[x, y]"), QStringLiteral("B|yes")} << 1 << 1 << "no"
            << "set p.B \"no\"";
        QTest::newRow("a list written as a string")
            << "list"
            << "8.8.8.8" << QStringList{QStringLiteral("8.8.8.8")} << 0 << 0 << "9.9.9.9"
            << "set p 9.9.9.9";
        QTest::newRow("a list gains an item")
            << "list"
            << "[a, b]" << QStringList{QStringLiteral("a"), QStringLiteral("b")} << 2 << 0 << "yes"
            << "set p [a, b, \"yes\"]";
        QTest::newRow("an item quoted for its list")
            << "list"
            << "[a]" << QStringList{QStringLiteral("a")} << 1 << 0 << "c, d"
            << "set p [a, \"c, d\"]";
    }
    void rowsAndEdits()
    {
        QFETCH(QString, schema);
        QFETCH(QString, yaml);
        QFETCH(QStringList, rows);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QString, request);

        const auto value
            = Core::parseYaml(yaml, Core::SourceMap::identity(QStringLiteral("t"), yaml));
        QVERIFY(value);
        Models::FormTableModel model(schemaNamed(schema));
        QAbstractItemModelTester tester(&model);
        QStringList requests;
        connect(&model, &Models::FormTableModel::editRequested, this,
                [&requests](const Core::EditRequest &r) {
                    static const char *names[] = {"set", "unset", "rename"};
                    requests << QStringLiteral("%1 %2 %3")
                                    .arg(QLatin1String(names[int(r.operation)]), r.path.toString(),
                                         r.argument)
                                    .trimmed();
                });
        model.setValue(Core::EditPath().child(QStringLiteral("p")), &value.value());

        QCOMPARE(model.rowCount(), rows.size() + 1); // and an empty one for a new entry
        for (int r = 0; r < rows.size(); ++r) {
            QStringList cells;
            for (int c = 0; c < model.columnCount(); ++c)
                cells << model.index(r, c).data().toString();
            QCOMPARE(cells.join(u'|'), rows.at(r));
        }
        QVERIFY(model.setData(model.index(row, column), text));
        QCOMPARE(requests, QStringList(request));
    }

    void removeFromTheLast()
    {
        const QString yaml = QStringLiteral("[a, b, c]");
        const auto value
            = Core::parseYaml(yaml, Core::SourceMap::identity(QStringLiteral("t"), yaml));
        Models::FormTableModel model(Models::FormTables::stringList(QStringLiteral("Item")));
        QStringList paths;
        connect(&model, &Models::FormTableModel::editRequested, this,
                [&paths](const Core::EditRequest &r) { paths << r.path.toString(); });
        model.setValue(Core::EditPath().child(QStringLiteral("p")), &value.value());
        QVERIFY(model.removeRows(0, 2));
        // The later item first, so that the earlier one's index still holds.
        QCOMPARE(paths, QStringList({QStringLiteral("p[1]"), QStringLiteral("p[0]")}));
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(tst_FormTableModel)
#include "tst_formtablemodel.moc"
