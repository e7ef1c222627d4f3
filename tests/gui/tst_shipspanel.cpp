// SPDX-License-Identifier: GPL-3.0-or-later
// The ships panel without daemons: ships nobody listens for fail at Connect, step by step;
// the host key question. Live ships and a real SSH server: tst_panelsdaemon, tst_shipsssh.
#include "gui/ships/connectiontestdialog.h"
#include "gui/ships/hostkeydialog.h"
#include "gui/ships/shipspanel.h"
#include "models/shipsmodel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Maestro;
using Gui::ConnectionTestDialog;
using Gui::HostKeyDialog;
using Gui::ShipsPanel;
using Models::ShipsModel;

namespace {
// A TCP port nobody listens on (taken and released again).
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    return server.serverPort();
}

Docker::ConnectionSettings tcpShip(const QString &name, int port)
{
    Docker::ConnectionSettings s;
    s.shipName = name;
    s.endpoint = QStringLiteral("127.0.0.1");
    s.dockerPort = port;
    s.timeoutSeconds = 5;
    return s;
}

QStringList stepRows(const QTreeWidget *view)
{
    QStringList rows;
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        rows << view->topLevelItem(i)->text(0) + QLatin1Char('=') + view->topLevelItem(i)->text(1);
    return rows;
}
} // namespace

class tst_ShipsPanel : public QObject
{
    Q_OBJECT

private slots:
    void deadTcpShipFailsAtConnect();
    void missingSocketFailsAtConnect();
    void testAllUpdatesStates();
    void enterOpensTheTest();
    void hostKeyDialog_data();
    void hostKeyDialog();
};

void tst_ShipsPanel::deadTcpShipFailsAtConnect()
{
    const int port = closedPort();
    QVERIFY(port > 0);
    ShipsPanel panel;
    panel.setShips({tcpShip(QStringLiteral("dead"), port)});
    QSignalSpy tested(&panel, &ShipsPanel::shipTested);
    ConnectionTestDialog *dialog = panel.testConnection(QStringLiteral("dead"));
    QVERIFY(dialog);
    QCOMPARE(panel.model()->state(0), ShipsModel::State::Checking);
    QVERIFY(tested.wait(15000));
    QCOMPARE(stepRows(dialog->stepsView()),
             (QStringList{"Resolve=passed", "Connect=failed", "API version=skipped"}));
    QVERIFY2(dialog->summaryLabel()->text().startsWith(QStringLiteral("Connect failed: ")),
             qPrintable(dialog->summaryLabel()->text()));
    QVERIFY(dialog->retryButton()->isEnabled());
    QCOMPARE(panel.model()->state(0), ShipsModel::State::Unreachable);
    QVERIFY(!dialog->hostKeyDialog());

    // Test again: same result, the steps are not doubled.
    dialog->retryButton()->click();
    QVERIFY(tested.wait(15000));
    QCOMPARE(dialog->stepsView()->topLevelItemCount(), 3);
    QCOMPARE(panel.testConnection(QStringLiteral("nope")), nullptr);
}

void tst_ShipsPanel::missingSocketFailsAtConnect()
{
    QTemporaryDir dir;
    Docker::ConnectionSettings s;
    s.shipName = QStringLiteral("local");
    s.socketPath = dir.filePath(QStringLiteral("docker.sock"));
    ShipsPanel panel;
    panel.setShips({s});
    QSignalSpy tested(&panel, &ShipsPanel::shipTested);
    ConnectionTestDialog *dialog = panel.testConnection(QStringLiteral("local"));
    QVERIFY(tested.wait(15000));
    QCOMPARE(stepRows(dialog->stepsView()), (QStringList{"Connect=failed", "API version=skipped"}));
    QVERIFY2(dialog->summaryLabel()->text().contains(s.socketPath)
                 || dialog->stepsView()->topLevelItem(0)->text(3).contains(s.socketPath),
             qPrintable(dialog->stepsView()->topLevelItem(0)->text(3)));
}

void tst_ShipsPanel::testAllUpdatesStates()
{
    ShipsPanel panel;
    panel.setShips({tcpShip(QStringLiteral("one"), closedPort()),
                    tcpShip(QStringLiteral("two"), closedPort())});
    QSignalSpy tested(&panel, &ShipsPanel::shipTested);
    panel.testAllAction()->trigger();
    QVERIFY(panel.isTesting());
    QVERIFY(!panel.testAllAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 15000);
    QVERIFY(!panel.isTesting());
    QCOMPARE(panel.model()->state(0), ShipsModel::State::Unreachable);
    QCOMPARE(panel.model()->state(1), ShipsModel::State::Unreachable);
    QVERIFY(panel.testAllAction()->isEnabled());
}

void tst_ShipsPanel::enterOpensTheTest()
{
    ShipsPanel panel;
    panel.setShips({tcpShip(QStringLiteral("one"), closedPort()),
                    tcpShip(QStringLiteral("two"), closedPort())});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.selectShip(QStringLiteral("two"));
    QCOMPARE(panel.currentShip(), QStringLiteral("two"));
    QVERIFY(panel.testAction()->isEnabled());
    QSignalSpy tested(&panel, &ShipsPanel::shipTested);
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.at(0).at(0).toString(), QStringLiteral("two"));
    auto *dialog = panel.findChild<ConnectionTestDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->settings().shipName, QStringLiteral("two"));
}

void tst_ShipsPanel::hostKeyDialog_data()
{
    QTest::addColumn<bool>("changed");
    QTest::newRow("unknown") << false;
    QTest::newRow("changed") << true;
}

void tst_ShipsPanel::hostKeyDialog()
{
    QFETCH(bool, changed);
    Docker::HostKeyProblem problem;
    problem.host = QStringLiteral("ship.example");
    problem.port = 2222;
    problem.keyType = QStringLiteral("ssh-ed25519");
    problem.fingerprintSha256
        = QStringLiteral("SHA256:Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo");
    problem.changed = changed;
    HostKeyDialog dialog(problem);
    QCOMPARE(dialog.fingerprintLabel()->text(), problem.fingerprintSha256);
    QVERIFY(!dialog.fingerprintLabel()->accessibleName().isEmpty());
    // A changed key is never accepted by a reflexive Enter.
    QCOMPARE(dialog.trustButton()->isDefault(), !changed);
    QCOMPARE(dialog.cancelButton()->isDefault(), changed);
    bool namesHost = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        namesHost = namesHost || label->text().contains(QStringLiteral("[ship.example]:2222"));
    QVERIFY(namesHost);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.cancelButton()->isDefault(), changed); // also once shown
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), changed ? int(QDialog::Rejected) : int(QDialog::Accepted));
    dialog.open();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.trustButton()->click();
    QCOMPARE(accepted.count(), 1);
}

QTEST_MAIN(tst_ShipsPanel)
#include "tst_shipspanel.moc"
