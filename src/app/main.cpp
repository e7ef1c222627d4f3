// SPDX-License-Identifier: GPL-3.0-or-later
// maestro-desktop: parses the command line, loads the translations, builds the owners (the
// application's own thread pool, the ship connections) and the main window, and runs. What
// the command line asks of the window once the file is shown (--select, --run, --screenshot
// ...) is the ScreenshotDriver's.

#include "gui/mainwindow.h"
#include "gui/screenshotdriver.h"

#include "orchestration/ships/shipconnections.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QThreadPool>
#include <QTranslator>

#include <cstdio>

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

// The command line of maestro-desktop. Its texts are evaluated before the translations
// are installed (they would need the parsed --lang), so --help is English, as before.
struct DesktopCommandLine
{
    DesktopCommandLine()
    {
        parser.setApplicationDescription(
            Tr::tr("See and operate multi-host Docker environments described by maestro.yaml."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("file"),
                                     Tr::tr("The environment file to open."),
                                     QStringLiteral("[file]"));
        parser.addOptions({langOption, groupOption, screenshotOption, selectOption,
                           diagnosticOption, sizeOption, delayOption, runOption, yesOption,
                           momentOption, timelineOption, panelOption, checkNowOption, renameOption,
                           editOption, edgeOption, tooltipOption});
    }

    QCommandLineParser parser;
    const QCommandLineOption langOption{QStringLiteral("lang"),
                                        Tr::tr("Use the translation for <language> (e.g. de)."),
                                        Tr::tr("language")};
    const QCommandLineOption groupOption{QStringLiteral("group-by"),
                                         Tr::tr("Group the tree by \"ship\" or \"service\"."),
                                         Tr::tr("grouping")};
    const QCommandLineOption screenshotOption{
        QStringLiteral("screenshot"),
        Tr::tr("Save a picture of the window to <png> once the file is shown, then quit."),
        Tr::tr("png")};
    const QCommandLineOption selectOption{
        QStringLiteral("select"), Tr::tr("Select <instance> after loading."), Tr::tr("instance")};
    const QCommandLineOption diagnosticOption{
        QStringLiteral("show-diagnostic"),
        Tr::tr("With --screenshot: picture the file view at diagnostic <row> instead."),
        Tr::tr("row")};
    const QCommandLineOption sizeOption{QStringLiteral("size"),
                                        Tr::tr("Window size as WIDTHxHEIGHT."), Tr::tr("size")};
    const QCommandLineOption delayOption{
        QStringLiteral("screenshot-delay"),
        Tr::tr("With --screenshot: wait <ms> after the file is shown (default 300)."), Tr::tr("ms"),
        QStringLiteral("300")};
    const QCommandLineOption runOption{
        QStringLiteral("run"),
        Tr::tr("Once the file is shown, preview <command> (start, stop, restart, kill, pull, "
               "clean) for the --select instance, or the whole environment."),
        Tr::tr("command")};
    const QCommandLineOption yesOption{QStringLiteral("yes"),
                                       Tr::tr("With --run: run the plan without waiting for a "
                                              "click on Run.")};
    const QCommandLineOption momentOption{
        QStringLiteral("screenshot-at"),
        Tr::tr("With --screenshot: take it when the file is shown (\"loaded\"), at the plan "
               "preview (\"preview\"), while a check runs (\"checking\"), when the run "
               "ends (\"finished\") or of Save's review of the --edit changes (\"review\")."),
        Tr::tr("moment"), QStringLiteral("loaded")};
    const QCommandLineOption timelineOption{QStringLiteral("show-timeline"),
                                            Tr::tr("Show the timeline when the run ends.")};
    const QCommandLineOption panelOption{
        QStringLiteral("show-panel"),
        Tr::tr("Bring a panel to the front: diagnostics, run, logs, details or ships (may be "
               "repeated)."),
        Tr::tr("panel")};
    const QCommandLineOption checkNowOption{
        QStringLiteral("check-now"),
        Tr::tr("Once the file is shown, run the checks of the running instances (Check Now) "
               "for the --select instance, or the whole environment.")};
    const QCommandLineOption renameOption{
        QStringLiteral("rename-preview"),
        Tr::tr("Once the file is shown, open Rename for <kind:name=new> (e.g. "
               "service:redis=cache) with the new name typed; --screenshot pictures its preview."),
        Tr::tr("kind:name=new")};
    const QCommandLineOption editOption{
        QStringLiteral("edit"),
        Tr::tr("Once the file is shown, set <path=value> as a form would (e.g. "
               "services.web.env.A=b; the value in YAML flow syntax), unsaved; may be repeated."),
        Tr::tr("path=value")};
    const QCommandLineOption tooltipOption{
        QStringLiteral("diagnostic-tooltip"),
        Tr::tr("With --show-diagnostic: hover over the diagnostic, so that the picture shows "
               "its tooltip.")};
    const QCommandLineOption edgeOption{
        QStringLiteral("select-edge"),
        Tr::tr("Once the file is shown, select the graph's first dependency line.")};
};

// --help and --version only print text; a QApplication needs a display (xcb aborts without
// one), so they are answered before any is made.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MaestroDesktop"));
    QCoreApplication::setApplicationName(QStringLiteral("maestro-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAESTRO_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrintsText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        DesktopCommandLine commandLine;
        commandLine.parser.process(app); // prints the text and exits
        return 0;
    }
    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Maestro Desktop"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.maestrodesktop.MaestroDesktop"));

    DesktopCommandLine commandLine;
    commandLine.parser.process(app);
    const QCommandLineParser &parser = commandLine.parser;

    installTranslations(app, parser.isSet(commandLine.langOption)
                                 ? QLocale(parser.value(commandLine.langOption))
                                 : QLocale::system());

    // The app's own pool: loads and layouts never compete with Qt's global pool, and
    // shutdown waits for exactly this work.
    QThreadPool pool;
    Maestro::Orchestration::ShipConnections connections; // the one owner of ship clients
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));

    int status = 0;
    {
        Maestro::Gui::MainWindow window(&pool, connections);
        if (parser.isSet(commandLine.groupOption)) {
            const bool byService
                = parser.value(commandLine.groupOption) == QLatin1String("service");
            if (QAction *action
                = window.findChild<QAction *>(QStringLiteral("actionGroupByService")))
                action->setChecked(byService);
        }
        if (parser.isSet(commandLine.sizeOption)) {
            const QStringList parts = parser.value(commandLine.sizeOption).split(QLatin1Char('x'));
            if (parts.size() == 2)
                window.resize(parts.at(0).toInt(), parts.at(1).toInt());
        }
        Maestro::Gui::ScreenshotDriver::Options launch;
        launch.screenshot = parser.value(commandLine.screenshotOption);
        launch.selectInstance = parser.value(commandLine.selectOption);
        launch.diagnosticRow = parser.isSet(commandLine.diagnosticOption)
                                   ? parser.value(commandLine.diagnosticOption).toInt()
                                   : -1;
        launch.delayMs = std::max(0, parser.value(commandLine.delayOption).toInt());
        if (const QString run = parser.value(commandLine.runOption); !run.isEmpty()) {
            launch.runCommand = Maestro::Orchestration::commandFromName(run);
            if (!launch.runCommand) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(Tr::tr("Unknown --run command: %1").arg(run)));
                return 2;
            }
        }
        launch.runAtOnce = parser.isSet(commandLine.yesOption);
        launch.showTimeline = parser.isSet(commandLine.timelineOption);
        launch.panels = parser.values(commandLine.panelOption);
        launch.checkNow = parser.isSet(commandLine.checkNowOption);
        const QString moment = parser.value(commandLine.momentOption);
        const auto shotMoment = Maestro::Gui::ScreenshotDriver::momentFromName(moment);
        if (!shotMoment) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Tr::tr("Unknown --screenshot-at moment: %1").arg(moment)));
            return 2;
        }
        launch.moment = *shotMoment;
        if (const QString rename = parser.value(commandLine.renameOption); !rename.isEmpty()) {
            launch.renameTarget
                = Maestro::Gui::StructureTarget::fromText(rename.section(QLatin1Char('='), 0, 0));
            launch.renameTo = rename.section(QLatin1Char('='), 1);
            if (!launch.renameTarget.isValid() || launch.renameTo.isEmpty()) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(Tr::tr("Unknown --rename-preview: %1").arg(rename)));
                return 2;
            }
        }
        for (const QString &edit : parser.values(commandLine.editOption)) {
            const auto path = Maestro::Core::EditPath::parse(edit.section(QLatin1Char('='), 0, 0));
            if (!path || !edit.contains(QLatin1Char('='))) {
                std::fprintf(stderr, "%s\n", qPrintable(Tr::tr("Unknown --edit: %1").arg(edit)));
                return 2;
            }
            Maestro::Core::EditRequest request;
            request.path = *path;
            request.argument = edit.section(QLatin1Char('='), 1);
            launch.edits.append(request);
        }
        launch.selectEdge = parser.isSet(commandLine.edgeOption);
        launch.diagnosticTooltip = parser.isSet(commandLine.tooltipOption);
        new Maestro::Gui::ScreenshotDriver(&window, launch); // the window owns it
        window.show();
        const QStringList files = parser.positionalArguments();
        if (!files.isEmpty())
            window.openFile(files.first());
        status = QApplication::exec();
    }
    pool.waitForDone();
    return status;
}
