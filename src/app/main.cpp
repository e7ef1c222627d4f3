// SPDX-License-Identifier: GPL-3.0-or-later
// maestro-desktop: parses the command line, loads the translations, builds the main window
// around the application's own thread pool, and runs.

#include "gui/graph/dependencygraphscene.h"
#include "document/environmentdocument.h"
#include "gui/mainwindow.h"
#include "orchestration/ships/shipconnections.h"
#include "gui/run/planpreviewdialog.h"
#include "gui/run/runcontroller.h"
#include "gui/run/runpanel.h"
#include "gui/document/yamlviewdialog.h"

#include "models/runmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QLocale>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::App)
};

void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    auto *own = new QTranslator(&app);
    // English is a translation too (its plural forms); it is the fallback for any locale
    // without one of its own.
    if (own->load(locale, QStringLiteral("maestro-desktop"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/maestro-desktop_en.qm")))
        QCoreApplication::installTranslator(own);
}

// Saves a picture of `widget` after `delayMs` (the views repaint first), then quits.
void grabLater(QWidget *widget, const QString &target, int delayMs)
{
    QTimer::singleShot(delayMs, widget, [widget, target] {
        const bool saved = widget->grab().save(target);
        if (!saved)
            std::fprintf(stderr, "%s\n",
                         qPrintable(Tr::tr("Cannot write the screenshot %1").arg(target)));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// What --screenshot waits for: the file shown (default), the plan preview of --run, a
// check running during the run, or the end of the run.
enum class ShotMoment { Loaded, Preview, Checking, Finished };

struct LaunchOptions
{
    QString screenshot;
    ShotMoment moment = ShotMoment::Loaded;
    QString selectInstance;
    int diagnosticRow = -1;
    int delayMs = 300;
    std::optional<Maestro::Orchestration::Command> runCommand;
    bool runAtOnce = false;
    bool showTimeline = false;
    bool checkNow = false; // --check-now: Run > Check Now on the selection
    QStringList panels; // --show-panel: docks brought to the front
};

// Docks may share their place as tabs; a picture of one needs it in front.
void raisePanels(QMainWindow &window, const QStringList &panels)
{
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    for (const QString &panel : panels) {
        for (QDockWidget *dock : docks) {
            if (dock->objectName().compare(panel + QLatin1String("Dock"), Qt::CaseInsensitive) == 0) {
                dock->show();
                dock->raise();
            }
        }
    }
}

// Once the file is loaded and the graph laid out: select, open a diagnostic, start --run
// and arrange the --screenshot.
void afterFirstLayout(Maestro::Gui::MainWindow &window, const LaunchOptions &options)
{
    using Maestro::Gui::RunController;
    if (!options.selectInstance.isEmpty())
        window.selectInstance(options.selectInstance);
    raisePanels(window, options.panels);
    if (options.diagnosticRow >= 0)
        window.showDiagnostic(options.diagnosticRow);
    if (options.checkNow) {
        if (auto *checkNow = window.findChild<QAction *>(QStringLiteral("actionCheckNow")))
            checkNow->trigger();
    }
    const bool shoot = !options.screenshot.isEmpty();
    RunController *runs = window.runController();
    if (shoot && options.moment == ShotMoment::Checking) {
        auto taken = std::make_shared<bool>(false);
        QObject::connect(
            runs->model(), &Maestro::Models::RunModel::progressChanged, &window,
            [&window, runs, options, taken] {
                // The last step checking: the others are done or waiting.
                const auto *model = runs->model();
                const int last = model->rowCount() - 1;
                if (*taken || last < 0
                    || model->index(last, 0).data(Maestro::Models::RunModel::PhaseRole).toInt()
                           != int(Maestro::Orchestration::ProgressPhase::Checking))
                    return;
                *taken = true;
                grabLater(&window, options.screenshot, options.delayMs);
            });
    }
    QObject::connect(runs, &RunController::runFinished, &window, [&window, options, shoot] {
        if (options.showTimeline)
            window.runPanel()->showTimeline();
        if (shoot && options.moment == ShotMoment::Finished)
            grabLater(&window, options.screenshot, options.delayMs);
    });
    if (options.runCommand) {
        window.requestRun(*options.runCommand);
        if (Maestro::Gui::PlanPreviewDialog *preview = runs->preview()) {
            if (shoot && options.moment == ShotMoment::Preview)
                grabLater(preview, options.screenshot, options.delayMs);
            else if (options.runAtOnce)
                preview->accept();
        }
    }
    if (shoot && options.moment == ShotMoment::Loaded) {
        QWidget *shown = &window;
        if (options.diagnosticRow >= 0 && window.yamlView())
            shown = window.yamlView();
        grabLater(shown, options.screenshot, options.delayMs);
    }
}

void scheduleAfterFirstLayout(Maestro::Gui::MainWindow &window, const LaunchOptions &options)
{
    auto done = std::make_shared<bool>(false);
    auto once = [&window, options, done] {
        if (*done)
            return; // once, however many loads and layouts follow
        *done = true;
        afterFirstLayout(window, options);
    };
    auto *scene = window.graphScene();
    QObject::connect(window.document(), &Maestro::Document::EnvironmentDocument::loadFinished, &window,
                     [scene, once](bool ok) {
                         if (!ok || !scene->isLayoutPending())
                             once();
                     });
    QObject::connect(scene, &Maestro::Gui::DependencyGraphScene::layoutApplied, &window, once);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MaestroDesktop"));
    QCoreApplication::setApplicationName(QStringLiteral("maestro-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAESTRO_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Maestro Desktop"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.maestrodesktop.MaestroDesktop"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("See and operate multi-host Docker environments described by maestro.yaml."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The environment file to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Tr::tr("Use the translation for <language> (e.g. de)."),
                                        Tr::tr("language"));
    const QCommandLineOption groupOption(QStringLiteral("group-by"),
                                         Tr::tr("Group the tree by \"ship\" or \"service\"."),
                                         Tr::tr("grouping"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Tr::tr("Save a picture of the window to <png> once the file is shown, then quit."),
        Tr::tr("png"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"), Tr::tr("Select <instance> after loading."), Tr::tr("instance"));
    const QCommandLineOption diagnosticOption(
        QStringLiteral("show-diagnostic"),
        Tr::tr("With --screenshot: picture the file view at diagnostic <row> instead."),
        Tr::tr("row"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        Tr::tr("Window size as WIDTHxHEIGHT."), Tr::tr("size"));
    const QCommandLineOption delayOption(
        QStringLiteral("screenshot-delay"),
        Tr::tr("With --screenshot: wait <ms> after the file is shown (default 300)."), Tr::tr("ms"),
        QStringLiteral("300"));
    const QCommandLineOption runOption(
        QStringLiteral("run"),
        Tr::tr("Once the file is shown, preview <command> (start, stop, restart, kill, pull, "
               "clean) for the --select instance, or the whole environment."),
        Tr::tr("command"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       Tr::tr("With --run: run the plan without waiting for a "
                                              "click on Run."));
    const QCommandLineOption momentOption(
        QStringLiteral("screenshot-at"),
        Tr::tr("With --screenshot: take it when the file is shown (\"loaded\"), at the plan "
               "preview (\"preview\"), while a check runs (\"checking\") or when the run "
               "ends (\"finished\")."),
        Tr::tr("moment"), QStringLiteral("loaded"));
    const QCommandLineOption timelineOption(QStringLiteral("show-timeline"),
                                            Tr::tr("Show the timeline when the run ends."));
    const QCommandLineOption panelOption(
        QStringLiteral("show-panel"),
        Tr::tr("Bring a panel to the front: diagnostics, run, logs, details or ships (may be "
               "repeated)."),
        Tr::tr("panel"));
    const QCommandLineOption checkNowOption(
        QStringLiteral("check-now"),
        Tr::tr("Once the file is shown, run the checks of the running instances (Check Now) "
               "for the --select instance, or the whole environment."));
    parser.addOptions({langOption, groupOption, screenshotOption, selectOption, diagnosticOption,
                       sizeOption, delayOption, runOption, yesOption, momentOption,
                       timelineOption, panelOption, checkNowOption});
    parser.process(app);

    installTranslations(app, parser.isSet(langOption) ? QLocale(parser.value(langOption))
                                                      : QLocale::system());

    // The app's own pool: loads and layouts never compete with Qt's global pool, and
    // shutdown waits for exactly this work.
    QThreadPool pool;
    Maestro::Orchestration::ShipConnections connections; // the one owner of ship clients
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));

    int status = 0;
    {
        Maestro::Gui::MainWindow window(&pool, connections);
        if (parser.isSet(groupOption)) {
            const bool byService = parser.value(groupOption) == QLatin1String("service");
            if (QAction *action
                = window.findChild<QAction *>(QStringLiteral("actionGroupByService")))
                action->setChecked(byService);
        }
        if (parser.isSet(sizeOption)) {
            const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
            if (parts.size() == 2)
                window.resize(parts.at(0).toInt(), parts.at(1).toInt());
        }
        LaunchOptions launch;
        launch.screenshot = parser.value(screenshotOption);
        launch.selectInstance = parser.value(selectOption);
        launch.diagnosticRow
            = parser.isSet(diagnosticOption) ? parser.value(diagnosticOption).toInt() : -1;
        launch.delayMs = std::max(0, parser.value(delayOption).toInt());
        if (const QString run = parser.value(runOption); !run.isEmpty()) {
            launch.runCommand = Maestro::Orchestration::commandFromName(run);
            if (!launch.runCommand) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(Tr::tr("Unknown --run command: %1").arg(run)));
                return 2;
            }
        }
        launch.runAtOnce = parser.isSet(yesOption);
        launch.showTimeline = parser.isSet(timelineOption);
        launch.panels = parser.values(panelOption);
        launch.checkNow = parser.isSet(checkNowOption);
        const QString moment = parser.value(momentOption);
        if (moment == QLatin1String("preview"))
            launch.moment = ShotMoment::Preview;
        else if (moment == QLatin1String("checking"))
            launch.moment = ShotMoment::Checking;
        else if (moment == QLatin1String("finished"))
            launch.moment = ShotMoment::Finished;
        else if (moment != QLatin1String("loaded")) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Tr::tr("Unknown --screenshot-at moment: %1").arg(moment)));
            return 2;
        }
        scheduleAfterFirstLayout(window, launch);
        window.show();
        const QStringList files = parser.positionalArguments();
        if (!files.isEmpty())
            window.openFile(files.first());
        status = QApplication::exec();
    }
    pool.waitForDone();
    return status;
}
