// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace Maestro::Core {
struct Error;
}

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

// The document's actions in the window: File > Save (Ctrl+S, through "Review changes"
// unless the review is turned off), Edit > Undo and Redo (Ctrl+Z, Ctrl+Shift+Z), the
// window's modified mark ([*] in the title), refused edits in the status bar, and the
// question before unsaved changes are dropped (Save, Discard, Cancel). GUI thread only.
class DocumentActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentActions)

public:
    // Adds Save to `fileMenu` before `saveBefore`, and an Edit menu before `editBefore`.
    DocumentActions(Document::EnvironmentDocument *document, QMainWindow *window, QMenu *fileMenu,
                    QAction *saveBefore, QAction *editBefore);

    QAction *saveAction() const { return m_save; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QMenu *editMenu() const { return m_editMenu; }

    // Saves (after the review, when it is on); false when the user cancelled or it failed
    // (which is reported).
    bool save();
    // Before the document's changes would be dropped (closing, opening another file): true
    // when there are none, or the user saved or discarded them; false to stay.
    bool maySafelyClose();
    // A refused edit in the status bar: the document's, or one refused before it was made.
    void showRefusal(const Core::Error &error);

private:
    void update();

    Document::EnvironmentDocument *m_document;
    QMainWindow *m_window;
    QAction *m_save;
    QAction *m_undo;
    QAction *m_redo;
    QMenu *m_editMenu;
};

} // namespace Maestro::Gui
