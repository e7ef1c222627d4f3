// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenvironment.h"

#include "models/environmenttreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Maestro::Models::EnvironmentTreeModel;
using Maestro::Models::InstanceState;
using Maestro::Models::StateSnapshot;
using Status = InstanceState::Status;
using Grouping = EnvironmentTreeModel::Grouping;

Q_DECLARE_METATYPE(StateSnapshot)

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);

InstanceState running(int secondsAgo, const QString &id = QStringLiteral("3f2a9c1b0d4e"))
{
    InstanceState s;
    s.status = Status::Running;
    s.startedAt = kNow.addSecs(-secondsAgo);
    s.containerId = id;
    s.imageTag = QStringLiteral("example/api:2");
    s.check = InstanceState::Check::Passed;
    return s;
}

InstanceState withStatus(Status status, int exitCode = 0)
{
    InstanceState s;
    s.status = status;
    s.exitCode = exitCode;
    return s;
}

// "group/instance" for every leaf, in model order.
QStringList leaves(const QAbstractItemModel &model)
{
    QStringList out;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        for (int r = 0; r < model.rowCount(group); ++r)
            out << group.data().toString() + QLatin1Char('/')
                       + model.index(r, 0, group).data().toString();
    }
    return out;
}
} // namespace

class tst_EnvironmentTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void grouping_data();
    void grouping();
    void snapshot_data();
    void snapshot();
    void shipDownIsOneRange();
    void reloadKeepsStatesByName();
    void replacingWithTheSameMeaningKeepsTheRows();
    void statusText_data();
    void statusText();
    void emptyModel();
    void agesMove();
};

void tst_EnvironmentTreeModel::grouping_data()
{
    QTest::addColumn<Grouping>("grouping");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("by ship") << Grouping::ByShip
                             << QStringList{"alpha/db-1", "alpha/api-1", "beta/cache-1",
                                            "beta/api-2", "beta/api-3"};
    QTest::newRow("by service") << Grouping::ByService
                                << QStringList{"db/db-1", "cache/cache-1", "api/api-1", "api/api-2",
                                               "api/api-3"};
}

void tst_EnvironmentTreeModel::grouping()
{
    QFETCH(Grouping, grouping);
    QFETCH(QStringList, expected);
    EnvironmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEnvironment(Maestro::Tests::loadTestEnvironment());
    QVERIFY(model.environment());
    // Switching away and back exercises both resets under the tester.
    model.setGrouping(grouping == Grouping::ByShip ? Grouping::ByService : Grouping::ByShip);
    model.setGrouping(grouping);
    QCOMPARE(leaves(model), expected);
    const QModelIndex api2 = model.indexForInstance(QStringLiteral("api-2"));
    QCOMPARE(api2.data(EnvironmentTreeModel::ServiceNameRole).toString(), QStringLiteral("api"));
    QCOMPARE(api2.data(EnvironmentTreeModel::ShipNameRole).toString(), QStringLiteral("beta"));
    QCOMPARE(
        model.index(api2.row(), EnvironmentTreeModel::StateColumn, api2.parent()).data().toString(),
        QStringLiteral("unknown"));
    // Before any run: api-2 has no running checks to wait for, api-1 has one.
    QCOMPARE(
        model.index(api2.row(), EnvironmentTreeModel::CheckColumn, api2.parent()).data().toString(),
        QStringLiteral("no checks"));
    QCOMPARE(model.indexForInstance(QStringLiteral("api-1"), EnvironmentTreeModel::CheckColumn)
                 .data()
                 .toString(),
             QStringLiteral("unknown"));
    QCOMPARE(model.index(api2.row(), EnvironmentTreeModel::ContainerColumn, api2.parent())
                 .data()
                 .toString(),
             QStringLiteral("example/api:2"));
    QCOMPARE(api2.parent().data(EnvironmentTreeModel::KindRole).value<EnvironmentTreeModel::Kind>(),
             EnvironmentTreeModel::Kind::Group);
}

void tst_EnvironmentTreeModel::snapshot_data()
{
    QTest::addColumn<Grouping>("grouping");
    QTest::addColumn<StateSnapshot>("first");
    QTest::addColumn<StateSnapshot>("second");
    QTest::addColumn<QStringList>("changedInstances"); // rows signalled by the second snapshot
    QTest::addColumn<QStringList>("changedGroups");    // group summaries signalled by it
    QTest::addColumn<QString>("probe");                // an instance to read afterwards
    QTest::addColumn<QString>("probeState");

    const StateSnapshot none;
    QTest::newRow("one starts") << Grouping::ByShip << none
                                << StateSnapshot{{"api-1", running(300)}} << QStringList{"api-1"}
                                << QStringList{"alpha"} << "api-1"
                                << "running for 5m";
    QTest::newRow("same state again is silent")
        << Grouping::ByShip << StateSnapshot{{"api-1", running(300)}}
        << StateSnapshot{{"api-1", running(300)}} << QStringList{} << QStringList{} << "api-1"
        << "running for 5m";
    QTest::newRow("exit code only")
        << Grouping::ByService << StateSnapshot{{"db-1", withStatus(Status::Exited, 1)}}
        << StateSnapshot{{"db-1", withStatus(Status::Exited, 137)}} << QStringList{"db-1"}
        << QStringList{} << "db-1"
        << "exited (137)";
    QTest::newRow("host down for a whole ship")
        << Grouping::ByShip << StateSnapshot{{"api-2", running(60)}}
        << StateSnapshot{{"cache-1", withStatus(Status::HostDown)},
                         {"api-2", withStatus(Status::HostDown)},
                         {"api-3", withStatus(Status::HostDown)}}
        << QStringList{"api-2", "api-3", "cache-1"} << QStringList{"beta"} << "api-3"
        << "host down";
    QTest::newRow("unknown names are ignored")
        << Grouping::ByService << none
        << StateSnapshot{{"nope", running(1)}, {"api-3", withStatus(Status::Down)}}
        << QStringList{"api-3"} << QStringList{} << "api-3"
        << "down";
    QTest::newRow("two services start")
        << Grouping::ByService << none
        << StateSnapshot{{"db-1", running(7200)}, {"api-1", running(3900)}}
        << QStringList{"api-1", "db-1"} << QStringList{"api", "db"} << "api-1"
        << "running for 1h 5m";
}

void tst_EnvironmentTreeModel::snapshot()
{
    QFETCH(Grouping, grouping);
    QFETCH(StateSnapshot, first);
    QFETCH(StateSnapshot, second);
    QFETCH(QStringList, changedInstances);
    QFETCH(QStringList, changedGroups);
    QFETCH(QString, probe);
    QFETCH(QString, probeState);

    EnvironmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(kNow);
    model.setGrouping(grouping);
    model.setEnvironment(Maestro::Tests::loadTestEnvironment());
    model.applySnapshot(first);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.applySnapshot(second);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);

    QStringList instances;
    QStringList groups;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        QCOMPARE(topLeft.parent(), bottomRight.parent());
        if (topLeft.parent().isValid()) {
            QCOMPARE(topLeft.column(), int(EnvironmentTreeModel::ContainerColumn));
            QCOMPARE(bottomRight.column(), int(EnvironmentTreeModel::CheckColumn));
            // Ranges of adjacent changed rows; every row in one really changed (the
            // comparison below fails on an unchanged row).
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                instances << model.index(row, 0, topLeft.parent())
                                 .data(EnvironmentTreeModel::InstanceNameRole)
                                 .toString();
        } else {
            QCOMPARE(topLeft.row(), bottomRight.row());
            QCOMPARE(topLeft.column(), int(EnvironmentTreeModel::StateColumn));
            groups << model.index(topLeft.row(), 0).data().toString();
        }
    }
    instances.sort();
    groups.sort();
    QCOMPARE(instances, changedInstances);
    QCOMPARE(groups, changedGroups);

    const QModelIndex index = model.indexForInstance(probe, EnvironmentTreeModel::StateColumn);
    QCOMPARE(index.data().toString(), probeState);
    QCOMPARE(model.state(probe), second.contains(probe) ? second.value(probe) : first.value(probe));
    QCOMPARE(Status(index.data(EnvironmentTreeModel::StatusRole).toInt()),
             model.state(probe).status);

    // Group summaries count what runs below them.
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        int runningBelow = 0;
        for (int r = 0; r < model.rowCount(group); ++r)
            runningBelow
                += model.index(r, 0, group).data(EnvironmentTreeModel::RunningCountRole).toInt();
        QCOMPARE(group.data(EnvironmentTreeModel::RunningCountRole).toInt(), runningBelow);
    }
}

void tst_EnvironmentTreeModel::shipDownIsOneRange()
{
    EnvironmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEnvironment(Maestro::Tests::loadTestEnvironment());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const InstanceState down = withStatus(Status::HostDown);
    // beta runs cache-1, api-2 and api-3: rows 0-2 of its group.
    model.applySnapshot({{QStringLiteral("cache-1"), down},
                         {QStringLiteral("api-3"), down},
                         {QStringLiteral("api-2"), down}});
    QCOMPARE(changed.size(), 1);
    const QModelIndex beta = model.indexForGroup(QStringLiteral("beta"));
    QCOMPARE(changed.first().at(0).toModelIndex(),
             model.index(0, EnvironmentTreeModel::ContainerColumn, beta));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(2, EnvironmentTreeModel::CheckColumn, beta));
    // Not adjacent: two ranges.
    changed.clear();
    model.applySnapshot(
        {{QStringLiteral("cache-1"), running(5)}, {QStringLiteral("api-3"), running(5)}});
    QCOMPARE(changed.size(), 3); // rows 0 and 2, and the group's running count
}

void tst_EnvironmentTreeModel::reloadKeepsStatesByName()
{
    EnvironmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(kNow);
    model.setEnvironment(Maestro::Tests::loadTestEnvironment());
    model.applySnapshot({{"api-2", running(120)}, {"db-1", withStatus(Status::Down)}});
    QString text = QString::fromUtf8(Maestro::Tests::kTestEnvironment);
    text.replace(QStringLiteral("      db-1:"), QStringLiteral("      db-9:"));
    model.setEnvironment(Maestro::Tests::loadTestEnvironment(text));
    QCOMPARE(model.state(QStringLiteral("api-2")).status, Status::Running);
    QCOMPARE(model.state(QStringLiteral("db-9")).status, Status::Unknown);
    QVERIFY(!model.indexForInstance(QStringLiteral("db-1")).isValid());
    QCOMPARE(model.indexForGroup(QStringLiteral("beta"), EnvironmentTreeModel::StateColumn)
                 .data()
                 .toString(),
             QStringLiteral("1 of 3 running"));
    model.clearStates();
    QCOMPARE(model.state(QStringLiteral("api-2")).status, Status::Unknown);
    QCOMPARE(model.indexForGroup(QStringLiteral("beta"))
                 .data(EnvironmentTreeModel::RunningCountRole)
                 .toInt(),
             0);
}

void tst_EnvironmentTreeModel::replacingWithTheSameMeaningKeepsTheRows()
{
    EnvironmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(kNow);
    model.setEnvironment(Maestro::Tests::loadTestEnvironment());
    model.applySnapshot({{"api-2", running(120)}});
    const QModelIndex api2 = model.indexForInstance(QStringLiteral("api-2"));
    QVERIFY(model.data(api2, Qt::ToolTipRole).toString().endsWith(QStringLiteral(":27:7")));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy replaced(&model, &EnvironmentTreeModel::environmentReplaced);
    // A comment line typed above: the same meaning, every position one line further down.
    const auto moved = Maestro::Tests::loadTestEnvironment(
        QStringLiteral("# a comment\n") + QString::fromUtf8(Maestro::Tests::kTestEnvironment));
    model.replaceEnvironment(moved);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(model.environment(), moved);
    QCOMPARE(model.indexForInstance(QStringLiteral("api-2")), api2);
    QCOMPARE(model.state(QStringLiteral("api-2")).status, Status::Running);
    QVERIFY(model.data(api2, Qt::ToolTipRole).toString().endsWith(QStringLiteral(":28:7")));
    // Other instances are a change: a reset, as setEnvironment() does.
    QString text = QString::fromUtf8(Maestro::Tests::kTestEnvironment);
    text.replace(QStringLiteral("      db-1:"), QStringLiteral("      db-9:"));
    model.replaceEnvironment(Maestro::Tests::loadTestEnvironment(text));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(replaced.count(), 1);
    QVERIFY(model.indexForInstance(QStringLiteral("db-9")).isValid());
}

void tst_EnvironmentTreeModel::statusText_data()
{
    QTest::addColumn<InstanceState>("state");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("container");

    InstanceState checking = running(5);
    checking.check = InstanceState::Check::Checking;
    checking.checkDetail = QStringLiteral("http:admin attempt 3/20");
    InstanceState failed = withStatus(Status::Exited, 137);
    failed.check = InstanceState::Check::Failed;
    failed.checkDetail = QStringLiteral("connection refused");

    QTest::newRow("unknown") << InstanceState{} << "unknown"
                             << "unknown"
                             << "";
    QTest::newRow("seconds") << checking << "running for 5s"
                             << "checking: http:admin attempt 3/20"
                             << "example/api:2 · 3f2a9c1b0d4e";
    QTest::newRow("days") << running(3 * 86400 + 5) << "running for 3d"
                          << "passed"
                          << "example/api:2 · 3f2a9c1b0d4e";
    QTest::newRow("whole hours") << running(7200) << "running for 2h"
                                 << "passed"
                                 << "example/api:2 · 3f2a9c1b0d4e";
    QTest::newRow("exited") << failed << "exited (137)"
                            << "failed: connection refused"
                            << "";
    QTest::newRow("host down") << withStatus(Status::HostDown) << "host down"
                               << "unknown"
                               << "";
    InstanceState unhealthy = running(5);
    unhealthy.check = InstanceState::Check::Failed;
    unhealthy.checkDetail = QStringLiteral("http:admin: never matched");
    QTest::newRow("running, check failed") << unhealthy << "running for 5s, check failed"
                                           << "failed: http:admin: never matched"
                                           << "example/api:2 · 3f2a9c1b0d4e";
}

void tst_EnvironmentTreeModel::statusText()
{
    QFETCH(InstanceState, state);
    QFETCH(QString, status);
    QFETCH(QString, check);
    QFETCH(QString, container);
    QCOMPARE(state.statusText(kNow), status);
    QCOMPARE(state.checkText(), check);
    QCOMPARE(state.containerText(), container);
}

void tst_EnvironmentTreeModel::emptyModel()
{
    EnvironmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.applySnapshot({{"x", running(1)}});
    model.setEnvironment(Maestro::Tests::loadTestEnvironment());
    QCOMPARE(model.rowCount(), 2);
    model.setEnvironment(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexForInstance(QStringLiteral("api-1")).isValid());
}

void tst_EnvironmentTreeModel::agesMove()
{
    EnvironmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(kNow);
    model.setEnvironment(Maestro::Tests::loadTestEnvironment());
    model.applySnapshot({{"api-2", running(2)},
                         {"api-3", running(40)},
                         {"cache-1", withStatus(Status::Exited, 1)},
                         {"db-1", withStatus(Status::Down)}});
    const QModelIndex api2
        = model.indexForInstance(QStringLiteral("api-2"), EnvironmentTreeModel::StateColumn);
    QCOMPARE(api2.data().toString(), QStringLiteral("running for 2s"));

    // Time passes: the ages move, and only the cells that show an age are signalled (one
    // range for the adjacent api-2 and api-3), not every row of 2,000.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(kNow.addSecs(65));
    QCOMPARE(api2.data().toString(), QStringLiteral("running for 1m"));
    QCOMPARE(model.indexForInstance(QStringLiteral("api-3"), EnvironmentTreeModel::StateColumn)
                 .data()
                 .toString(),
             QStringLiteral("running for 1m"));
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.column(), int(EnvironmentTreeModel::StateColumn));
    QCOMPARE(bottomRight.column(), int(EnvironmentTreeModel::StateColumn));
    QCOMPARE(topLeft.data(EnvironmentTreeModel::InstanceNameRole).toString(),
             QStringLiteral("api-2"));
    QCOMPARE(bottomRight.data(EnvironmentTreeModel::InstanceNameRole).toString(),
             QStringLiteral("api-3"));

    // Nothing runs: a tick signals nothing.
    model.clearStates();
    changed.clear();
    model.refreshAges();
    QCOMPARE(changed.size(), 0);
}

QTEST_GUILESS_MAIN(tst_EnvironmentTreeModel)
#include "tst_environmenttreemodel.moc"
