// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logbuffermodel.h"
#include "models/logfilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Maestro::Docker::OutputStream;
using Maestro::Models::LogBufferModel;
using Maestro::Models::LogFilterProxyModel;
using Maestro::Models::LogLine;

namespace {
// Lines "line <first>" … "line <first + count - 1>"; every third one on stderr.
QList<LogLine> lines(int first, int count)
{
    QList<LogLine> out;
    for (int i = first; i < first + count; ++i) {
        out.append({i % 3 == 2 ? OutputStream::Stderr : OutputStream::Stdout,
                    {},
                    QStringLiteral("line %1").arg(i)});
    }
    return out;
}

QStringList texts(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(LogBufferModel::TextRole).toString());
    return out;
}

QStringList expectedTexts(int first, int count)
{
    QStringList out;
    for (int i = first; i < first + count; ++i)
        out.append(QStringLiteral("line %1").arg(i));
    return out;
}
} // namespace

class tst_LogBufferModel : public QObject
{
    Q_OBJECT

private slots:
    void eviction_data();
    void eviction();
    void rowSignals();
    void shrinkCapacity();
    void roles();
    void filter_data();
    void filter();
    void filterFollowsAppendsAndEvictions();
};

void tst_LogBufferModel::eviction_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<int>>("batches"); // lines per append
    QTest::addColumn<int>("firstKept");      // the oldest line still shown

    QTest::newRow("below capacity") << 10 << QList<int>{3, 4} << 0;
    QTest::newRow("exactly full") << 10 << QList<int>{4, 6} << 0;
    QTest::newRow("one past") << 10 << QList<int>{10, 1} << 1;
    QTest::newRow("one past in one batch") << 10 << QList<int>{11} << 1;
    QTest::newRow("batch of exactly capacity when full") << 10 << QList<int>{10, 10} << 10;
    QTest::newRow("batch larger than capacity") << 10 << QList<int>{5, 25} << 20;
    QTest::newRow("wraps several times") << 7 << QList<int>{3, 3, 3, 3, 3, 3, 3} << 14;
    QTest::newRow("capacity one") << 1 << QList<int>{1, 1, 2} << 3;
    QTest::newRow("single lines across the boundary") << 3 << QList<int>{1, 1, 1, 1, 1} << 2;
}

void tst_LogBufferModel::eviction()
{
    QFETCH(int, capacity);
    QFETCH(QList<int>, batches);
    QFETCH(int, firstKept);

    LogBufferModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(capacity);
    int next = 0;
    for (int count : batches) {
        model.append(lines(next, count));
        next += count;
        QVERIFY(model.rowCount() <= capacity);
    }
    QCOMPARE(texts(model), expectedTexts(firstKept, next - firstKept));
    QCOMPARE(model.evictedCount(), qint64(firstKept));
    QCOMPARE(model.appendedCount(), qint64(next));
    QCOMPARE(model.index(0, 0).data(LogBufferModel::SequenceRole).toLongLong(), qint64(firstKept));
    QCOMPARE(model.index(model.rowCount() - 1, 0).data(LogBufferModel::SequenceRole).toLongLong(),
             qint64(next - 1));
}

// Eviction is announced as removal at the top, then insertion at the bottom: a view that
// scrolled up to read keeps its lines.
void tst_LogBufferModel::rowSignals()
{
    LogBufferModel model;
    model.setCapacity(5);
    model.append(lines(0, 4));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.append(lines(4, 3));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);

    removed.clear();
    inserted.clear();
    model.append(lines(7, 2));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(texts(model), expectedTexts(4, 5));

    model.append({});
    QCOMPARE(inserted.count(), 1);
}

void tst_LogBufferModel::shrinkCapacity()
{
    LogBufferModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(6);
    model.append(lines(0, 9)); // wrapped: rows are 3..8
    model.setCapacity(4);
    QCOMPARE(texts(model), expectedTexts(5, 4));
    model.append(lines(9, 1));
    QCOMPARE(texts(model), expectedTexts(6, 4));
    model.setCapacity(0); // at least one line
    QCOMPARE(texts(model), expectedTexts(9, 1));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.evictedCount(), 0);
}

void tst_LogBufferModel::roles()
{
    LogBufferModel model;
    const QDateTime stamp(QDate(2026, 11, 24), QTime(17, 51, 43, 123), Qt::UTC);
    model.append({{OutputStream::Stdout, {}, QStringLiteral("plain")},
                  {OutputStream::Stderr, stamp, QStringLiteral("failed")}});
    const QModelIndex out = model.index(0, 0);
    const QModelIndex err = model.index(1, 0);
    QCOMPARE(out.data().toString(), QStringLiteral("plain"));
    QCOMPARE(out.data(LogBufferModel::StreamRole).toInt(), int(OutputStream::Stdout));
    QVERIFY(!out.data(Qt::ForegroundRole).isValid());
    QCOMPARE(err.data(LogBufferModel::StreamRole).toInt(), int(OutputStream::Stderr));
    QVERIFY(err.data(Qt::ForegroundRole).isValid());
    QCOMPARE(err.data(LogBufferModel::TimestampRole).toDateTime(), stamp);
    QCOMPARE(err.data(LogBufferModel::TextRole).toString(), QStringLiteral("failed"));
    QVERIFY(err.data().toString().endsWith(QStringLiteral("  failed")));
    QVERIFY(err.data().toString().contains(
        stamp.toLocalTime().toString(QStringLiteral("hh:mm:ss.zzz"))));
    QCOMPARE(err.data(Qt::AccessibleTextRole).toString(), QStringLiteral("stderr: failed"));
}

void tst_LogBufferModel::filter_data()
{
    QTest::addColumn<int>("streams");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    // Lines 0..9; stderr are 2, 5, 8.
    QTest::newRow("everything") << int(LogFilterProxyModel::Streams::Both) << QString()
                                << expectedTexts(0, 10);
    QTest::newRow("stderr only") << int(LogFilterProxyModel::Streams::StderrOnly) << QString()
                                 << QStringList{"line 2", "line 5", "line 8"};
    QTest::newRow("stdout only") << int(LogFilterProxyModel::Streams::StdoutOnly) << QString()
                                 << QStringList{"line 0", "line 1", "line 3", "line 4",
                                                "line 6", "line 7", "line 9"};
    QTest::newRow("search") << int(LogFilterProxyModel::Streams::Both) << QStringLiteral("line 7")
                            << QStringList{"line 7"};
    QTest::newRow("search is case-insensitive")
        << int(LogFilterProxyModel::Streams::Both) << QStringLiteral("LINE 1")
        << QStringList{"line 1"};
    QTest::newRow("search is plain text, not a pattern")
        << int(LogFilterProxyModel::Streams::Both) << QStringLiteral("line .") << QStringList{};
    QTest::newRow("search and stream")
        << int(LogFilterProxyModel::Streams::StdoutOnly) << QStringLiteral("ne 5") << QStringList{};
}

void tst_LogBufferModel::filter()
{
    QFETCH(int, streams);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    LogBufferModel model;
    model.append(lines(0, 10));
    LogFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setStreams(LogFilterProxyModel::Streams(streams));
    proxy.setSearchText(search);
    QCOMPARE(texts(proxy), expected);
    proxy.setSearchText({});
    proxy.setStreams(LogFilterProxyModel::Streams::Both);
    QCOMPARE(texts(proxy), expectedTexts(0, 10));
}

void tst_LogBufferModel::filterFollowsAppendsAndEvictions()
{
    LogBufferModel model;
    model.setCapacity(6);
    LogFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setStreams(LogFilterProxyModel::Streams::StderrOnly);
    model.append(lines(0, 6));
    QCOMPARE(texts(proxy), (QStringList{"line 2", "line 5"}));
    model.append(lines(6, 3)); // evicts 0..2
    QCOMPARE(texts(proxy), (QStringList{"line 5", "line 8"}));
    model.append(lines(9, 6)); // evicts everything older than 9
    QCOMPARE(texts(proxy), (QStringList{"line 11", "line 14"}));
}

QTEST_GUILESS_MAIN(tst_LogBufferModel)
#include "tst_logbuffermodel.moc"
