// SPDX-License-Identifier: GPL-3.0-or-later
#include "loggenerator.h"

#include "models/logbuffermodel.h"
#include "models/logsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Maestro;
using Models::LogBufferModel;
using Models::LogRequest;
using Models::LogSession;
using Tests::LogGenerator;

class tst_LogSession : public QObject
{
    Q_OBJECT

private slots:
    void linesArriveInBatches();
    void failureIsReadable();
    void stopAndRestart();
    void destructorCancelsAndWaits();
    void floodIsBounded();
};

void tst_LogSession::linesArriveInBatches()
{
    LogGenerator generator;
    generator.lines = 20000;
    LogSession session;
    QAbstractItemModelTester tester(session.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.model()->setCapacity(5000);
    QSignalSpy inserted(session.model(), &QAbstractItemModel::rowsInserted);
    session.setSource(generator.source());
    session.start({100, false, true});
    QCOMPARE(session.state(), LogSession::State::Running);
    QCOMPARE(generator.lastRequest.tail, 100);
    QTRY_COMPARE(session.state(), LogSession::State::Ended);
    QCOMPARE(session.model()->rowCount(), 5000);
    // The newest lines, without a gap; older ones may have been skipped before they
    // became lines (a batch larger than the buffer) or evicted after.
    for (int row = 0; row < 5000; ++row)
        QCOMPARE(session.model()->line(row).text, QStringLiteral("line %1").arg(15000 + row));
    QVERIFY(session.model()->appendedCount() >= 5000);
    QVERIFY(session.model()->appendedCount() <= 20000);
    // One entry per line, but the model hears of them in a few batches.
    QVERIFY2(inserted.count() < 20000 / 10, qPrintable(QString::number(inserted.count())));
}

void tst_LogSession::failureIsReadable()
{
    LogGenerator generator;
    generator.lines = 3;
    generator.error = QStringLiteral("ship orch1: no such container: web-1");
    LogSession session;
    session.setSource(generator.source());
    QSignalSpy states(&session, &LogSession::stateChanged);
    session.start({});
    QTRY_COMPARE(session.state(), LogSession::State::Failed);
    QCOMPARE(session.errorString(), *generator.error);
    QCOMPARE(session.model()->rowCount(), 3); // what came before the failure stays
    QCOMPARE(states.count(), 2);              // Running, Failed
}

void tst_LogSession::stopAndRestart()
{
    LogGenerator generator;
    generator.endless = true;
    LogSession session;
    session.setSource(generator.source());
    session.start({10, true, true});
    QTRY_VERIFY(session.model()->rowCount() > 0);
    session.stop();
    QCOMPARE(session.state(), LogSession::State::Idle);
    QVERIFY(generator.finished.tryAcquire(1, 10000));
    QVERIFY(!generator.running);
    const int rows = session.model()->rowCount();
    // Nothing arrives after stop. The positive control: a second session, started after the
    // stop, shows two batches; a batch of the stopped one would have shown by then.
    LogGenerator witnessSource;
    witnessSource.endless = true;
    LogSession witness;
    witness.setSource(witnessSource.source());
    QSignalSpy witnessBatches(witness.model(), &QAbstractItemModel::rowsInserted);
    witness.start({10, true, true});
    QTRY_VERIFY(witnessBatches.count() >= 2);
    QCOMPARE(session.model()->rowCount(), rows);
    witness.stop();
    QVERIFY(witnessSource.finished.tryAcquire(1, 10000));

    session.start({-1, false, true});
    QCOMPARE(generator.lastRequest.tail, -1);
    QVERIFY(!generator.lastRequest.timestamps);
    QTRY_VERIFY(session.model()->rowCount() > 0);
    QCOMPARE(session.model()->line(0).text, QStringLiteral("line 0")); // cleared on start
    session.setSource({});
    QVERIFY(generator.finished.tryAcquire(1, 10000));
    QCOMPARE(session.model()->rowCount(), 0);
    session.start({});
    QCOMPARE(session.state(), LogSession::State::Idle); // no source, nothing to run
}

void tst_LogSession::destructorCancelsAndWaits()
{
    LogGenerator generator;
    generator.endless = true;
    {
        LogSession session;
        session.setSource(generator.source());
        session.start({});
        QTRY_VERIFY(session.model()->rowCount() > 0);
    }
    QVERIFY(!generator.running);
    QCOMPARE(generator.finished.available(), 1);
}

// A stream far faster than the GUI thread: the queue keeps the newest bytes only.
void tst_LogSession::floodIsBounded()
{
    LogGenerator generator;
    generator.chunkPayload = QByteArray(64 * 1024 - 1, 'z') + '\n';
    generator.lines = int(3 * LogSession::maxQueuedBytes() / generator.chunkPayload.size());
    LogSession session;
    session.setSource(generator.source());
    session.start({});
    // The GUI thread does not run its event loop until the whole flood was written.
    QVERIFY(generator.finished.tryAcquire(1, 30000));
    QTRY_COMPARE(session.state(), LogSession::State::Ended);
    QVERIFY(session.droppedBytes() >= 2 * LogSession::maxQueuedBytes() - 64 * 1024);
    QVERIFY(session.model()->rowCount() > 0);
    qint64 shownBytes = 0;
    for (int row = 0; row < session.model()->rowCount(); ++row)
        shownBytes += session.model()->line(row).text.size();
    QVERIFY(shownBytes <= LogSession::maxQueuedBytes());
}

QTEST_GUILESS_MAIN(tst_LogSession)
#include "tst_logsession.moc"
