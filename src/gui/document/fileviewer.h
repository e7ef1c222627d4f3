// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sourcelocation.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Models {
class DiagnosticsModel;
}

namespace Maestro::Gui {

class YamlViewDialog;

// The window's one file view and editor (YamlViewDialog, made when first needed, a child of
// `dialogParent`): on the environment file (File > Show File) or at the place a diagnostic of
// `diagnostics` points (its file, relative ones next to the environment file). An open view
// follows the document through reloads. A file it cannot show is reported in a message box.
// GUI thread only.
class FileViewer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileViewer)

public:
    // `document` and `diagnostics` must outlive the viewer.
    FileViewer(Document::EnvironmentDocument *document, Models::DiagnosticsModel *diagnostics,
               QWidget *dialogParent, QObject *parent = nullptr);

    void showFile();
    // Shows the file of diagnostic `row` at its line and column.
    void showDiagnostic(int row);
    // Shows `location` (a file of the environment, relative ones next to the environment
    // file) with the cursor there.
    void showLocation(const Maestro::Core::SourceLocation &location);
    // The view, once it has been shown.
    YamlViewDialog *dialog() const;
    // Window actions that work in the view too (Save, Undo, Redo: the view is a window of
    // its own, where the main window's shortcuts do not reach).
    void setWindowActions(const QList<QAction *> &actions);

signals:
    // The view was made (it is made when first shown).
    void viewCreated(Maestro::Gui::YamlViewDialog *view);

private:
    // A file as diagnostics and source locations name it: none is the environment file,
    // a relative one lies next to it.
    QString resolved(const QString &file) const;
    // Opens `file` in the view; false (and a warning) when it cannot be read.
    bool open(const QString &file);
    void raise();

    Document::EnvironmentDocument *m_document;
    Models::DiagnosticsModel *m_diagnostics;
    QWidget *m_dialogParent;
    QPointer<YamlViewDialog> m_dialog;
    QList<QAction *> m_windowActions;
};

} // namespace Maestro::Gui
