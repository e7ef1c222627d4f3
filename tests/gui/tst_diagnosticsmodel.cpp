// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/diagnosticsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Maestro::Core::Diagnostic;
using Maestro::Core::Diagnostics;
using Maestro::Models::DiagnosticsModel;

namespace {
Diagnostic make(const QString &message, int line, bool error = true)
{
    Diagnostic d;
    d.severity = error ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
    d.message = message;
    d.location = {QStringLiteral("/tmp/env/maestro.yaml"), line, 3};
    d.path = QStringLiteral("services.web");
    return d;
}
} // namespace

class tst_DiagnosticsModel : public QObject
{
    Q_OBJECT

private slots:
    void update_data();
    void update();
    void data();
};

void tst_DiagnosticsModel::update_data()
{
    QTest::addColumn<Diagnostics>("before");
    QTest::addColumn<Diagnostics>("after");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changedRows");

    const Diagnostics ab{make("a", 1), make("b", 2)};
    QTest::newRow("from nothing") << Diagnostics{} << ab << 2 << 0 << 0;
    QTest::newRow("to nothing") << ab << Diagnostics{} << 0 << 2 << 0;
    QTest::newRow("same again") << ab << ab << 0 << 0 << 0;
    QTest::newRow("one changed") << ab << Diagnostics{make("a", 1), make("c", 9)} << 0 << 0 << 1;
    QTest::newRow("grew") << ab << Diagnostics{make("a", 1), make("b", 2), make("w", 4, false)} << 1
                          << 0 << 0;
    QTest::newRow("shrank and changed") << ab << Diagnostics{make("z", 7)} << 0 << 1 << 1;
}

void tst_DiagnosticsModel::update()
{
    QFETCH(Diagnostics, before);
    QFETCH(Diagnostics, after);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, changedRows);

    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiagnostics(before);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDiagnostics(after);

    int insertedRows = 0;
    for (const auto &args : std::as_const(inserts))
        insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    int removedRows = 0;
    for (const auto &args : std::as_const(removes))
        removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    int changed = 0;
    for (const auto &args : std::as_const(changes))
        changed += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
    QCOMPARE(insertedRows, inserted);
    QCOMPARE(removedRows, removed);
    QCOMPARE(changed, changedRows);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), after.size());
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(model.index(i, DiagnosticsModel::MessageColumn).data().toString(),
                 after.at(i).message);
}

void tst_DiagnosticsModel::data()
{
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiagnostics({make("unknown key", 12), make("unused", 3, false)});
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.index(0, DiagnosticsModel::SeverityColumn).data().toString(),
             QStringLiteral("error"));
    QCOMPARE(model.index(1, DiagnosticsModel::SeverityColumn).data().toString(),
             QStringLiteral("warning"));
    QCOMPARE(model.index(0, DiagnosticsModel::LocationColumn).data().toString(),
             QStringLiteral("maestro.yaml:12:3"));
    QCOMPARE(model.index(0, 0).data(DiagnosticsModel::LineRole).toInt(), 12);
    QCOMPARE(model.index(0, 0).data(DiagnosticsModel::ColumnRole).toInt(), 3);
    QCOMPARE(model.index(0, 0).data(DiagnosticsModel::FileRole).toString(),
             QStringLiteral("/tmp/env/maestro.yaml"));
    QCOMPARE(model.index(1, 0).data(DiagnosticsModel::IsErrorRole).toBool(), false);
    QCOMPARE(model.index(0, 0).data(DiagnosticsModel::PathRole).toString(),
             QStringLiteral("services.web"));
}

QTEST_GUILESS_MAIN(tst_DiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
