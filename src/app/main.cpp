// SPDX-License-Identifier: GPL-3.0-or-later
// maestro-desktop: parses the command line, loads the translations, builds the main window
// around the application's own thread pool, and runs.

#include "gui/dependencygraphscene.h"
#include "gui/environmentdocument.h"
#include "gui/mainwindow.h"
#include "gui/yamlviewdialog.h"

#include <QApplication>
#include <QCommandLineParser>
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

// --screenshot: grab the window once the file is loaded and the graph laid out, then quit.
void scheduleScreenshot(Maestro::Gui::MainWindow &window, const QString &target,
                        const QString &selectInstance, int diagnosticRow, int delayMs)
{
    auto scheduled = std::make_shared<bool>(false);
    auto grab = [&window, target, selectInstance, diagnosticRow, delayMs, scheduled] {
        if (*scheduled)
            return; // one picture, however many loads and layouts follow
        *scheduled = true;
        if (!selectInstance.isEmpty())
            window.selectInstance(selectInstance);
        if (diagnosticRow >= 0)
            window.showDiagnostic(diagnosticRow);
        // Let the views repaint after the selection before grabbing.
        QTimer::singleShot(delayMs, &window, [&window, target, diagnosticRow] {
            QWidget *shown = &window;
            if (diagnosticRow >= 0 && window.yamlView())
                shown = window.yamlView();
            const bool saved = shown->grab().save(target);
            if (!saved)
                std::fprintf(stderr, "%s\n",
                             qPrintable(Tr::tr("Cannot write the screenshot %1").arg(target)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    auto *scene = window.graphScene();
    QObject::connect(window.document(), &Maestro::Gui::EnvironmentDocument::loadFinished, &window,
                     [scene, grab](bool ok) {
                         if (!ok || !scene->isLayoutPending())
                             grab();
                     });
    QObject::connect(scene, &Maestro::Gui::DependencyGraphScene::layoutApplied, &window, grab);
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
    parser.addOptions({langOption, groupOption, screenshotOption, selectOption, diagnosticOption,
                       sizeOption, delayOption});
    parser.process(app);

    installTranslations(app, parser.isSet(langOption) ? QLocale(parser.value(langOption))
                                                      : QLocale::system());

    // The app's own pool: loads and layouts never compete with Qt's global pool, and
    // shutdown waits for exactly this work.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));

    int status = 0;
    {
        Maestro::Gui::MainWindow window(&pool);
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
        if (parser.isSet(screenshotOption)) {
            scheduleScreenshot(
                window, parser.value(screenshotOption), parser.value(selectOption),
                parser.isSet(diagnosticOption) ? parser.value(diagnosticOption).toInt() : -1,
                std::max(0, parser.value(delayOption).toInt()));
        }
        window.show();
        const QStringList files = parser.positionalArguments();
        if (!files.isEmpty())
            window.openFile(files.first());
        if (parser.isSet(selectOption) && !parser.isSet(screenshotOption)) {
            const QString instance = parser.value(selectOption);
            QObject::connect(window.document(), &Maestro::Gui::EnvironmentDocument::loadFinished,
                             &window, [&window, instance] { window.selectInstance(instance); });
        }
        status = QApplication::exec();
    }
    pool.waitForDone();
    return status;
}
