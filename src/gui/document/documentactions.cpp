// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentactions.h"

#include "reviewchangesdialog.h"

#include "gui/icons.h"

#include "document/environmentdocument.h"

#include <QAction>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace Maestro::Gui {

DocumentActions::DocumentActions(Document::EnvironmentDocument *document, QMainWindow *window,
                                 QMenu *fileMenu, QAction *saveBefore, QAction *editBefore)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_save(new QAction(themedIcon(QStringLiteral("document-save")), tr("&Save"), window))
    , m_undo(new QAction(themedIcon(QStringLiteral("edit-undo")), tr("&Undo"), window))
    , m_redo(new QAction(themedIcon(QStringLiteral("edit-redo")), tr("&Redo"), window))
    , m_editMenu(new QMenu(tr("&Edit"), window))
{
    m_save->setObjectName(QStringLiteral("actionSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    fileMenu->insertAction(saveBefore, m_save);
    window->menuBar()->insertMenu(editBefore, m_editMenu);
    window->addAction(m_save);

    connect(m_save, &QAction::triggered, this, &DocumentActions::save);
    connect(m_undo, &QAction::triggered, m_document, &Document::EnvironmentDocument::undo);
    connect(m_redo, &QAction::triggered, m_document, &Document::EnvironmentDocument::redo);
    connect(m_document, &Document::EnvironmentDocument::undoRedoChanged, this,
            &DocumentActions::update);
    connect(m_document, &Document::EnvironmentDocument::modifiedChanged, this,
            &DocumentActions::update);
    connect(m_document, &Document::EnvironmentDocument::fileNameChanged, this,
            &DocumentActions::update);
    connect(m_document, &Document::EnvironmentDocument::editRefused, this,
            &DocumentActions::showRefusal);
    update();
}

void DocumentActions::update()
{
    m_undo->setEnabled(m_document->canUndo());
    m_redo->setEnabled(m_document->canRedo());
    m_save->setEnabled(m_document->isModified());
    m_window->setWindowModified(m_document->isModified());
}

void DocumentActions::showRefusal(const Core::Error &error)
{
    m_window->statusBar()->showMessage(tr("The edit was not made: %1").arg(error.toString()),
                                       15000);
}

bool DocumentActions::save()
{
    if (!m_document->isModified())
        return true;
    if (ReviewChangesDialog::reviewBeforeSave()) {
        ReviewChangesDialog review(m_document, m_window);
        if (review.exec() != QDialog::Accepted)
            return false;
    }
    if (const Core::VoidResult saved = m_document->save(); !saved) {
        QMessageBox::warning(m_window, tr("Save"), saved.error().toString());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Saved %1").arg(QFileInfo(m_document->fileName()).fileName()), 5000);
    return true;
}

bool DocumentActions::maySafelyClose()
{
    if (!m_document->isModified())
        return true;
    QMessageBox question(
        QMessageBox::Warning, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved.").arg(QFileInfo(m_document->fileName()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    question.setInformativeText(tr("Save them before closing?"));
    question.setDefaultButton(QMessageBox::Save);
    question.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    switch (question.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

} // namespace Maestro::Gui
