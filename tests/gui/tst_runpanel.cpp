// SPDX-License-Identifier: GPL-3.0-or-later
// The run panel's outcome line stays one line whatever it is told (offscreen): a multi-line
// error (a command's usage text) is elided to its first line, the whole text is in the
// tooltip and behind Details; the window's status bar gets the first line only.
#include "gui/mainwindow.h"
#include "gui/run/runactions.h"
#include "gui/run/runcontroller.h"
#include "gui/run/runpanel.h"
#include "gui/widgets/elidedlabel.h"

#include "orchestration/ships/shipconnections.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace Maestro;

namespace {
const QString kUsage = QStringLiteral("Usage: httpd [-ifv] [-c CONFFILE] [-p [IP:]PORT]\n"
                                      "\n"
                                      "Listen for incoming HTTP requests\n"
                                      "\n"
                                      "\t-i\t\tInetd mode\n"
                                      "\t-f\t\tDon't daemonize\n"
                                      "\t-v[v]\t\tVerbose\n"
                                      "\t-p [IP:]PORT\tBind to IP:PORT (default *:80)\n");
} // namespace

class tst_RunPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void multiLineOutcomeStaysOneLine();
    void shortOutcomeHasNoDetails();
    void statusBarGetsOneLine();
};

void tst_RunPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RunPanel::multiLineOutcomeStaysOneLine()
{
    Gui::RunPanel panel;
    panel.resize(500, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setRunning(false, QStringLiteral("Finished: 2 done"));
    const int oneLine = panel.statusLabel()->height();
    const int stepsHeight = panel.stepsView()->height();

    const QString outcome = QStringLiteral("Failed: ") + kUsage;
    panel.setRunning(false, outcome);
    QCOMPARE(panel.statusText(), outcome);
    // One line, shortened, whole in the tooltip; the layout did not grow or squeeze.
    QVERIFY2(!panel.statusLabel()->text().contains(QLatin1Char('\n')),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Failed: Usage: httpd")));
    QVERIFY(panel.statusLabel()->isShortened());
    QCOMPARE(panel.statusLabel()->toolTip(), outcome);
    QTRY_COMPARE(panel.statusLabel()->height(), oneLine);
    QCOMPARE(panel.stepsView()->height(), stepsHeight);

    // Details shows all of it.
    QVERIFY(panel.detailsButton()->isVisible());
    QTest::mouseClick(panel.detailsButton(), Qt::LeftButton);
    auto *details = panel.findChild<QMessageBox *>(QStringLiteral("runDetailsDialog"));
    QVERIFY(details);
    QTRY_VERIFY(details->isVisible());
    QCOMPARE(details->detailedText(), outcome);
    details->close();
}

void tst_RunPanel::shortOutcomeHasNoDetails()
{
    Gui::RunPanel panel;
    panel.resize(500, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setRunning(false, QStringLiteral("Finished: 2 done"));
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Finished: 2 done"));
    QVERIFY(!panel.statusLabel()->isShortened());
    QVERIFY(!panel.detailsButton()->isVisible());
}

void tst_RunPanel::statusBarGetsOneLine()
{
    QThreadPool pool;
    Orchestration::ShipConnections connections;
    Gui::MainWindow window(&pool, connections);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    emit window.runActions()->runController()->problem(kUsage);
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Usage: httpd [-ifv] [-c CONFFILE] [-p [IP:]PORT]…"));
    QCOMPARE(window.findChild<Gui::RunPanel *>()->statusText(), kUsage);
}

QTEST_MAIN(tst_RunPanel)
#include "tst_runpanel.moc"
