// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Maestro::Gui {

// The editor's find and replace bar: a search field (Enter finds the next match, wrapping at
// the end), and, for replacing, a replacement field with Replace and Replace All. Escape hides
// it. Replace All hands the whole replaced text on at once (textReplaced()). GUI thread
// only.
class FindReplaceBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceBar)

public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // Shows the bar with the editor's selection as the text to find; `replace` adds the
    // replacement row.
    void start(bool replace);
    bool findNext();
    void replace();
    // Replaces every match; returns how many.
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

signals:
    // Replace All's result, the whole text at once.
    void textReplaced(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
};

} // namespace Maestro::Gui
