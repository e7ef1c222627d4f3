// SPDX-License-Identifier: GPL-3.0-or-later
#include "findreplacebar.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>

namespace Maestro::Gui {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    setAccessibleName(tr("Find and replace"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *next = new QPushButton(tr("Find Next"), this);
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace All"), m_replaceRow);
    for (QPushButton *button : {next, replaceOne, replaceEvery})
        button->setAccessibleName(button->text());

    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(next);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replace);
    connect(replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replace);
    connect(replaceEvery, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    hide();
}

void FindReplaceBar::start(bool replace)
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_replaceRow->setVisible(replace);
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

bool FindReplaceBar::findNext()
{
    const QString wanted = m_find->text();
    if (wanted.isEmpty())
        return false;
    if (m_editor->find(wanted))
        return true;
    // Wrap around: from the top once more.
    QTextCursor top(m_editor->document());
    const QTextCursor found = m_editor->document()->find(wanted, top);
    if (found.isNull())
        return false;
    m_editor->setTextCursor(found);
    return true;
}

void FindReplaceBar::replace()
{
    QTextCursor cursor = m_editor->textCursor();
    if (!m_find->text().isEmpty() && cursor.selectedText() == m_find->text())
        cursor.insertText(m_replace->text());
    findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString wanted = m_find->text();
    if (wanted.isEmpty())
        return 0;
    QString text = m_editor->toPlainText();
    const int count = int(text.count(wanted));
    if (count == 0)
        return 0;
    text.replace(wanted, m_replace->text());
    emit textReplaced(text);
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Maestro::Gui
