// SPDX-License-Identifier: GPL-3.0-or-later
// MAESTRO_ASSERT: a broken assumption is logged with its place and the action runs; a
// holding one does neither.
#include "core/softassert.h"

#include <QtTest>

class TestSoftAssert : public QObject
{
    Q_OBJECT

private slots:
    void holdingConditionRunsNoAction()
    {
        int actions = 0;
        MAESTRO_ASSERT(1 + 1 == 2, ++actions);
        QCOMPARE(actions, 0);
    }

    void brokenConditionLogsAndRunsTheAction()
    {
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                        const QString &message) { logged.append(message); });
        int actions = 0;
        const int line = __LINE__ + 1;
        MAESTRO_ASSERT(actions < 0, ++actions);
        qInstallMessageHandler(previous);
        QCOMPARE(actions, 1);
        QCOMPARE(logged.size(), 1);
        const QString expected
            = QStringLiteral(R"(^SOFT ASSERT: "actions < 0" in .*tst_softassert\.cpp:%1$)")
                  .arg(line);
        QVERIFY2(QRegularExpression(expected).match(logged.first()).hasMatch(),
                 qPrintable(logged.first()));
    }

    void actionCanLeaveTheFunction()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^SOFT ASSERT: ")));
        const auto guarded = [](int index) {
            MAESTRO_ASSERT(index >= 0, return -1);
            return index * 2;
        };
        QCOMPARE(guarded(3), 6);
        QCOMPARE(guarded(-3), -1);
    }
};

QTEST_GUILESS_MAIN(TestSoftAssert)
#include "tst_softassert.moc"
