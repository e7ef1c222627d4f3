// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/structure/structuretarget.h"

#include "orchestration/plan/command.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QWidget;

namespace Maestro::Gui {

class MainWindow;

// Drives the window for pictures of it (scripts/screenshots.sh) from maestro-desktop's
// command line: once the first file is shown and its graph laid out, selects an instance,
// brings panels to the front, opens the file view at a diagnostic, runs Check Now, opens the
// plan preview of a command (and runs it at once if asked), opens Rename with a new name, and
// saves a picture of the window (or of the preview, the file view or the rename's preview) at
// the moment asked for, then quits the application
// with 0, or 1 when the picture cannot be written. A child of the window. GUI thread only.
class ScreenshotDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotDriver)

public:
    // When the picture is taken: the file shown, the plan preview of the command, a check
    // running during the run, or the end of the run.
    enum class Moment { Loaded, Preview, Checking, Finished };

    struct Options
    {
        QString screenshot; // the picture's file; empty: no picture, the app keeps running
        Moment moment = Moment::Loaded;
        int delayMs = 300; // after the moment, so that the views repaint first
        QString selectInstance;
        QStringList panels; // docks brought to the front, by name ("logs" for logsDock)
        int diagnosticRow = -1;
        bool checkNow = false;
        std::optional<Orchestration::Command> runCommand;
        bool runAtOnce = false;    // Run in the preview without waiting for a click
        bool showTimeline = false; // when the run ends
        // Opens Rename for the target with the new name typed; the picture is of its preview.
        StructureTarget renameTarget;
        QString renameTo;
    };

    // "loaded", "preview", "checking", "finished"; nothing for any other word.
    static std::optional<Moment> momentFromName(const QString &name);

    ScreenshotDriver(MainWindow *window, Options options);

private:
    void onFirstLayout();
    void raisePanels();
    void takeCheckingPicture();
    // Saves the picture of `widget` after the delay, then quits.
    void grabLater(QWidget *widget);

    MainWindow *m_window;
    Options m_options;
    bool m_started = false;
    bool m_checkingTaken = false;
};

} // namespace Maestro::Gui
