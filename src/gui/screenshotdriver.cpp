// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotdriver.h"

#include "mainwindow.h"
#include "selectionsync.h"

#include "gui/document/fileviewer.h"
#include "gui/document/reviewchangesdialog.h"
#include "gui/document/yamlviewdialog.h"
#include "gui/graph/dependencyedgeitem.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/run/planpreviewdialog.h"
#include "gui/run/runactions.h"
#include "gui/run/runcontroller.h"
#include "gui/run/runpanel.h"
#include "gui/structure/renamedialog.h"

#include "document/environmentdocument.h"

#include "models/runmodel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHash>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace Maestro::Gui {

namespace {
constexpr int kTooltipShownMs = 400; // QToolTip may fade in
} // namespace

std::optional<ScreenshotDriver::Moment> ScreenshotDriver::momentFromName(const QString &name)
{
    static const QHash<QString, Moment> moments{{QStringLiteral("loaded"), Moment::Loaded},
                                                {QStringLiteral("preview"), Moment::Preview},
                                                {QStringLiteral("checking"), Moment::Checking},
                                                {QStringLiteral("finished"), Moment::Finished},
                                                {QStringLiteral("review"), Moment::Review}};
    const auto moment = moments.constFind(name);
    if (moment == moments.cend())
        return std::nullopt;
    return *moment;
}

ScreenshotDriver::ScreenshotDriver(MainWindow *window, Options options)
    : QObject(window)
    , m_window(window)
    , m_options(std::move(options))
{
    auto *scene = m_window->findChild<DependencyGraphScene *>();
    connect(m_window->document(), &Document::EnvironmentDocument::loadFinished, this,
            [this, scene](bool ok) {
                if (!ok || !scene->isLayoutPending())
                    onFirstLayout();
            });
    connect(scene, &DependencyGraphScene::layoutApplied, this, &ScreenshotDriver::onFirstLayout);
}

void ScreenshotDriver::onFirstLayout()
{
    if (m_started)
        return; // once, however many loads and layouts follow
    m_started = true;
    if (m_options.edits.isEmpty())
        act();
    else
        applyEdits();
}

void ScreenshotDriver::applyEdits()
{
    Document::EnvironmentDocument *document = m_window->document();
    connect(document, &Document::EnvironmentDocument::editApplied, this, [this] {
        if (++m_editsApplied == m_options.edits.size())
            act();
    });
    connect(document, &Document::EnvironmentDocument::editRefused, this,
            [](const Core::Error &error) {
                std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
                QCoreApplication::exit(1);
            });
    // The document plans each on the text the ones before made.
    for (const Core::EditRequest &edit : std::as_const(m_options.edits))
        document->applyEdit(edit);
}

void ScreenshotDriver::act()
{
    if (m_options.selectEdge)
        selectFirstEdge();
    if (!m_options.selectInstance.isEmpty())
        m_window->selection()->selectInstance(m_options.selectInstance);
    raisePanels();
    if (m_options.diagnosticRow >= 0)
        m_window->fileViewer()->showDiagnostic(m_options.diagnosticRow);
    if (m_options.checkNow) {
        if (auto *checkNow = m_window->findChild<QAction *>(QStringLiteral("actionCheckNow")))
            checkNow->trigger();
    }
    const bool shoot = !m_options.screenshot.isEmpty();
    RunController *runs = m_window->runActions()->runController();
    if (shoot && m_options.moment == Moment::Checking) {
        connect(runs->model(), &Models::RunModel::progressChanged, this,
                &ScreenshotDriver::takeCheckingPicture);
    }
    connect(runs, &RunController::runFinished, this, [this, shoot] {
        if (m_options.showTimeline)
            m_window->findChild<RunPanel *>()->showTimeline();
        if (shoot && m_options.moment == Moment::Finished)
            grabLater(m_window);
    });
    if (m_options.runCommand) {
        m_window->runActions()->requestRun(*m_options.runCommand);
        if (PlanPreviewDialog *preview = runs->preview()) {
            if (shoot && m_options.moment == Moment::Preview)
                grabLater(preview);
            else if (m_options.runAtOnce)
                preview->accept();
        }
    }
    if (m_options.renameTarget.isValid()) {
        auto *rename = new RenameDialog(m_window->document(), m_options.renameTarget, m_window);
        rename->setAttribute(Qt::WA_DeleteOnClose);
        rename->show();
        if (shoot)
            connect(
                rename, &RenameDialog::previewShown, this, [this, rename] { grabLater(rename); },
                Qt::SingleShotConnection);
        rename->nameEdit()->setText(m_options.renameTo);
        return;
    }
    if (shoot && m_options.moment == Moment::Review) {
        auto *review = new ReviewChangesDialog(m_window->document(), m_window);
        review->setAttribute(Qt::WA_DeleteOnClose);
        review->show();
        grabLater(review);
        return;
    }
    if (shoot && m_options.moment == Moment::Loaded) {
        QWidget *shown = m_window;
        if (m_options.diagnosticRow >= 0 && m_window->fileViewer()->dialog())
            shown = m_window->fileViewer()->dialog();
        grabLater(shown);
    }
}

void ScreenshotDriver::selectFirstEdge()
{
    auto *scene = m_window->findChild<DependencyGraphScene *>();
    const QList<QGraphicsItem *> items = scene->items(Qt::AscendingOrder);
    for (QGraphicsItem *item : items) {
        if (auto *edge = qgraphicsitem_cast<DependencyEdgeItem *>(item)) {
            scene->clearSelection();
            edge->setSelected(true);
            return;
        }
    }
}

// Docks may share their place as tabs; a picture of one needs it in front.
void ScreenshotDriver::raisePanels()
{
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    for (const QString &panel : std::as_const(m_options.panels)) {
        for (QDockWidget *dock : docks) {
            if (dock->objectName().compare(panel + QLatin1String("Dock"), Qt::CaseInsensitive)
                == 0) {
                dock->show();
                dock->raise();
            }
        }
    }
}

void ScreenshotDriver::takeCheckingPicture()
{
    // The last step checking: the others are done or waiting.
    const Models::RunModel *model = m_window->runActions()->runController()->model();
    const int last = model->rowCount() - 1;
    if (m_checkingTaken || last < 0
        || model->index(last, 0).data(Models::RunModel::PhaseRole).toInt()
               != int(Orchestration::ProgressPhase::Checking))
        return;
    m_checkingTaken = true;
    grabLater(m_window);
}

void ScreenshotDriver::grabLater(QWidget *widget)
{
    QTimer::singleShot(m_options.delayMs, widget, [this, widget] {
        if (!m_options.diagnosticTooltip || m_options.diagnosticRow < 0) {
            save(widget->grab());
            return;
        }
        showDiagnosticTooltip();
        // The tooltip is a window of its own: the screen holds both (xcb; not offscreen).
        QTimer::singleShot(kTooltipShownMs, widget, [this, widget] {
            const QRect frame = widget->frameGeometry();
            save(widget->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(),
                                              frame.height()));
        });
    });
}

// The file view's cursor stands on the diagnostic (showDiagnostic): a hover just right of it,
// inside the underlined text, asks for the message as the mouse would.
void ScreenshotDriver::showDiagnosticTooltip()
{
    QPlainTextEdit *editor = m_window->fileViewer()->dialog()->editor();
    const QPoint at
        = editor->cursorRect().center() + QPoint(editor->fontMetrics().averageCharWidth() / 2, 0);
    QHelpEvent hover(QEvent::ToolTip, at, editor->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(editor->viewport(), &hover);
}

void ScreenshotDriver::save(const QPixmap &picture)
{
    const bool saved = picture.save(m_options.screenshot);
    if (!saved)
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Cannot write the screenshot %1").arg(m_options.screenshot)));
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace Maestro::Gui
