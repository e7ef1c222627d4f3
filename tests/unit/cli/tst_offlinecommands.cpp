// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `maestro` executable the way users and scripts do.
#include <QJsonDocument>
#include <QJsonObject>
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

Run maestro(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(MAESTRO_CLI));
    process.setArguments(args);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        process.kill();
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

const QString kDeptree = QStringLiteral(MAESTRO_TEST_DATA_DIR "/cli/deptree.yaml");
const QString kBroken = QStringLiteral(MAESTRO_TEST_DATA_DIR "/cli/broken.yaml");

} // namespace

class tst_OfflineCommands : public QObject
{
    Q_OBJECT
private slots:
    void deptree()
    {
        const Run run = maestro(
            {QStringLiteral("-f"), kDeptree, QStringLiteral("deptree"), QStringLiteral("web")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("web\n +- app\n |  \\- cache\n \\- db\n"));
        QCOMPARE(run.err, QString());
    }

    void deptreeWithoutThingsLeavesOmittedServicesOut()
    {
        // MaestroNG's output for this file: cache (omit: true) only below app and web.
        const Run run = maestro({QStringLiteral("-f"), kDeptree, QStringLiteral("deptree")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral(
                     "app\n +- cache\n \\- db\n\ndb\n\nweb\n +- app\n |  \\- cache\n \\- db\n"));
    }

    void deptreeFromStandardInput()
    {
        QFile file(kDeptree);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Run run
            = maestro({QStringLiteral("-f"), QStringLiteral("-"), QStringLiteral("deptree"),
                       QStringLiteral("-r"), QStringLiteral("app-1")},
                      file.readAll());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("app\n +- cache\n \\- db\n"));
    }

    void unknownThing()
    {
        const Run run = maestro(
            {QStringLiteral("-f"), kDeptree, QStringLiteral("deptree"), QStringLiteral("nope")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QStringLiteral("ERROR: nope is neither a service nor a container!\n"));
    }

    void validateListsEveryProblem()
    {
        // The README's `ERROR: file:line:column: message`, on standard error like every
        // other command's errors; nothing on standard output but a verdict.
        const Run run = maestro({QStringLiteral("-f"), kBroken, QStringLiteral("validate")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("ERROR: ") + kBroken
                                        + QStringLiteral(":8:21: instance web-1 is on unknown "
                                                         "ship lokal")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(
                     QStringLiteral("ERROR: ") + kBroken
                     + QStringLiteral(":8:42: Mismatched protocols between 80/tcp and 8080/udp!")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("WARNING: ") + kBroken
                                        + QStringLiteral(":8:62: unknown key user")),
                 qPrintable(lines.at(2)));
    }

    void validateAcceptsAGoodFile()
    {
        const Run run = maestro({QStringLiteral("-f"), kDeptree, QStringLiteral("validate")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 kDeptree + QStringLiteral(": ok: 1 ship, 4 services, 5 instances, 0 warnings\n"));
        QCOMPARE(run.err, QString());
    }

    void loadErrorsArePositionedAndExitOne()
    {
        const Run run = maestro({QStringLiteral("-f"), kBroken, QStringLiteral("deptree")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.startsWith(QStringLiteral("ERROR: ") + kBroken + QStringLiteral(":8:21: ")),
            qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    void missingFile_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"deptree", "validate", "dump", "status", "start"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void missingFile()
    {
        // No line to point at, but the file comes first, as in every other error.
        QFETCH(QString, command);
        const Run run
            = maestro({QStringLiteral("-f"), QStringLiteral("/nonexistent.yaml"), command});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QStringLiteral("ERROR: /nonexistent.yaml: Environment description file "
                                         "/nonexistent.yaml not found!\n"));
        QCOMPARE(run.out, QString());
    }

    void statusSaysWhyAShipIsDown()
    {
        // MaestroNG's table on standard output; the reason, with the ship and its endpoint,
        // on standard error. A socket path in an empty directory: nothing can listen there.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString socket = dir.filePath(QStringLiteral("nobody.sock"));
        const QString file = dir.filePath(QStringLiteral("maestro.yaml"));
        QFile yaml(file);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write(QStringLiteral("name: t\nships:\n  s1: {ip: 127.0.0.1, socket_path: %1}\n"
                                  "services:\n  a:\n    image: busybox\n"
                                  "    instances: {a-1: {ship: s1}}\n")
                       .arg(socket)
                       .toUtf8());
        yaml.close();
        const Run run = maestro({QStringLiteral("-f"), file, QStringLiteral("status")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("  1. a-1 ")), qPrintable(run.out));
        QVERIFY2(run.out.trimmed().endsWith(QStringLiteral("host down")), qPrintable(run.out));
        const QString expected
            = QStringLiteral("WARNING: host down: ship 's1' (unix://%1): ").arg(socket);
        QVERIFY2(run.err.startsWith(expected), qPrintable(run.err));
        QVERIFY2(run.err.endsWith(QLatin1Char('\n')) && run.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(run.err));
    }

    void commandHelpExplainsThingsAndFilters()
    {
        const Run run = maestro({QStringLiteral("start"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("\nthings:\n  names of services and instances")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("None: every service not marked omit.")),
                 qPrintable(run.out));
        // The help names the value the usage line shows, not another word for it.
        QVERIFY2(run.out.contains(QStringLiteral("-C, --container-filter CONTAINER_FILTER\n")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("whose name matches CONTAINER_FILTER, a shell "
                                                 "wildcard")),
                 qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("PATTERN")), qPrintable(run.out));
        const Run validate = maestro({QStringLiteral("validate"), QStringLiteral("--help")});
        QVERIFY2(validate.out.startsWith(QStringLiteral("usage: maestro validate [options]\n")),
                 qPrintable(validate.out));
        QVERIFY2(!validate.out.contains(QStringLiteral("things:")), qPrintable(validate.out));
    }

    void editUsagePlural()
    {
        const Run run = maestro(
            {QStringLiteral("-f"), kDeptree, QStringLiteral("edit"), QStringLiteral("unset")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unset takes 1 argument\n")), qPrintable(run.err));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QStringList>("candidates");
        QTest::newRow("commands") << "maestro"
                                  << QStringList{"status",  "start", "stop",     "kill",
                                                 "restart", "pull",  "clean",    "logs",
                                                 "deptree", "dump",  "validate", "edit"};
        QTest::newRow("command prefix") << "maestro st" << QStringList{"status", "start", "stop"};
        QTest::newRow("things") << "maestro start -d a" << QStringList{"app", "app-1", "app-2"};
        QTest::newRow("things after a complete word")
            << "maestro start db" << QStringList{"web",   "app",   "db",   "cache",  "web-1",
                                                 "app-1", "app-2", "db-1", "cache-1"};
    }
    void complete()
    {
        QFETCH(QString, words);
        QFETCH(QStringList, candidates);
        const Run run
            = maestro({QStringLiteral("-f"), kDeptree, QStringLiteral("complete"), words});
        QCOMPARE(run.exitCode, 0);
        QStringList got = run.out.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        got.sort();
        candidates.sort();
        QCOMPARE(got, candidates);
    }

    void dumpWritesJsonToStandardError()
    {
        const Run run = maestro(
            {QStringLiteral("-f"), kDeptree, QStringLiteral("dump"), QStringLiteral("app-1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString());
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // app-1 and its dependencies cache-1 and db-1, in start order.
        QCOMPARE(lines.size(), 3);
        const QJsonObject app = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(app.value(QStringLiteral("name")).toString(), QStringLiteral("app-1"));
        QVERIFY(app.value(QStringLiteral("env"))
                    .toVariant()
                    .toStringList()
                    .contains(QStringLiteral("DB_DB_1_HOST=127.0.0.1")));
    }

    // --dry-run never contacts a ship (the file's ship has no daemon): it prints the plan.
    void dryRunShowsThePlan_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("order"); // instances in the printed order
        QTest::addColumn<QString>("err");
        const QString d = QStringLiteral("-d");
        QTest::newRow("start -d web")
            << QStringList{QStringLiteral("start"), d, QStringLiteral("web")} << 0
            << QStringList{QStringLiteral("cache-1"), QStringLiteral("db-1"),
                           QStringLiteral("app-1"), QStringLiteral("app-2"),
                           QStringLiteral("web-1")}
            << QString();
        QTest::newRow("start, omit and implicit -d")
            << QStringList{QStringLiteral("start")} << 0
            << QStringList{QStringLiteral("cache-1"), QStringLiteral("db-1"),
                           QStringLiteral("app-1"), QStringLiteral("app-2"),
                           QStringLiteral("web-1")}
            << QString();
        QTest::newRow("start -i: nothing implied")
            << QStringList{QStringLiteral("start"), QStringLiteral("-i")} << 0
            << QStringList{QStringLiteral("app-1"), QStringLiteral("app-2"), QStringLiteral("db-1"),
                           QStringLiteral("web-1")}
            << QString();
        QTest::newRow("stop -d -s db")
            << QStringList{QStringLiteral("stop"), d, QStringLiteral("-s"), QStringLiteral("db")}
            << 0
            << QStringList{QStringLiteral("web-1"), QStringLiteral("app-1"),
                           QStringLiteral("app-2"), QStringLiteral("db-1")}
            << QString();
        QTest::newRow("stop without things")
            << QStringList{QStringLiteral("stop")} << 1 << QStringList{}
            << QStringLiteral("No services or containers specified for stop, and --all not set.\n");
        QTest::newRow("stop service without -s")
            << QStringList{QStringLiteral("stop"), QStringLiteral("db")} << 1 << QStringList{}
            << QStringLiteral("ERROR: db is a service but --expand-services was not specified\n");
        QTest::newRow("unknown thing")
            << QStringList{QStringLiteral("start"), QStringLiteral("nope")} << 1 << QStringList{}
            << QStringLiteral("ERROR: nope is neither a service nor a container!\n");
    }

    void dryRunShowsThePlan()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, order);
        QFETCH(QString, err);
        const Run run = maestro(QStringList{QStringLiteral("-f"), kDeptree} + args
                                + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.err, err);
        QStringList printed;
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(2))
            printed << line.simplified().section(QLatin1Char(' '), 1, 1);
        QCOMPARE(printed, order);
    }
};

QTEST_GUILESS_MAIN(tst_OfflineCommands)
#include "tst_offlinecommands.moc"
