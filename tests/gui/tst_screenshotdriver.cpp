// SPDX-License-Identifier: GPL-3.0-or-later
// The screenshot driver's editing moments, offscreen: --edit makes its edits unsaved and
// --screenshot-at review pictures Save's review of them; --select-edge selects a dependency
// line; --diagnostic-tooltip shows the diagnostic's message as a hover would.
#include "document/environmentdocument.h"
#include "gui/document/reviewchangesdialog.h"
#include "gui/graph/dependencyedgeitem.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/livestate.h"
#include "gui/mainwindow.h"
#include "gui/screenshotdriver.h"
#include "orchestration/ships/shipconnections.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolTip>

using namespace Maestro;
using Gui::ScreenshotDriver;

namespace {
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class tst_ScreenshotDriver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void editsAreReviewedUnsaved();
    void selectEdgeSelectsADependencyLine();
    void diagnosticTooltipShowsTheMessage();

private:
    // Opens `yaml` (written to a file) in a new window driven by `options`.
    void open(const QByteArray &yaml, ScreenshotDriver::Options options);

    QTemporaryDir m_dir;
    QString m_file;
    QThreadPool m_pool;
    Orchestration::ShipConnections m_connections;
    Gui::MainWindow *m_window = nullptr;
};

void tst_ScreenshotDriver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Gui::ReviewChangesDialog::setReviewBeforeSave(true);
}

void tst_ScreenshotDriver::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void tst_ScreenshotDriver::open(const QByteArray &yaml, ScreenshotDriver::Options options)
{
    m_file = m_dir.filePath(QStringLiteral("maestro.yaml"));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(yaml), yaml.size());
    file.close();
    m_window = new Gui::MainWindow(&m_pool, m_connections);
    m_window->liveState()->setEnabled(false);
    new ScreenshotDriver(m_window, std::move(options));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->openFile(m_file);
}

const QByteArray kTwoServices = "name: two\n"
                                "ships:\n"
                                "  local: {ip: 127.0.0.1, docker_port: 1}\n"
                                "services:\n"
                                "  db:\n"
                                "    image: db:1\n"
                                "    instances:\n"
                                "      db-1: {ship: local}\n"
                                "  web:\n"
                                "    image: web:1\n"
                                "    requires: [db]\n"
                                "    instances:\n"
                                "      web-1: {ship: local, ports: {http: 8080}}\n";

void tst_ScreenshotDriver::editsAreReviewedUnsaved()
{
    ScreenshotDriver::Options options;
    options.screenshot = m_dir.filePath(QStringLiteral("review.png"));
    options.moment = ScreenshotDriver::Moment::Review;
    options.delayMs = 0;
    Core::EditRequest edit;
    edit.path
        = Core::EditPath::parse(QStringLiteral("services.web.instances.web-1.ports.http")).value();
    edit.argument = QStringLiteral("8081");
    options.edits = {edit};
    open(kTwoServices, options);

    Gui::ReviewChangesDialog *review = nullptr;
    QTRY_VERIFY((review = m_window->findChild<Gui::ReviewChangesDialog *>()));
    QVERIFY(review->diff().contains(
        QStringLiteral("+      web-1: {ship: local, ports: {http: 8081}}")));
    QTRY_VERIFY(QFile::exists(options.screenshot));
    QVERIFY(m_window->document()->isModified());
    QCOMPARE(readFile(m_file), kTwoServices); // reviewed, not saved
}

void tst_ScreenshotDriver::selectEdgeSelectsADependencyLine()
{
    ScreenshotDriver::Options options;
    options.selectEdge = true; // no picture: the window stays
    open(kTwoServices, options);
    auto *scene = m_window->findChild<Gui::DependencyGraphScene *>();
    QTRY_VERIFY(!scene->selectedItems().isEmpty());
    QVERIFY(qgraphicsitem_cast<Gui::DependencyEdgeItem *>(scene->selectedItems().constFirst()));
}

void tst_ScreenshotDriver::diagnosticTooltipShowsTheMessage()
{
    ScreenshotDriver::Options options;
    // Offscreen has no screen to grab: the picture fails, after the tooltip was shown.
    options.screenshot = m_dir.filePath(QStringLiteral("tooltip.png"));
    options.delayMs = 0;
    options.diagnosticRow = 0;
    options.diagnosticTooltip = true;
    QByteArray broken = kTwoServices;
    broken.replace("requires: [db]", "requires: [dbb]");
    open(broken, options);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("dbb")), qPrintable(QToolTip::text()));
}

QTEST_MAIN(tst_ScreenshotDriver)
#include "tst_screenshotdriver.moc"
