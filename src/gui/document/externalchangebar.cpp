// SPDX-License-Identifier: GPL-3.0-or-later
#include "externalchangebar.h"

#include "document/environmentdocument.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace Maestro::Gui {

ExternalChangeBar::ExternalChangeBar(Document::EnvironmentDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_message(new QLabel(this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_keepMine(new QPushButton(tr("Keep Mine"), this))
    , m_applyAgain(new QPushButton(tr("Apply Again"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("externalChangeBar"));
    setAccessibleName(tr("File changed on disk"));
    setStyleSheet(QStringLiteral("#externalChangeBar { background: #fff3cd; border: 1px solid "
                                 "#e0c36a; } QLabel { color: #664d03; }"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("File changed on disk"));
    m_reload->setToolTip(tr("Load the file from disk and drop your unsaved edits"));
    m_keepMine->setToolTip(tr("Keep your edits; saving overwrites the file on disk"));
    m_applyAgain->setToolTip(tr("Load the file from disk and make your edits again on it"));
    for (QPushButton *button : {m_reload, m_keepMine, m_applyAgain, m_dismiss})
        button->setAccessibleName(button->text());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_message, 1);
    for (QPushButton *button : {m_reload, m_keepMine, m_applyAgain, m_dismiss})
        layout->addWidget(button);

    connect(m_reload, &QPushButton::clicked, m_document,
            &Document::EnvironmentDocument::reloadFromDisk);
    connect(m_keepMine, &QPushButton::clicked, this, &ExternalChangeBar::keepMine);
    connect(m_applyAgain, &QPushButton::clicked, m_document,
            &Document::EnvironmentDocument::applyAgain);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_document, &Document::EnvironmentDocument::externallyChanged, this,
            &ExternalChangeBar::showChoices);
    connect(m_document, &Document::EnvironmentDocument::externalChangeResolved, this,
            &QWidget::hide);
    connect(m_document, &Document::EnvironmentDocument::reappliedEdits, this,
            &ExternalChangeBar::showReapplied);
    connect(m_document, &Document::EnvironmentDocument::fileNameChanged, this, &QWidget::hide);
    hide();
}

QString ExternalChangeBar::message() const
{
    return m_message->text();
}

void ExternalChangeBar::showChoices()
{
    m_message->setText(tr("%1 changed on disk while you have unsaved edits.")
                           .arg(QFileInfo(m_document->fileName()).fileName()));
    for (QPushButton *button : {m_reload, m_keepMine, m_applyAgain})
        button->show();
    m_dismiss->hide();
    show();
}

void ExternalChangeBar::keepMine()
{
    const auto answer = QMessageBox::question(
        this, tr("Keep Mine"),
        tr("Saving will overwrite the changes made to %1 on disk. Keep your edits?")
            .arg(QFileInfo(m_document->fileName()).fileName()));
    if (answer == QMessageBox::Yes)
        m_document->keepMine();
}

void ExternalChangeBar::showReapplied(const QList<Core::Error> &failed, int typingDropped)
{
    if (failed.isEmpty() && typingDropped == 0) {
        hide();
        return;
    }
    QStringList lines;
    if (!failed.isEmpty())
        lines.append(tr("%n edit(s) no longer apply:", nullptr, int(failed.size())));
    for (const Core::Error &error : failed)
        lines.append(QStringLiteral("• ") + error.toString());
    if (typingDropped > 0)
        lines.append(tr("%n typed change(s) could not be made again: type them again.", nullptr,
                        typingDropped));
    m_message->setText(lines.join(QLatin1Char('\n')));
    for (QPushButton *button : {m_reload, m_keepMine, m_applyAgain})
        button->hide();
    m_dismiss->show();
    show();
}

} // namespace Maestro::Gui
