// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorselectionsync.h"

#include "fileviewer.h"
#include "yamlviewdialog.h"

#include "gui/selectionsync.h"

#include "document/environmentdocument.h"

#include <QFileInfo>
#include <QScopedValueRollback>

namespace Maestro::Gui {

EditorSelectionSync::EditorSelectionSync(Document::EnvironmentDocument *document,
                                         FileViewer *viewer, SelectionSync *selection,
                                         QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_viewer(viewer)
    , m_selection(selection)
{
    connect(m_document, &Document::EnvironmentDocument::loadFinished, this,
            [this] { m_positions = Document::InstancePositions(m_document->lastLoad().document); });
    connect(m_selection, &SelectionSync::instanceSelected, this,
            &EditorSelectionSync::showInstance);
    connect(m_viewer, &FileViewer::viewCreated, this, &EditorSelectionSync::follow);
    if (m_viewer->dialog())
        follow(m_viewer->dialog());
}

void EditorSelectionSync::follow(YamlViewDialog *view)
{
    connect(view, &YamlViewDialog::cursorLineChanged, this, &EditorSelectionSync::onCursorLine);
}

void EditorSelectionSync::showInstance(const QString &instance)
{
    YamlViewDialog *view = m_viewer->dialog();
    if (instance.isEmpty())
        return;
    // Moving the cursor selected it, or the window selected it again after a reload: the
    // cursor stays where the user put it.
    if (m_fromEditor || std::exchange(m_shown, instance) == instance || !view || !view->isVisible())
        return;
    const Core::SourceLocation key = m_positions.keyOf(instance);
    if (key.isValid() && QFileInfo(key.file).absoluteFilePath() == view->fileName())
        view->moveCursorTo(key.line, key.column);
}

void EditorSelectionSync::onCursorLine(int line)
{
    YamlViewDialog *view = m_viewer->dialog();
    if (!m_selection || !view)
        return;
    const QString instance = m_positions.instanceAt(view->fileName(), line);
    if (instance.isEmpty() || instance == m_selection->shownInstance())
        return;
    const QScopedValueRollback guard(m_fromEditor, true);
    m_shown = instance;
    m_selection->selectInstance(instance);
}

} // namespace Maestro::Gui
