// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileviewer.h"

#include "yamlviewdialog.h"

#include "document/environmentdocument.h"

#include "models/diagnosticsmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace Maestro::Gui {

FileViewer::FileViewer(Document::EnvironmentDocument *document,
                       Models::DiagnosticsModel *diagnostics, QWidget *dialogParent,
                       QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_diagnostics(diagnostics)
    , m_dialogParent(dialogParent)
{
    // An open view follows its file, and the problem it points at, through reloads.
    connect(m_document, &Document::EnvironmentDocument::loadFinished, this, [this] {
        if (m_dialog)
            m_dialog->followReload(m_document->diagnostics());
    });
}

YamlViewDialog *FileViewer::dialog() const
{
    return m_dialog.data();
}

void FileViewer::showFile()
{
    if (m_document->fileName().isEmpty() || !open(m_document->fileName()))
        return;
    raise();
}

void FileViewer::showDiagnostic(int row)
{
    const QModelIndex index = m_diagnostics->index(row, 0);
    if (!index.isValid())
        return;
    if (!open(resolved(index.data(Models::DiagnosticsModel::FileRole).toString())))
        return;
    m_dialog->pointAt(m_diagnostics->diagnostics().at(row));
    raise();
}

void FileViewer::showLocation(const Core::SourceLocation &location)
{
    if (!open(resolved(location.file)))
        return;
    m_dialog->goTo(location.line, location.column);
    raise();
}

void FileViewer::setWindowActions(const QList<QAction *> &actions)
{
    m_windowActions = actions;
    if (m_dialog)
        m_dialog->addActions(actions);
}

QString FileViewer::resolved(const QString &file) const
{
    if (file.isEmpty())
        return m_document->fileName();
    if (QFileInfo(file).isRelative())
        return QFileInfo(m_document->fileName()).absoluteDir().filePath(file);
    return file;
}

bool FileViewer::open(const QString &file)
{
    if (!m_dialog) {
        m_dialog = new YamlViewDialog(m_document, m_dialogParent);
        m_dialog->addActions(m_windowActions);
        emit viewCreated(m_dialog);
    }
    if (const Core::VoidResult opened = m_dialog->openFile(file); !opened) {
        QMessageBox::warning(m_dialogParent, tr("Show File"), opened.error().message);
        return false;
    }
    return true;
}

void FileViewer::raise()
{
    m_dialog->show();
    m_dialog->raise();
}

} // namespace Maestro::Gui
