// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "core/result.h"

#include <QDialog>
#include <QTextEdit>

#include <optional>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTextBlock;

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

class FindReplaceBar;

// The editor of an environment file (or of a file it includes) with YAML highlighting: a
// view of the document's text, never of the disk. Typing changes the document (which loads
// it again after a pause, on its worker); a change of the document from elsewhere (a form,
// undo) changes the text here with the cursor kept. The diagnostics of the last load are
// underlined (wavy, with the message as tooltip) and listed under the text. Go to line
// (Ctrl+L), find and replace (Ctrl+F, Ctrl+H). It can point at a diagnostic (marks its
// line) and follows it through reloads: marked where it now is, or the view says it is gone.
// GUI thread only.
class YamlViewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlViewDialog)

public:
    // `document` must outlive the view.
    explicit YamlViewDialog(Document::EnvironmentDocument *document, QWidget *parent = nullptr);

    // Shows `fileName`, the environment file or one it includes, with the document's text
    // (files above a few megabytes are refused). Points at nothing until pointAt().
    Core::VoidResult openFile(const QString &fileName);
    QString fileName() const { return m_fileName; }
    // 1-based; 0 leaves the cursor where it is. Marks the line.
    void goTo(int line, int column);
    // Moves the cursor there without marking anything (selection following).
    void moveCursorTo(int line, int column);
    // Goes to `diagnostic` and marks its line; followReload() looks for it again.
    void pointAt(const Core::Diagnostic &diagnostic);
    // The environment was loaded again and reported `diagnostics`: takes the text again
    // (with the cursor kept), underlines the diagnostics of this file, and moves the mark to
    // where the diagnostic pointed at is now; when it is no longer reported, says so. A
    // hidden view does nothing (it takes the text again when it is opened).
    void followReload(const Core::Diagnostics &diagnostics);

    int currentLine() const;
    // The line marked (1-based), 0 for none.
    int markedLine() const;
    // What the view says above the text ("the problem is gone"), empty when nothing.
    QString notice() const;
    // The diagnostics listed under the text.
    QString problems() const;
    // The message of the underlined diagnostic at a text position (the tooltip), or empty.
    QString problemAt(int position) const;
    // The wavy underlines, one per diagnostic of this file.
    const QList<QTextEdit::ExtraSelection> &underlines() const { return m_underlines; }
    QPlainTextEdit *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QAction *goToLineAction() const { return m_goToLine; }

signals:
    // The text cursor moved by the user to `line` (1-based) of fileName().
    void cursorLineChanged(int line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Core::Result<QString> documentText() const;
    // Applies the document's text as the smallest change of the editor's, cursor kept.
    void takeDocumentText();
    void onContentsChange(int position, int removed, int added);
    void underline(const Core::Diagnostics &diagnostics);
    bool isThisFile(const QString &file) const;
    void mark(const QTextBlock &block);
    void applySelections();
    void showNotice(const QString &text);
    void askLine();

    Document::EnvironmentDocument *m_document;
    QPlainTextEdit *m_editor;
    FindReplaceBar *m_findBar;
    QLabel *m_notice;
    QLabel *m_problems;
    QLabel *m_position;
    QAction *m_goToLine;
    QString m_fileName;
    std::optional<Core::Diagnostic> m_pointedAt;
    std::optional<QTextEdit::ExtraSelection> m_mark;
    QList<QTextEdit::ExtraSelection> m_underlines;
    bool m_syncing = false; // the editor's text is being set from the document
    bool m_typing = false;  // the document's text is being set from the editor
};

} // namespace Maestro::Gui
