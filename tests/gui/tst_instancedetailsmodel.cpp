// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenvironment.h"

#include "core/model/containerenvironment.h"
#include "models/instancedetailsmodel.h"

#include <QAbstractItemModelTester>
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

QTEST_GUILESS_MAIN(tst_InstanceDetailsModel)
#include "tst_instancedetailsmodel.moc"
