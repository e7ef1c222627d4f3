// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenvironment.h"

#include "models/shipsmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Maestro;
using Models::ShipsModel;
using Step = Docker::ConnectionCheckStep;
using Kind = Step::Kind;
using Outcome = Step::Outcome;

Q_DECLARE_METATYPE(QList<Step>)

namespace {
Step step(Kind kind, Outcome outcome, const QString &detail = {},
          std::optional<Docker::HostKeyProblem> hostKey = std::nullopt)
{
    Step s;
    s.kind = kind;
    s.outcome = outcome;
    s.detail = detail;
    s.elapsedMs = 3;
    s.hostKey = std::move(hostKey);
    return s;
}

Docker::HostKeyProblem hostKey(bool changed)
{
    Docker::HostKeyProblem problem;
    problem.host = QStringLiteral("10.0.0.1");
    problem.keyType = QStringLiteral("ssh-ed25519");
    problem.fingerprintSha256 = QStringLiteral("SHA256:abc");
    problem.changed = changed;
    return problem;
}
} // namespace

class tst_ShipsModel : public QObject
{
    Q_OBJECT

private slots:
    void state_data();
    void state();
    void rowsFromEnvironment();
    void reloadKeepsStates();
    void liveState_data();
    void liveState();
    void liveAndTestsCoexist();
};

void tst_ShipsModel::state_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("detail");

    QTest::newRow("not tested") << QList<Step>{} << int(ShipsModel::State::Unknown) << "";
    QTest::newRow("connected") << QList<Step>{step(Kind::Resolve, Outcome::Passed, "127.0.0.1"),
                                              step(Kind::Connect, Outcome::Passed),
                                              step(Kind::ApiVersion, Outcome::Passed,
                                                   "Docker 20.10.24, API 1.41")}
                               << int(ShipsModel::State::Connected) << "Docker 20.10.24, API 1.41";
    QTest::newRow("cannot resolve")
        << QList<Step>{step(Kind::Resolve, Outcome::Failed, "host not found"),
                       step(Kind::Connect, Outcome::Skipped),
                       step(Kind::ApiVersion, Outcome::Skipped)}
        << int(ShipsModel::State::Unreachable) << "Resolve failed: host not found";
    QTest::newRow("connection refused")
        << QList<Step>{step(Kind::Resolve, Outcome::Passed),
                       step(Kind::Connect, Outcome::Failed, "connection refused"),
                       step(Kind::ApiVersion, Outcome::Skipped)}
        << int(ShipsModel::State::Unreachable) << "Connect failed: connection refused";
    QTest::newRow("TLS") << QList<Step>{step(Kind::Resolve, Outcome::Passed),
                                        step(Kind::Connect, Outcome::Passed),
                                        step(Kind::TlsHandshake, Outcome::Failed,
                                             "certificate expired"),
                                        step(Kind::ApiVersion, Outcome::Skipped)}
                         << int(ShipsModel::State::TlsError)
                         << "TLS handshake failed: certificate expired";
    QTest::newRow("unknown host key")
        << QList<Step>{step(Kind::Connect, Outcome::Passed),
                       step(Kind::SshAuth, Outcome::Failed, "unknown key", hostKey(false))}
        << int(ShipsModel::State::UnknownHostKey) << "SSH authentication failed: unknown key";
    QTest::newRow("changed host key")
        << QList<Step>{step(Kind::SshAuth, Outcome::Failed, "changed", hostKey(true))}
        << int(ShipsModel::State::ChangedHostKey) << "SSH authentication failed: changed";
    QTest::newRow("login refused")
        << QList<Step>{step(Kind::SshAuth, Outcome::Failed, "permission denied")}
        << int(ShipsModel::State::SshError) << "SSH authentication failed: permission denied";
    QTest::newRow("not a Docker daemon")
        << QList<Step>{step(Kind::Connect, Outcome::Passed),
                       step(Kind::ApiVersion, Outcome::Failed, "HTTP 404")}
        << int(ShipsModel::State::ApiError) << "API version failed: HTTP 404";
}

void tst_ShipsModel::state()
{
    QFETCH(QList<Step>, steps);
    QFETCH(int, state);
    QFETCH(QString, detail);

    ShipsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEnvironment(Tests::loadTestEnvironment());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setChecking(QStringLiteral("beta"));
    QCOMPARE(model.state(model.rowOf(QStringLiteral("beta"))), ShipsModel::State::Checking);
    model.setCheckResult(QStringLiteral("beta"), steps);
    QCOMPARE(changed.count(), 2);
    const int row = model.rowOf(QStringLiteral("beta"));
    QCOMPARE(int(model.state(row)), state);
    QCOMPARE(model.index(row, ShipsModel::DetailColumn).data().toString(), detail);
    QCOMPARE(model.index(row, ShipsModel::StateColumn).data().toString(),
             ShipsModel::stateText(ShipsModel::State(state)));
    QCOMPARE(model.hostKeyProblem(row).has_value(),
             state == int(ShipsModel::State::UnknownHostKey)
                 || state == int(ShipsModel::State::ChangedHostKey));
    // The other ship is untouched.
    QCOMPARE(model.state(model.rowOf(QStringLiteral("alpha"))), ShipsModel::State::Unknown);
}

void tst_ShipsModel::rowsFromEnvironment()
{
    ShipsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEnvironment(Tests::loadTestEnvironment());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ShipsModel::NameColumn).data().toString(), QStringLiteral("alpha"));
    QCOMPARE(model.index(0, ShipsModel::EndpointColumn).data().toString(),
             model.settings(0).endpointDescription());
    QVERIFY(model.index(0, ShipsModel::EndpointColumn)
                .data()
                .toString()
                .contains(QStringLiteral("10.0.0.1")));
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    model.setCheckResult(QStringLiteral("nope"), {}); // ignored
    model.setEnvironment(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void tst_ShipsModel::reloadKeepsStates()
{
    ShipsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEnvironment(Tests::loadTestEnvironment());
    const QList<Step> ok{step(Kind::Connect, Outcome::Passed),
                         step(Kind::ApiVersion, Outcome::Passed, "API 1.41")};
    model.setCheckResult(QStringLiteral("alpha"), ok);
    model.setCheckResult(QStringLiteral("beta"), ok);

    // Same file again, but beta moved: only alpha keeps its state.
    QString text = QString::fromUtf8(Tests::kTestEnvironment);
    text.replace(QStringLiteral("beta: {ip: 10.0.0.2}"), QStringLiteral("beta: {ip: 10.0.0.9}"));
    model.setEnvironment(Tests::loadTestEnvironment(text));
    QCOMPARE(model.state(model.rowOf(QStringLiteral("alpha"))), ShipsModel::State::Connected);
    QCOMPARE(model.state(model.rowOf(QStringLiteral("beta"))), ShipsModel::State::Unknown);
}

// What the live state monitor reports: a ship goes down, a diagnosis tells why, it comes back.
void tst_ShipsModel::liveState_data()
{
    QTest::addColumn<QList<Step>>("diagnosis");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("detail");

    const QString reason = QStringLiteral("host down: connection refused");
    QTest::newRow("why not known yet")
        << QList<Step>{} << int(ShipsModel::State::HostDown) << reason;
    QTest::newRow("back before the diagnosis")
        << QList<Step>{step(Kind::Connect, Outcome::Passed),
                       step(Kind::ApiVersion, Outcome::Passed)}
        << int(ShipsModel::State::HostDown) << reason;
    QTest::newRow("unreachable") << QList<Step>{step(Kind::Resolve, Outcome::Passed),
                                                step(Kind::Connect, Outcome::Failed,
                                                     "connection refused"),
                                                step(Kind::ApiVersion, Outcome::Skipped)}
                                 << int(ShipsModel::State::Unreachable)
                                 << "Connect failed: connection refused";
    QTest::newRow("TLS error") << QList<Step>{step(Kind::Connect, Outcome::Passed),
                                              step(Kind::TlsHandshake, Outcome::Failed,
                                                   "unknown CA"),
                                              step(Kind::ApiVersion, Outcome::Skipped)}
                               << int(ShipsModel::State::TlsError)
                               << "TLS handshake failed: unknown CA";
    QTest::newRow("unknown host key")
        << QList<Step>{step(Kind::SshAuth, Outcome::Failed, "unknown key", hostKey(false))}
        << int(ShipsModel::State::UnknownHostKey) << "SSH authentication failed: unknown key";
    QTest::newRow("changed host key")
        << QList<Step>{step(Kind::SshAuth, Outcome::Failed, "changed", hostKey(true))}
        << int(ShipsModel::State::ChangedHostKey) << "SSH authentication failed: changed";
    QTest::newRow("login refused")
        << QList<Step>{step(Kind::SshAuth, Outcome::Failed, "permission denied")}
        << int(ShipsModel::State::SshError) << "SSH authentication failed: permission denied";
}

void tst_ShipsModel::liveState()
{
    QFETCH(QList<Step>, diagnosis);
    QFETCH(int, state);
    QFETCH(QString, detail);

    ShipsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEnvironment(Tests::loadTestEnvironment());
    const QString beta = QStringLiteral("beta");
    const int row = model.rowOf(beta);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setLiveReachable(beta, true, {});
    QCOMPARE(model.state(row), ShipsModel::State::Connected);
    QVERIFY(model.isLive(row));
    QCOMPARE(changed.count(), 1);

    model.setLiveReachable(beta, false, QStringLiteral("host down: connection refused"));
    QCOMPARE(model.state(row), ShipsModel::State::HostDown);
    QCOMPARE(model.index(row, ShipsModel::StateColumn).data().toString(),
             ShipsModel::stateText(ShipsModel::State::HostDown));
    model.setLiveDiagnosis(beta, diagnosis);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(int(model.state(row)), state);
    QVERIFY(model.isLive(row));
    QCOMPARE(model.index(row, ShipsModel::DetailColumn).data().toString(), detail);
    // Every one of these is a failure, in the failure colour.
    QCOMPARE(model.index(row, ShipsModel::StateColumn).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xd0, 0x3a, 0x2f));
    QCOMPARE(model.hostKeyProblem(row).has_value(),
             state == int(ShipsModel::State::UnknownHostKey)
                 || state == int(ShipsModel::State::ChangedHostKey));
    QVERIFY(model.lastSteps(row).isEmpty()); // a diagnosis is not a test
    QCOMPARE(model.state(model.rowOf(QStringLiteral("alpha"))), ShipsModel::State::Unknown);

    // Back: connected, and a diagnosis that ends only now is out of date.
    model.setLiveReachable(beta, true, {});
    QCOMPARE(model.state(row), ShipsModel::State::Connected);
    model.setLiveDiagnosis(beta, diagnosis);
    QCOMPARE(model.state(row), ShipsModel::State::Connected);
    QVERIFY(!model.hostKeyProblem(row));
}

// The columns show whichever reported last; the test's steps stay until the next test.
void tst_ShipsModel::liveAndTestsCoexist()
{
    ShipsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEnvironment(Tests::loadTestEnvironment());
    const QString alpha = QStringLiteral("alpha");
    const int row = model.rowOf(alpha);
    const QList<Step> tlsFailed{step(Kind::Connect, Outcome::Passed),
                                step(Kind::TlsHandshake, Outcome::Failed, "unknown CA"),
                                step(Kind::ApiVersion, Outcome::Skipped)};
    model.setCheckResult(alpha, tlsFailed);
    QCOMPARE(model.state(row), ShipsModel::State::TlsError);
    QVERIFY(!model.isLive(row));

    // The monitor reaches the ship (the user fixed the certificate): the state follows it,
    // the test's steps stay, and the tooltip still tells what the test found.
    model.setLiveReachable(alpha, true, {});
    QCOMPARE(model.state(row), ShipsModel::State::Connected);
    QCOMPARE(model.lastSteps(row).size(), tlsFailed.size());
    const QString tip = model.index(row, ShipsModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("TLS handshake failed: unknown CA")), qPrintable(tip));

    // A running test is not interrupted by live reports; its result is the newest then.
    model.setChecking(alpha);
    model.setLiveReachable(alpha, false, QStringLiteral("host down: timeout"));
    QCOMPARE(model.state(row), ShipsModel::State::Checking);
    model.setCheckResult(alpha, tlsFailed);
    QCOMPARE(model.state(row), ShipsModel::State::TlsError);
    QVERIFY(!model.isLive(row));

    // A live report after the test wins again.
    model.setLiveReachable(alpha, false, QStringLiteral("host down: timeout"));
    QCOMPARE(model.state(row), ShipsModel::State::HostDown);
    QCOMPARE(model.index(row, ShipsModel::DetailColumn).data().toString(),
             QStringLiteral("host down: timeout"));

    // No longer followed: each row shows its last test again (or nothing).
    model.setLiveReachable(QStringLiteral("beta"), true, {});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.clearLive();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.state(row), ShipsModel::State::TlsError);
    QCOMPARE(model.state(model.rowOf(QStringLiteral("beta"))), ShipsModel::State::Unknown);
    QVERIFY(!model.isLive(model.rowOf(QStringLiteral("beta"))));

    // A reload that keeps the endpoint keeps the live state, too.
    model.setLiveReachable(alpha, true, {});
    model.setEnvironment(Tests::loadTestEnvironment());
    QCOMPARE(model.state(row), ShipsModel::State::Connected);
    QVERIFY(model.isLive(row));
}

QTEST_GUILESS_MAIN(tst_ShipsModel)
#include "tst_shipsmodel.moc"
