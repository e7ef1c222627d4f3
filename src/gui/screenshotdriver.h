// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/structure/structuretarget.h"

#include "core/edit/editengine.h"

#include "orchestration/plan/command.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QPixmap;
class QWidget;

namespace Maestro::Gui {

class MainWindow;

// Drives the window for pictures of it (scripts/screenshots.sh) from maestro-desktop's
// command line: once the first file is shown and its graph laid out, selects an instance,
// brings panels to the front, opens the file view at a diagnostic, runs Check Now, opens the
// plan preview of a command (and runs it at once if asked), opens Rename with a new name, makes
// edits of the file (as a form would) and shows their review, selects the graph's first
// dependency line, and saves a picture of the window (or of the preview, the file view, the
// rename's preview or the review) at the moment asked for, then quits the application
// with 0, or 1 when the picture cannot be written. A child of the window. GUI thread only.
class ScreenshotDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotDriver)

public:
    // When the picture is taken: the file shown (after the edits, if any), the plan preview
    // of the command, a check running during the run, the end of the run, or Save's review
    // of the edits.
    enum class Moment { Loaded, Preview, Checking, Finished, Review };

    struct Options
    {
        QString screenshot; // the picture's file; empty: no picture, the app keeps running
        Moment moment = Moment::Loaded;
        int delayMs = 300; // after the moment, so that the views repaint first
        QString selectInstance;
        QStringList panels; // docks brought to the front, by name ("logs" for logsDock)
        int diagnosticRow = -1;
        bool diagnosticTooltip = false; // with diagnosticRow: its tooltip shown too
        bool checkNow = false;
        std::optional<Orchestration::Command> runCommand;
        bool runAtOnce = false;    // Run in the preview without waiting for a click
        bool showTimeline = false; // when the run ends
        // Opens Rename for the target with the new name typed; the picture is of its preview.
        StructureTarget renameTarget;
        QString renameTo;
        // Made in this order once the file is shown, before anything else; unsaved.
        QList<Core::EditRequest> edits;
        bool selectEdge = false; // the graph's first dependency line, selected
    };

    // "loaded", "preview", "checking", "finished", "review"; nothing for any other word.
    static std::optional<Moment> momentFromName(const QString &name);

    ScreenshotDriver(MainWindow *window, Options options);

private:
    void onFirstLayout();
    void applyEdits();
    // What the options ask for once the file is shown and edited.
    void act();
    void selectFirstEdge();
    void raisePanels();
    void takeCheckingPicture();
    // Saves the picture of `widget` after the delay, then quits.
    void grabLater(QWidget *widget);
    void showDiagnosticTooltip();
    void save(const QPixmap &picture);

    MainWindow *m_window;
    Options m_options;
    bool m_started = false;
    bool m_checkingTaken = false;
    int m_editsApplied = 0;
};

} // namespace Maestro::Gui
