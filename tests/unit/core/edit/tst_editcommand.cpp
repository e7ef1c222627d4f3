// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `maestro edit` the way users do, for every example of docs/editing.md and each
// refusal.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run maestro(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(MAESTRO_CLI));
    process.setArguments(args);
    process.start();
    if (!process.waitForFinished(30000))
        process.kill();
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

// The example file of docs/editing.md.
const QByteArray kExample = "name: demo\n"
                            "ships:\n"
                            "  alpha: {ip: 10.0.0.1}   # the first ship\n"
                            "  beta:\n"
                            "    ip: 10.0.0.2\n"
                            "x-env: &env\n"
                            "  MODE: prod\n"
                            "services:\n"
                            "  db:\n"
                            "    image: postgres\n"
                            "    env: *env\n"
                            "    instances:\n"
                            "      db-1: {ship: alpha}\n"
                            "  web:\n"
                            "    image: nginx   # pinned later\n"
                            "    requires: [db]\n"
                            "    instances:\n"
                            "      web-1:\n"
                            "        ship: alpha\n"
                            "        ports:\n"
                            "          http: 80\n"
                            "        volumes_from: db-1\n"
                            "        lifecycle:\n"
                            "          running:\n"
                            "            - {type: tcp, port: http}   # up\n";

} // namespace

class tst_EditCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    QByteArray contents() const
    {
        QFile file(m_file);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    Run edit(const QStringList &args)
    {
        return maestro(QStringList{QStringLiteral("-f"), m_file, QStringLiteral("edit")} + args);
    }

private slots:
    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("maestro.yaml"));
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kExample);
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }

    void examples_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<int>("times");
        QTest::newRow("set port") << QStringList{"set", "services.web.instances.web-1.ports.http",
                                                 "8081"}
                                  << QByteArray("          http: 80\n")
                                  << QByteArray("          http: 8081\n") << 1;
        QTest::newRow("set port spec")
            << QStringList{"set", "services.web.instances.web-1.ports.http", "\"8081:80/tcp\""}
            << QByteArray("          http: 80\n") << QByteArray("          http: 8081:80/tcp\n")
            << 1;
        QTest::newRow("set sexagesimal")
            << QStringList{"set", "services.web.image", "\"1:20\""}
            << QByteArray("    image: nginx   #") << QByteArray("    image: \"1:20\"   #") << 1;
        QTest::newRow("set list") << QStringList{"set", "services.web.instances.web-1.volumes_from",
                                                 "[db-1]"}
                                  << QByteArray("        volumes_from: db-1\n")
                                  << QByteArray("        volumes_from: [db-1]\n") << 1;
        QTest::newRow("set flow key")
            << QStringList{"set", "ships.alpha.docker_port", "2376"}
            << QByteArray("  alpha: {ip: 10.0.0.1}   # the first ship\n")
            << QByteArray("  alpha: {ip: 10.0.0.1, docker_port: 2376}   # the first ship\n") << 1;
        QTest::newRow("set mapping")
            << QStringList{"set", "services.db.instances.db-1", "{ship: alpha, env: {X: \"1\"}}"}
            << QByteArray("      db-1: {ship: alpha}\n")
            << QByteArray("      db-1: {ship: alpha, env: {X: \"1\"}}\n") << 1;
        QTest::newRow("unset") << QStringList{"unset", "services.web.requires"}
                               << QByteArray("    requires: [db]\n") << QByteArray() << 1;
        QTest::newRow("rename ship") << QStringList{"rename", "ships.alpha", "gamma"}
                                     << QByteArray("alpha") << QByteArray("gamma") << 3;
        QTest::newRow("rename service") << QStringList{"rename", "services.db", "database"}
                                        << QByteArray("db") << QByteArray("database") << 2;
        QTest::newRow("rename instance")
            << QStringList{"rename", "services.db.instances.db-1", "db-2"} << QByteArray("db-1")
            << QByteArray("db-2") << 2;
        QTest::newRow("unset item")
            << QStringList{"unset", "services.web.instances.web-1.lifecycle.running[0]"}
            << QByteArray("          running:\n            - {type: tcp, port: http}   # up\n")
            << QByteArray("          running: []   # up\n") << 1; // the item's comment stays
        QTest::newRow("insert item")
            << QStringList{"insert", "services.web.instances.web-1.lifecycle.running[0]",
                           "{type: tcp, port: http, max_wait: 10}"}
            << QByteArray("            - {type: tcp, port: http}   #")
            << QByteArray("            - {type: tcp, port: http, max_wait: 10}\n"
                          "            - {type: tcp, port: http}   #")
            << 1; // in the flow style of its neighbour
        QTest::newRow("append item")
            << QStringList{"set", "services.web.instances.web-1.lifecycle.running[1]",
                           "{type: tcp, port: http, max_wait: 10}"}
            << QByteArray("   # up\n")
            << QByteArray("   # up\n"
                          "            - {type: tcp, port: http, max_wait: 10}\n")
            << 1;
        QTest::newRow("alias copy")
            << QStringList{"--alias=copy", "set", "services.db.env.MODE", "dev"}
            << QByteArray("    env: *env\n") << QByteArray("    env: {MODE: dev}\n") << 1;
    }
    void examples()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(int, times);
        const Run dry = edit(QStringList{QStringLiteral("--dry-run")} + args);
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.startsWith(QStringLiteral("--- %1\n+++ %1\n@@ ").arg(m_file)),
                 qPrintable(dry.out));
        QVERIFY2((dry.out.contains(QLatin1String("\n-")) || dry.out.contains(QLatin1String("\n+")))
                     && dry.out.contains(QString::fromUtf8(after).section(QLatin1Char('\n'), 0, 0)),
                 qPrintable(dry.out));
        QCOMPARE(contents(), kExample); // nothing written
        const Run run = edit(args);
        QCOMPARE(run.exitCode, 0);
        QByteArray expected = kExample;
        QVERIFY(expected.count(before) >= times);
        if (times == 2 && after == "database") // the service and its reference, not db-1
            expected.replace("  db:", "  database:").replace("[db]", "[database]");
        else
            expected.replace(before, after);
        QCOMPARE(contents(), expected);
        QCOMPARE(QFile::permissions(m_file) & QFile::Permissions(0x7077),
                 QFile::ReadOwner | QFile::WriteOwner);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("alias") << QStringList{"set", "services.db.env.MODE", "dev"}
                               << "ERROR: %1:11:10: services.db.env goes through the alias *env";
        QTest::newRow("invalid result")
            << QStringList{"set", "services.web.instances.web-1.ship", "nowhere"}
            << "ERROR: %1:18:7: the edited file would not be valid";
        QTest::newRow("missing key") << QStringList{"unset", "services.web.nope"}
                                     << "ERROR: %1:15:5: there is no services.web.nope";
        QTest::newRow("rename onto a key") << QStringList{"rename", "services.db", "web"}
                                           << "ERROR: %1:9:3: services already has a key 'web'";
        QTest::newRow("item past the end")
            << QStringList{"insert", "services.web.requires[2]", "db"}
            << "ERROR: %1:16:15: services.web.requires has no item 2 (its length is 1)";
        QTest::newRow("insert without an index")
            << QStringList{"insert", "services.web.requires", "db"}
            << "ERROR: services.web.requires names no sequence item";
        QTest::newRow("bad value")
            << QStringList{"set", "services.web.image", "[a"} << "ERROR: invalid VALUE";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run run = edit(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(error.arg(m_file)), qPrintable(run.err));
        QCOMPARE(contents(), kExample);
    }

    void usageErrors()
    {
        for (const QStringList &args :
             {QStringList{"set", "a"}, QStringList{"frob", "a"},
              QStringList{"--alias=x", "unset", "a"}, QStringList{"unset", "a..b"}}) {
            const Run run = edit(args);
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(contents(), kExample);
        }
    }

    void help()
    {
        QVERIFY(maestro({QStringLiteral("--help")}).out.contains(QLatin1String("  edit ")));
        const Run run = maestro({QStringLiteral("edit"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(
            run.out.contains(QLatin1String("set PATH VALUE | unset PATH | rename PATH NEWNAME")));
        QVERIFY(run.out.contains(QLatin1String("insert PATH[N] VALUE")));
        QVERIFY(run.out.contains(QLatin1String("--dry-run")));
    }
};

QTEST_GUILESS_MAIN(tst_EditCommand)
#include "tst_editcommand.moc"
