// SPDX-License-Identifier: GPL-3.0-or-later
// The plan preview's words: what the dependencies pull in (English the right way round,
// with its plurals, and German), the steps that have nothing to do, and a stale file.
#include "gui/run/planpreviewdialog.h"

#include "testenvironment.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Maestro;
using Gui::PlanPreviewDialog;
using Orchestration::Command;

namespace {

// api-1, api-2, api-3 require db-1; cache-1 is only wanted (wants_info pulls nothing in).
Orchestration::PlanRequest request(Command command, const QStringList &things)
{
    Orchestration::PlanRequest r;
    r.command = command;
    r.things = things;
    r.expandServices = true;
    r.withDependencies = true;
    return r;
}

QString pulledIn(Command command, const QStringList &things)
{
    const PlanPreviewDialog dialog(Tests::loadTestEnvironment(), request(command, things), {});
    return dialog.pulledInText();
}

} // namespace

class tst_PlanPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Tests::loadTestEnvironment()); }

    void pulledInSentence_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<QStringList>("things");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("two start one")
            << Command::Start << QStringList{"api-1", "api-2"}
            << "Starting api-1 and api-2 also starts db-1 (they depend on it)."
            << "Das Starten von api-1 und api-2 startet auch db-1 (sie hängen davon ab).";
        QTest::newRow("one starts one")
            << Command::Start << QStringList{"api-1"}
            << "Starting api-1 also starts db-1 (it depends on it)."
            << "Das Starten von api-1 startet auch db-1 (es hängt davon ab).";
        QTest::newRow("one stops three")
            << Command::Stop << QStringList{"db-1"}
            << "Stopping db-1 also stops api-1, api-2 and api-3 (they depend on it)."
            << "Das Stoppen von db-1 stoppt auch api-1, api-2 und api-3 (sie hängen davon ab).";
        QTest::newRow("nothing pulled in") << Command::Start << QStringList{"db-1"} << ""
                                           << "";
    }

    void pulledInSentence()
    {
        QFETCH(Command, command);
        QFETCH(QStringList, things);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(pulledIn(command, things), english);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/maestro-desktop_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString translated = pulledIn(command, things);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(translated, german);
    }

    void dependsText()
    {
        QCOMPARE(PlanPreviewDialog::dependsText(1, 1), QStringLiteral("it depends on it"));
        QCOMPARE(PlanPreviewDialog::dependsText(1, 2), QStringLiteral("it depends on them"));
        QCOMPARE(PlanPreviewDialog::dependsText(3, 1), QStringLiteral("they depend on it"));
        QCOMPARE(PlanPreviewDialog::dependsText(2, 2), QStringLiteral("they depend on them"));
        QCOMPARE(PlanPreviewDialog::listText({QStringLiteral("a")}), QStringLiteral("a"));
    }

    void noOpsAreMarked_data()
    {
        using Status = Models::InstanceState::Status;
        QTest::addColumn<Command>("command");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("task");
        QTest::newRow("start running")
            << Command::Start << int(Status::Running) << "already running";
        QTest::newRow("start exited") << Command::Start << int(Status::Exited) << "start";
        QTest::newRow("stop exited") << Command::Stop << int(Status::Exited) << "already stopped";
        QTest::newRow("kill created") << Command::Kill << int(Status::Created) << "already stopped";
        QTest::newRow("stop absent") << Command::Stop << int(Status::Down) << "no container";
        QTest::newRow("stop running") << Command::Stop << int(Status::Running) << "stop";
        QTest::newRow("stop unknown") << Command::Stop << int(Status::Unknown) << "stop";
        QTest::newRow("stop host down") << Command::Stop << int(Status::HostDown) << "stop";
    }

    void noOpsAreMarked()
    {
        QFETCH(Command, command);
        QFETCH(int, status);
        QFETCH(QString, task);
        auto r = request(command, {QStringLiteral("cache-1")});
        r.withDependencies = false;
        PlanPreviewDialog dialog(Tests::loadTestEnvironment(), r, {});
        QCOMPARE(dialog.stepsView()->topLevelItemCount(), 1);
        Models::InstanceState state;
        state.status = Models::InstanceState::Status(status);
        dialog.setInstanceStates({{QStringLiteral("cache-1"), state}});
        QCOMPARE(dialog.stepsView()->topLevelItem(0)->text(4), task);
    }

    void staleFileIsNamedAndAsked()
    {
        PlanPreviewDialog dialog(Tests::loadTestEnvironment(),
                                 request(Command::Start, {QStringLiteral("db-1")}), {});
        auto *run = dialog.findChild<QPushButton *>(QStringLiteral("runButton"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("planStaleNote"));
        auto *agree = dialog.findChild<QCheckBox *>(QStringLiteral("planRunStale"));
        QVERIFY(run && note && agree);
        QVERIFY(run->isEnabled());
        QVERIFY(note->isHidden());
        Core::Diagnostic error;
        error.severity = Core::Diagnostic::Severity::Error;
        error.message = QStringLiteral("illegal map value");
        error.location = {QStringLiteral("/e/maestro.yaml"), 22, 5};
        dialog.setStaleError(error, QStringLiteral("/e/maestro.yaml"));
        QCOMPARE(note->text(),
                 QStringLiteral("This uses the last version that loaded; line 22 has an error."));
        QCOMPARE(note->toolTip(), error.message);
        QVERIFY(!note->isHidden() && !agree->isHidden());
        QVERIFY(!run->isEnabled());
        agree->setChecked(true);
        QVERIFY(run->isEnabled());
        // An included file is named; an error without a line names its file.
        error.location = {QStringLiteral("/e/inc/ships.yaml"), 3, 1};
        QCOMPARE(PlanPreviewDialog::staleText(error, QStringLiteral("/e/maestro.yaml")),
                 QStringLiteral(
                     "This uses the last version that loaded; line 3 of ships.yaml has an error."));
        error.location = {QStringLiteral("/e/maestro.yaml"), 0, 0};
        QCOMPARE(PlanPreviewDialog::staleText(error, QStringLiteral("/e/maestro.yaml")),
                 QStringLiteral("This uses the last version that loaded; the file has an error."));
    }
};

QTEST_MAIN(tst_PlanPreview)
#include "tst_planpreview.moc"
