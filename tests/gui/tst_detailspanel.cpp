// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenvironment.h"

#include "gui/detailspanel.h"
#include "models/instancedetailsmodel.h"

#include <QAction>
#include <QLabel>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QtConcurrent>

using namespace Maestro;
using Gui::DetailsPanel;
using Models::InstanceDetailsModel;
using Models::InstanceRuntime;
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
    first.gate.release(); // api-1's answer comes late
    QTest::qWait(50);
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

QTEST_MAIN(tst_DetailsPanel)
#include "tst_detailspanel.moc"
