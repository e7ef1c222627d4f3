// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenvironment.h"

#include "gui/instance/detailspanel.h"
#include "models/instancedetailsmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QtConcurrent>

using namespace Maestro;
using Gui::DetailsPanel;
using Models::InstanceDetailsModel;
using Orchestration::InstanceRuntime;
using RuntimeResult = Core::Result<InstanceRuntime>;

namespace {
// An inspector whose answer the test releases: stands in for the daemon round trip.
struct GatedInspector
{
    QSemaphore gate;
    std::atomic<int> calls = 0;
    RuntimeResult answer = InstanceRuntime{};

    Gui::InstanceInspector bind()
    {
        return [this] {
            ++calls;
            return QtConcurrent::run([this] {
                gate.acquire();
                return answer;
            });
        };
    }
};

InstanceRuntime drifting()
{
    Docker::ContainerDetails container;
    container.id = QStringLiteral("abc");
    container.status = QStringLiteral("exited");
    container.configImage = QStringLiteral("example/api:1");
    return {container,
            {{QStringLiteral("image"), QStringLiteral("example/api:2"),
              QStringLiteral("example/api:1")},
             {QStringLiteral("env.MODE"), QStringLiteral("production"), QStringLiteral("dev")}}};
}
} // namespace

class tst_DetailsPanel : public QObject
{
    Q_OBJECT

private slots:
    void inspectsAndShowsDrift();
    void staleResultIsIgnored();
    void errorIsShown();
    void withoutInspector();
    void nothingSelectedIsNeutral();
    void liveChangesInspectAgainOnce();
    void oneInspectionAtATime();
    void columnsAreReadable_data();
    void columnsAreReadable();
    void nameColumnKeepsTheUsersWidth();
};

void tst_DetailsPanel::inspectsAndShowsDrift()
{
    GatedInspector inspector;
    inspector.answer = drifting();
    DetailsPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy updated(&panel, &DetailsPanel::runtimeUpdated);
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("api-1"), inspector.bind());
    QCOMPARE(panel.model()->runtimeState(), InstanceDetailsModel::RuntimeState::Inspecting);
    QVERIFY(panel.summaryLabel()->text().contains(QStringLiteral("inspecting")));
    inspector.gate.release();
    QVERIFY(updated.wait());
    QCOMPARE(panel.model()->runtimeState(), InstanceDetailsModel::RuntimeState::Inspected);
    QVERIFY2(panel.summaryLabel()->text().contains(QStringLiteral(" 2 place")),
             qPrintable(panel.summaryLabel()->text()));
    const QModelIndex differences
        = panel.model()->sectionIndex(InstanceDetailsModel::Section::Differences);
    QCOMPARE(panel.model()->rowCount(differences), 2);
    QVERIFY(panel.view()->isExpanded(differences));

    // Shift+F5 inspects again.
    panel.view()->setFocus();
    QTest::keySequence(&panel, panel.refreshAction()->shortcut());
    QCOMPARE(panel.refreshAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QCOMPARE(inspector.calls.load(), 2);
    inspector.answer = InstanceRuntime{drifting().container, {}};
    inspector.gate.release();
    QVERIFY(updated.wait());
    QVERIFY(panel.summaryLabel()->text().contains(QStringLiteral("matches")));
}

void tst_DetailsPanel::staleResultIsIgnored()
{
    GatedInspector first;
    first.answer = drifting();
    GatedInspector second;
    second.answer = InstanceRuntime{}; // no container
    DetailsPanel panel;
    QSignalSpy updated(&panel, &DetailsPanel::runtimeUpdated);
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("api-1"), first.bind());
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("api-2"), second.bind());
    // The panel inspects one at a time: api-2's starts once api-1's late answer was handled.
    QCOMPARE(second.calls.load(), 0);
    first.gate.release();
    QTRY_COMPARE(second.calls.load(), 1);
    QCOMPARE(updated.count(), 0);
    second.gate.release();
    QVERIFY(updated.wait());
    QCOMPARE(panel.instance(), QStringLiteral("api-2"));
    QCOMPARE(panel.model()->runtimeState(), InstanceDetailsModel::RuntimeState::NoContainer);
    QCOMPARE(panel.model()->driftCount(), 0);
}

void tst_DetailsPanel::errorIsShown()
{
    GatedInspector inspector;
    inspector.answer = Core::Error{
        QStringLiteral("ship beta (tcp://10.0.0.2:2375): connection refused"), {}, {}};
    DetailsPanel panel;
    QSignalSpy updated(&panel, &DetailsPanel::runtimeUpdated);
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("api-2"), inspector.bind());
    inspector.gate.release();
    QVERIFY(updated.wait());
    QCOMPARE(panel.model()->runtimeState(), InstanceDetailsModel::RuntimeState::Failed);
    const QString container = panel.model()
                                  ->sectionIndex(InstanceDetailsModel::Section::Container)
                                  .siblingAtColumn(InstanceDetailsModel::RuntimeColumn)
                                  .data()
                                  .toString();
    QVERIFY2(container.contains(QStringLiteral("connection refused")), qPrintable(container));
}

void tst_DetailsPanel::withoutInspector()
{
    DetailsPanel panel;
    QVERIFY(!panel.refreshAction()->isEnabled());
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("db-1"));
    QCOMPARE(panel.model()->runtimeState(), InstanceDetailsModel::RuntimeState::NotInspected);
    QVERIFY(!panel.refreshAction()->isEnabled());
    QVERIFY(panel.model()->rowCount() > 0);
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("nope"));
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(!panel.summaryLabel()->text().isEmpty());
}

// No instance: a placeholder, never an error, also once a dropped inspection ends.
void tst_DetailsPanel::nothingSelectedIsNeutral()
{
    DetailsPanel panel;
    QSignalSpy updated(&panel, &DetailsPanel::runtimeUpdated);
    panel.setInstance(Tests::loadTestEnvironment(), {});
    QCoreApplication::processEvents();
    QCOMPARE(panel.model()->runtimeState(), InstanceDetailsModel::RuntimeState::NotInspected);
    QCOMPARE(panel.summaryLabel()->text(),
             QStringLiteral("Select an instance to see its configuration."));

    GatedInspector inspector;
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("api-1"), inspector.bind());
    panel.setInstance(Tests::loadTestEnvironment(), {}); // deselected while inspecting
    inspector.gate.release();
    panel.waitForInspection();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(updated.count(), 0);
    QCOMPARE(panel.model()->runtimeState(), InstanceDetailsModel::RuntimeState::NotInspected);
    QCOMPARE(panel.summaryLabel()->text(),
             QStringLiteral("Select an instance to see its configuration."));
    QVERIFY(!panel.refreshAction()->isEnabled());
}

// A stop or restart of the shown container (a burst of live state changes) inspects again,
// once; reports that change nothing do not.
void tst_DetailsPanel::liveChangesInspectAgainOnce()
{
    using Orchestration::ObservedState;
    GatedInspector inspector;
    inspector.answer = drifting();
    DetailsPanel panel;
    QSignalSpy updated(&panel, &DetailsPanel::runtimeUpdated);
    ObservedState running;
    running.status = ObservedState::Status::Running;
    running.containerId = QStringLiteral("abc");
    running.startedAt = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("api-1"), inspector.bind());
    panel.setObservedState(running); // what the inspection sees
    QVERIFY(!panel.isLiveRefreshPending());
    inspector.gate.release();
    QVERIFY(updated.wait());
    QCOMPARE(inspector.calls.load(), 1);
    panel.setObservedState(running); // the periodic list: nothing changed
    QVERIFY(!panel.isLiveRefreshPending());

    // Restarted: stopped, exited, then running again in another container.
    ObservedState exited = running;
    exited.status = ObservedState::Status::Exited;
    exited.startedAt = {};
    ObservedState restarted = running;
    restarted.containerId = QStringLiteral("def");
    restarted.startedAt = QDateTime::fromSecsSinceEpoch(2000, Qt::UTC);
    panel.setObservedState(exited);
    panel.setObservedState(restarted);
    QVERIFY(panel.isLiveRefreshPending());
    QCOMPARE(inspector.calls.load(), 1);
    QTRY_COMPARE(inspector.calls.load(), 2);
    QCOMPARE(panel.model()->runtimeState(), InstanceDetailsModel::RuntimeState::Inspecting);
    inspector.gate.release();
    QVERIFY(updated.wait());
    QCOMPARE(updated.count(), 2);
    QVERIFY(!panel.isLiveRefreshPending());
    QCOMPARE(inspector.calls.load(), 2);

    // Another instance: its first report is again what its inspection sees.
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("api-2"), inspector.bind());
    panel.setObservedState(exited);
    QVERIFY(!panel.isLiveRefreshPending());
    inspector.gate.release();
    QVERIFY(updated.wait());
}

// Asking again while an inspection runs waits for it and then inspects once more; the
// first answer, older than the question, is not shown.
void tst_DetailsPanel::oneInspectionAtATime()
{
    GatedInspector inspector;
    inspector.answer = drifting();
    DetailsPanel panel;
    QSignalSpy updated(&panel, &DetailsPanel::runtimeUpdated);
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("api-1"), inspector.bind());
    panel.refresh();
    panel.refresh();
    QCOMPARE(inspector.calls.load(), 1);
    inspector.gate.release(); // the first ends: its answer is dropped, the second starts
    QTRY_COMPARE(inspector.calls.load(), 2);
    QCOMPARE(updated.count(), 0);
    inspector.answer = InstanceRuntime{drifting().container, {}};
    inspector.gate.release();
    QVERIFY(updated.wait());
    QCOMPARE(updated.count(), 1);
    QCOMPARE(inspector.calls.load(), 2);
    QCOMPARE(panel.model()->driftCount(), 0); // the second answer
}

void tst_DetailsPanel::columnsAreReadable_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("narrow dock") << 420;
    QTest::newRow("wide dock") << 700;
}

// At a dock's usual widths: no column narrower than its title, the configured and
// container values side by side in equal columns, nothing beyond the visible width, and
// the property names whole when there is room for them (two fifths of the width).
void tst_DetailsPanel::columnsAreReadable()
{
    QFETCH(int, width);
    GatedInspector inspector;
    inspector.answer = drifting();
    DetailsPanel panel;
    panel.resize(width, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy updated(&panel, &DetailsPanel::runtimeUpdated);
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("api-1"), inspector.bind());
    inspector.gate.release();
    QVERIFY(updated.wait());

    QTreeView *view = panel.view();
    const QHeaderView *header = view->header();
    const QFontMetrics titles = header->fontMetrics();
    int total = 0;
    for (int column = 0; column < InstanceDetailsModel::ColumnCount; ++column) {
        const QString title = panel.model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(
            header->sectionSize(column) > titles.horizontalAdvance(title),
            qPrintable(QStringLiteral("%1: %2 px").arg(title).arg(header->sectionSize(column))));
        total += header->sectionSize(column);
    }
    QVERIFY2(total <= view->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(total).arg(view->viewport()->width())));
    QVERIFY(qAbs(header->sectionSize(InstanceDetailsModel::ValueColumn)
                 - header->sectionSize(InstanceDetailsModel::RuntimeColumn))
            <= 1);

    // Every name shown whole, or the column at its share of the width.
    const int nameColumn = header->sectionSize(InstanceDetailsModel::NameColumn);
    const bool atItsShare = nameColumn >= view->viewport()->width() * 2 / 5 - 1;
    const QFontMetrics names = view->fontMetrics();
    int longest = 0;
    QString longestName;
    for (int section = 0; section < panel.model()->rowCount(); ++section) {
        const QModelIndex parent = panel.model()->index(section, 0);
        for (int row = 0; row < panel.model()->rowCount(parent); ++row) {
            const QModelIndex name = panel.model()->index(row, 0, parent);
            const int needed = names.horizontalAdvance(name.data().toString());
            if (view->visualRect(name).width() < needed && !atItsShare)
                QFAIL(qPrintable(name.data().toString() + QStringLiteral(" is cut")));
            if (needed > longest) {
                longest = needed;
                longestName = name.data().toString();
            }
            // A value cut short is whole in its tooltip.
            const QModelIndex value = name.siblingAtColumn(InstanceDetailsModel::ValueColumn);
            QCOMPARE(value.data(Qt::ToolTipRole), value.data(Qt::DisplayRole));
        }
    }
    // The environment's longest name fits at 700 px: the column is not a fixed width.
    if (width >= 700)
        QVERIFY2(!atItsShare, qPrintable(longestName));
}

// A width the user gave the property column survives another instance and a resize.
void tst_DetailsPanel::nameColumnKeepsTheUsersWidth()
{
    DetailsPanel panel;
    panel.resize(600, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("api-1"));
    QHeaderView *header = panel.view()->header();
    const int fitted = header->sectionSize(InstanceDetailsModel::NameColumn);
    header->resizeSection(InstanceDetailsModel::NameColumn, fitted + 37); // as a drag does
    panel.setInstance(Tests::loadTestEnvironment(), QStringLiteral("db-1"));
    panel.resize(700, 400);
    QTRY_COMPARE(panel.view()->viewport()->width() > 600, true);
    QCOMPARE(header->sectionSize(InstanceDetailsModel::NameColumn), fitted + 37);
}

QTEST_MAIN(tst_DetailsPanel)
#include "tst_detailspanel.moc"
