// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/instancepositions.h"

#include <QObject>
#include <QPointer>

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

class FileViewer;
class SelectionSync;
class YamlViewDialog;

// Selection following between the window and the editor: an instance selected in the tree
// (or the graph) puts the editor's cursor on its key; the user moving the cursor into an
// instance's entry selects that instance. The window selecting the same instance again
// after a reload (while the user types elsewhere) leaves the cursor alone. Positions come from the
// document's last load (InstancePositions). GUI thread only.
class EditorSelectionSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorSelectionSync)

public:
    EditorSelectionSync(Document::EnvironmentDocument *document, FileViewer *viewer,
                        SelectionSync *selection, QObject *parent = nullptr);

private:
    void follow(YamlViewDialog *view);
    void showInstance(const QString &instance);
    void onCursorLine(int line);

    Document::EnvironmentDocument *m_document;
    FileViewer *m_viewer;
    QPointer<SelectionSync> m_selection; // the window deletes it early
    Document::InstancePositions m_positions;
    QString m_shown; // the instance the cursor was last put on or selected from
    bool m_fromEditor = false;
};

} // namespace Maestro::Gui
