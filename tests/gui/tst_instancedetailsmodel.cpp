// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenvironment.h"

#include "core/model/containerenvironment.h"
#include "models/instancedetailsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using Maestro::Models::InstanceDetailsModel;
using Section = InstanceDetailsModel::Section;

namespace {
// name -> value rows of one section.
QList<QPair<QString, QString>> rows(const InstanceDetailsModel &model, Section section)
{
    QList<QPair<QString, QString>> out;
    const QModelIndex parent = model.sectionIndex(section);
    for (int r = 0; r < model.rowCount(parent); ++r)
        out.append({model.index(r, 0, parent).data().toString(),
                    model.index(r, 1, parent).data().toString()});
    return out;
}

QString value(const InstanceDetailsModel &model, Section section, const QString &name)
{
    for (const auto &row : rows(model, section)) {
        if (row.first == name)
            return row.second;
    }
    return QStringLiteral("<absent>");
}
} // namespace

class tst_InstanceDetailsModel : public QObject
{
    Q_OBJECT

private slots:
    void details_data();
    void details();
    void environmentMatchesContainer();
    void missingInstance();
    void runtime_data();
    void runtime();
    void runtimeStates();
    void runtimeUpdatesInPlace();
    void replacingWithTheSameMeaningMovesDeclaredAt();
};

void tst_InstanceDetailsModel::details_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");

    QTest::newRow("image") << "api-1" << int(Section::General) << "Image"
                           << "example/api:2";
    QTest::newRow("ship") << "api-2" << int(Section::General) << "Ship"
                          << "beta (10.0.0.2)";
    QTest::newRow("port") << "db-1" << int(Section::Ports) << "pg"
                          << "0.0.0.0:5432/tcp → 5432/tcp";
    QTest::newRow("volume") << "db-1" << int(Section::Volumes) << "/var/lib/postgresql"
                            << "/srv/db:/var/lib/postgresql:rw";
    QTest::newRow("check") << "api-1" << int(Section::Checks) << "running"
                           << "tcp:http";
    QTest::newRow("service env") << "api-3" << int(Section::Environment) << "MODE"
                                 << "production";
    QTest::newRow("link variable") << "api-1" << int(Section::Environment) << "DB_DB_1_HOST"
                                   << "10.0.0.1";
    QTest::newRow("wants_info variable")
        << "api-2" << int(Section::Environment) << "CACHE_CACHE_1_REDIS_PORT"
        << "6379";
    QTest::newRow("no check") << "api-2" << int(Section::Checks) << "running"
                              << "<absent>";
}

void tst_InstanceDetailsModel::details()
{
    QFETCH(QString, instance);
    QFETCH(int, section);
    QFETCH(QString, name);
    QFETCH(QString, value);
    InstanceDetailsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInstance(Maestro::Tests::loadTestEnvironment(), instance);
    QCOMPARE(model.instance(), instance);
    QCOMPARE(::value(model, Section(section), name), value);
    QVERIFY(
        model.sectionIndex(Section(section)).data(InstanceDetailsModel::IsSectionRole).toBool());
}

void tst_InstanceDetailsModel::environmentMatchesContainer()
{
    // The panel shows exactly what the container receives, in the same order.
    const auto environment = Maestro::Tests::loadTestEnvironment();
    QVERIFY(environment);
    InstanceDetailsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const auto &instance : environment->instances) {
        model.setInstance(environment, instance.name);
        QList<QPair<QString, QString>> expected;
        for (const auto &var : Maestro::Core::containerEnvironment(*environment, instance))
            expected.append({var.name, var.value.value_or(QString())});
        QCOMPARE(rows(model, Section::Environment), expected);
        QVERIFY(!expected.isEmpty());
    }
}

void tst_InstanceDetailsModel::missingInstance()
{
    InstanceDetailsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInstance(Maestro::Tests::loadTestEnvironment(), QStringLiteral("api-1"));
    QVERIFY(model.rowCount() > 0);
    model.setInstance(Maestro::Tests::loadTestEnvironment(), QStringLiteral("nope"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.instance().isEmpty());
    model.setInstance(nullptr, QStringLiteral("api-1"));
    QCOMPARE(model.rowCount(), 0);
}

namespace {
// The inspection of api-1's container as the daemon would report it, with MODE changed.
Maestro::Orchestration::InstanceRuntime api1Runtime(QList<Maestro::Orchestration::DriftItem> drift)
{
    Maestro::Docker::ContainerDetails container;
    container.id = QStringLiteral("0123456789abcdef0123");
    container.name = QStringLiteral("api-1");
    container.image = QStringLiteral("sha256:fedcba9876543210");
    container.configImage = QStringLiteral("example/api:2");
    container.status = QStringLiteral("running");
    container.running = true;
    container.pid = 4242;
    container.raw = QJsonObject{
        {QStringLiteral("Config"),
         QJsonObject{{QStringLiteral("Env"),
                      QJsonArray{QStringLiteral("MODE=staging"), QStringLiteral("PATH=/bin"),
                                 QStringLiteral("DB_DB_1_HOST=10.0.0.1")}},
                     {QStringLiteral("Hostname"), QStringLiteral("api-1")}}},
        {QStringLiteral("HostConfig"),
         QJsonObject{{QStringLiteral("NetworkMode"), QStringLiteral("default")}}}};
    return {container, drift};
}

QModelIndex row(const InstanceDetailsModel &model, Section section, const QString &name)
{
    const QModelIndex parent = model.sectionIndex(section);
    for (int r = 0; r < model.rowCount(parent); ++r) {
        if (model.index(r, 0, parent).data().toString() == name)
            return model.index(r, 0, parent);
    }
    return {};
}
} // namespace

void tst_InstanceDetailsModel::runtime_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("runtime"); // the container column
    QTest::addColumn<bool>("drift");

    QTest::newRow("env var that differs") << int(Section::Environment) << "MODE"
                                          << "staging" << true;
    QTest::newRow("env var that matches") << int(Section::Environment) << "DB_DB_1_HOST"
                                          << "10.0.0.1" << false;
    QTest::newRow("env var the container lacks") << int(Section::Environment) << "DB_DB_1_PG_PORT"
                                                 << "" << true;
    QTest::newRow("image") << int(Section::General) << "Image"
                           << "example/api:2" << false;
    QTest::newRow("no runtime side") << int(Section::General) << "Service"
                                     << "" << false;
    QTest::newRow("difference listed") << int(Section::Differences) << "env.MODE"
                                       << "staging" << true;
    QTest::newRow("container status") << int(Section::Container) << "Status"
                                      << "running" << false;
    QTest::newRow("container id is short") << int(Section::Container) << "Container ID"
                                           << "0123456789ab" << false;
    QTest::newRow("pid while running") << int(Section::Container) << "Process ID"
                                       << "4242" << false;
}

void tst_InstanceDetailsModel::runtime()
{
    QFETCH(int, section);
    QFETCH(QString, name);
    QFETCH(QString, runtime);
    QFETCH(bool, drift);

    InstanceDetailsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInstance(Maestro::Tests::loadTestEnvironment(), QStringLiteral("api-1"));
    model.setRuntime(api1Runtime(
        {{QStringLiteral("env.MODE"), QStringLiteral("production"), QStringLiteral("staging")},
         {QStringLiteral("env.DB_DB_1_PG_PORT"), QStringLiteral("5432"), QString()},
         {QStringLiteral("ports"), QStringLiteral("8080/tcp->0.0.0.0:8080"), QString()}}));
    QCOMPARE(model.runtimeState(), InstanceDetailsModel::RuntimeState::Inspected);
    const QModelIndex found = row(model, Section(section), name);
    QVERIFY2(found.isValid(), qPrintable(name));
    const QModelIndex runtimeCell = found.siblingAtColumn(InstanceDetailsModel::RuntimeColumn);
    const QString shown = runtimeCell.data().toString();
    QCOMPARE(shown == QLatin1String("(not set)") ? QString() : shown, runtime);
    QCOMPARE(found.data(InstanceDetailsModel::DriftRole).toBool(), drift);
    QCOMPARE(runtimeCell.data(Qt::BackgroundRole).isValid(), drift);
    // A drifting row marks its section; the ports drift marks the whole ports section.
    if (drift)
        QVERIFY(found.parent().data(InstanceDetailsModel::DriftRole).toBool());
    QVERIFY(model.sectionIndex(Section::Ports).data(InstanceDetailsModel::DriftRole).toBool());
    QVERIFY(!model.sectionIndex(Section::Volumes).data(InstanceDetailsModel::DriftRole).toBool());
    QCOMPARE(model.rowCount(model.sectionIndex(Section::Differences)), 3);
}

void tst_InstanceDetailsModel::runtimeStates()
{
    InstanceDetailsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInstance(Maestro::Tests::loadTestEnvironment(), QStringLiteral("api-1"));
    const auto summary = [&model](Section section) {
        return model.sectionIndex(section)
            .siblingAtColumn(InstanceDetailsModel::RuntimeColumn)
            .data()
            .toString();
    };
    QCOMPARE(model.runtimeState(), InstanceDetailsModel::RuntimeState::NotInspected);
    QCOMPARE(model.rowCount(model.sectionIndex(Section::Container)), 0);

    model.setInspecting();
    QVERIFY(summary(Section::Container).startsWith(QStringLiteral("inspecting")));

    model.setRuntime({});
    QCOMPARE(model.runtimeState(), InstanceDetailsModel::RuntimeState::NoContainer);
    QCOMPARE(summary(Section::Container), QStringLiteral("no container on the ship"));
    QCOMPARE(row(model, Section::Environment, QStringLiteral("MODE"))
                 .siblingAtColumn(InstanceDetailsModel::RuntimeColumn)
                 .data()
                 .toString(),
             QString());

    model.setRuntime(api1Runtime({}));
    QCOMPARE(summary(Section::Differences),
             QStringLiteral("none: the container matches the configuration"));
    QCOMPARE(model.driftCount(), 0);
    QVERIFY(model.rowCount(model.sectionIndex(Section::Container)) > 0);

    model.setRuntimeError(QStringLiteral("ship alpha (tcp://10.0.0.1:2375): connection refused"));
    QCOMPARE(model.runtimeState(), InstanceDetailsModel::RuntimeState::Failed);
    QVERIFY(summary(Section::Container).contains(QStringLiteral("connection refused")));
    QCOMPARE(model.rowCount(model.sectionIndex(Section::Container)), 0);

    // Another instance starts uninspected.
    model.setRuntime(
        api1Runtime({{QStringLiteral("image"), QStringLiteral("a"), QStringLiteral("b")}}));
    model.setInstance(Maestro::Tests::loadTestEnvironment(), QStringLiteral("api-2"));
    QCOMPARE(model.runtimeState(), InstanceDetailsModel::RuntimeState::NotInspected);
    QCOMPARE(model.driftCount(), 0);
}

// The container's side arrives without resetting the model: expanded sections and the
// selection in the view survive an inspection.
void tst_InstanceDetailsModel::runtimeUpdatesInPlace()
{
    InstanceDetailsModel model;
    model.setInstance(Maestro::Tests::loadTestEnvironment(), QStringLiteral("api-1"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRuntime(api1Runtime(
        {{QStringLiteral("env.MODE"), QStringLiteral("production"), QStringLiteral("staging")}}));
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() > 0);
    const QModelIndex mode = row(model, Section::Environment, QStringLiteral("MODE"));
    bool modeSignalled = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        modeSignalled
            = modeSignalled
              || (from.parent() == mode.parent() && from.row() <= mode.row()
                  && to.row() >= mode.row() && to.column() == InstanceDetailsModel::RuntimeColumn);
    }
    QVERIFY(modeSignalled);
}

void tst_InstanceDetailsModel::replacingWithTheSameMeaningMovesDeclaredAt()
{
    InstanceDetailsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInstance(Maestro::Tests::loadTestEnvironment(), QStringLiteral("api-2"));
    model.setInspecting();
    QCOMPARE(::value(model, Section::General, QStringLiteral("Declared at")),
             QStringLiteral("test.yaml:27:7"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // A comment line typed above the instance.
    model.replaceEnvironment(Maestro::Tests::loadTestEnvironment(
        QStringLiteral("# a comment\n") + QString::fromUtf8(Maestro::Tests::kTestEnvironment)));
    QCOMPARE(::value(model, Section::General, QStringLiteral("Declared at")),
             QStringLiteral("test.yaml:28:7"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.instance(), QStringLiteral("api-2"));
    QCOMPARE(model.runtimeState(), InstanceDetailsModel::RuntimeState::Inspecting);
}

QTEST_GUILESS_MAIN(tst_InstanceDetailsModel)
#include "tst_instancedetailsmodel.moc"
