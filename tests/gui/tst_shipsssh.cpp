// SPDX-License-Identifier: GPL-3.0-or-later
// The ships panel against ships.sh's sshd and TLS daemon (fixture maestro_ships): an SSH
// host key that known_hosts does not list is shown with its fingerprint, trusted, recorded,
// and the test passes on the retry; a changed key is flagged as such; a TLS ship with the
// wrong CA fails at the handshake.
#include "shipsenv.h"

#include "gui/ships/connectiontestdialog.h"
#include "gui/ships/hostkeydialog.h"
#include "gui/ships/shipspanel.h"
#include "models/shipsmodel.h"

#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro;
using Models::ShipsModel;
using Step = Docker::ConnectionCheckStep;

class tst_ShipsSsh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownHostKeyIsTrustedAndRetried();
    void changedHostKeyIsFlagged();
    void wrongCaIsATlsError();

private:
    ShipsEnv m_ships;
    QTemporaryDir m_dir;
};

void tst_ShipsSsh::initTestCase()
{
    QString error;
    QVERIFY2(m_ships.load(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void tst_ShipsSsh::unknownHostKeyIsTrustedAndRetried()
{
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
    Docker::ConnectionSettings settings = m_ships.settingsFor(QStringLiteral("ssh-unix"));
    settings.shipName = QStringLiteral("sshship");
    settings.sshTunnel->knownHostsPath = knownHosts; // does not exist yet: nothing is known

    Gui::ShipsPanel panel;
    panel.setShips({settings});
    QSignalSpy tested(&panel, &Gui::ShipsPanel::shipTested);
    Gui::ConnectionTestDialog *dialog = panel.testConnection(QStringLiteral("sshship"));
    QVERIFY(tested.wait(30000));
    QCOMPARE(panel.model()->state(0), ShipsModel::State::UnknownHostKey);
    const QList<Step> steps = dialog->steps();
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.at(0).outcome, Step::Outcome::Passed); // resolve
    auto failed = std::find_if(steps.cbegin(), steps.cend(),
                               [](const Step &s) { return s.outcome == Step::Outcome::Failed; });
    QVERIFY(failed != steps.cend());
    QCOMPARE(failed->kind, Step::Kind::SshAuth);

    // The question shows the fingerprint OpenSSH computes for the server's key.
    Gui::HostKeyDialog *question = dialog->hostKeyDialog();
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-lf"), m_ships.value(QStringLiteral("MDT_SSH_HOST_KEY_PUB"))});
    QVERIFY(keygen.waitForFinished(10000));
    const QString expected
        = QString::fromUtf8(keygen.readAllStandardOutput()).split(QLatin1Char(' ')).value(1);
    QVERIFY(expected.startsWith(QStringLiteral("SHA256:")));
    QCOMPARE(question->fingerprintLabel()->text(), expected);
    QVERIFY(question->trustButton()->isDefault());

    // Trust: recorded in known_hosts, then tested again, now passing every step.
    question->trustButton()->click();
    QVERIFY(QFile::exists(knownHosts));
    QVERIFY(tested.wait(30000));
    QCOMPARE(panel.model()->state(0), ShipsModel::State::Connected);
    for (const Step &step : dialog->steps())
        QVERIFY2(step.outcome == Step::Outcome::Passed, qPrintable(step.detail));
    QVERIFY(dialog->summaryLabel()->text().startsWith(QStringLiteral("Connected")));
    QVERIFY(!dialog->hostKeyDialog() || !dialog->hostKeyDialog()->isVisible());
}

void tst_ShipsSsh::changedHostKeyIsFlagged()
{
    // A copy: the dialog must not touch ships.sh's file when the user cancels.
    const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_changed"));
    QVERIFY(QFile::copy(m_ships.value(QStringLiteral("MDT_SSH_KNOWN_HOSTS_CHANGED")), knownHosts));
    QFile original(knownHosts);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    Docker::ConnectionSettings settings = m_ships.settingsFor(QStringLiteral("ssh-unix"));
    settings.shipName = QStringLiteral("sshship");
    settings.sshTunnel->knownHostsPath = knownHosts;
    Gui::ShipsPanel panel;
    panel.setShips({settings});
    QSignalSpy tested(&panel, &Gui::ShipsPanel::shipTested);
    Gui::ConnectionTestDialog *dialog = panel.testConnection(QStringLiteral("sshship"));
    QVERIFY(tested.wait(30000));
    QCOMPARE(panel.model()->state(0), ShipsModel::State::ChangedHostKey);
    Gui::HostKeyDialog *question = dialog->hostKeyDialog();
    QVERIFY(question);
    QVERIFY(question->problem().changed);
    QVERIFY(question->cancelButton()->isDefault());
    QSignalSpy retried(dialog, &Gui::ConnectionTestDialog::started);
    const QPointer<Gui::HostKeyDialog> asked = question;
    question->cancelButton()->click();
    QTRY_VERIFY(asked.isNull()); // the answer was handled (the question deletes itself)
    QCOMPARE(retried.count(), 0);
    QVERIFY(!dialog->isRunning());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

void tst_ShipsSsh::wrongCaIsATlsError()
{
    Docker::ConnectionSettings settings = m_ships.settingsFor(QStringLiteral("tls"));
    settings.shipName = QStringLiteral("tlsship");
    settings.tlsCaCert = QStringLiteral("cert.pem"); // the client's certificate is no CA
    Gui::ShipsPanel panel;
    panel.setShips({settings});
    QSignalSpy tested(&panel, &Gui::ShipsPanel::shipTested);
    panel.testAll();
    QVERIFY(tested.wait(30000));
    QCOMPARE(panel.model()->state(0), ShipsModel::State::TlsError);
    QVERIFY(panel.model()
                ->index(0, ShipsModel::DetailColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("TLS handshake failed")));
}

QTEST_MAIN(tst_ShipsSsh)
#include "tst_shipsssh.moc"
