// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlviewdialog.h"

#include "findreplacebar.h"
#include "yamlhighlighter.h"

#include "document/edithistory.h"
#include "document/environmentdocument.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

namespace Maestro::Gui {

namespace {
constexpr qsizetype kMaxViewChars = 16 * 1024 * 1024;
constexpr int kListedProblems = 5;

// The same problem in a later load: what it says and where in the document, not its line,
// which moves when lines are added above it. The one nearest its old line when several match.
const Core::Diagnostic *findAgain(const Core::Diagnostics &diagnostics,
                                  const Core::Diagnostic &wanted)
{
    const Core::Diagnostic *found = nullptr;
    for (const Core::Diagnostic &d : diagnostics) {
        if (d.severity != wanted.severity || d.message != wanted.message || d.path != wanted.path
            || d.location.file != wanted.location.file)
            continue;
        if (!found
            || std::abs(d.location.line - wanted.location.line)
                   < std::abs(found->location.line - wanted.location.line))
            found = &d;
    }
    return found;
}

// A cursor at a 1-based line and column, clamped to the text.
QTextCursor cursorAt(QTextDocument *document, int line, int column)
{
    QTextBlock block = document->findBlockByNumber(line - 1);
    if (!block.isValid())
        block = document->lastBlock();
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    return cursor;
}

// What a diagnostic at `cursor` underlines: the word there, else the rest of the line, else
// the line.
QTextCursor problemSpan(QTextCursor cursor)
{
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    if (!cursor.hasSelection())
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    if (!cursor.hasSelection()) {
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    }
    return cursor;
}

bool isUndoOrRedo(const QKeyEvent *event)
{
    const QKeySequence pressed(event->keyCombination());
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)
           || pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
}
} // namespace

YamlViewDialog::YamlViewDialog(Document::EnvironmentDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_editor(new QPlainTextEdit(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
    , m_notice(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_position(new QLabel(this))
    , m_goToLine(new QAction(tr("Go to Line…"), this))
{
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Environment file"));
    // Undo is the document's (Edit > Undo): one history for the forms and the text.
    m_editor->setUndoRedoEnabled(false);
    m_editor->installEventFilter(this);
    m_editor->viewport()->installEventFilter(this);
    new YamlHighlighter(m_editor->document());

    m_notice->setObjectName(QStringLiteral("yamlViewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("File view notice"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: "
                                           "1px solid #e0c36a; padding: 4px; }"));
    m_notice->hide();
    m_problems->setObjectName(QStringLiteral("yamlViewProblems"));
    m_problems->setAccessibleName(tr("Problems in this file"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b31d28; }"));
    m_problems->hide();

    auto *find = new QAction(tr("Find…"), this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    auto *replace = new QAction(tr("Replace…"), this);
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_goToLine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addActions({find, replace, m_goToLine});
    connect(find, &QAction::triggered, this, [this] { m_findBar->start(false); });
    connect(replace, &QAction::triggered, this, [this] { m_findBar->start(true); });
    connect(m_goToLine, &QAction::triggered, this, &YamlViewDialog::askLine);
    connect(m_findBar, &FindReplaceBar::textReplaced, this,
            [this](const QString &text) { m_document->setText(m_fileName, text); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_findBar);
    layout->addWidget(m_editor);
    layout->addWidget(m_problems);
    layout->addWidget(m_position);
    layout->addWidget(buttons);
    resize(760, 560);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor cursor = m_editor->textCursor();
        m_position->setText(tr("Line %1, column %2")
                                .arg(cursor.blockNumber() + 1)
                                .arg(cursor.positionInBlock() + 1));
        if (!m_syncing)
            emit cursorLineChanged(cursor.blockNumber() + 1);
    });
    connect(m_editor->document(), &QTextDocument::contentsChange, this,
            &YamlViewDialog::onContentsChange);
    connect(m_document, &Document::EnvironmentDocument::textChanged, this,
            [this](const QString &file) {
                // What was typed here is the text here already.
                if (!m_typing && isVisible() && isThisFile(file))
                    takeDocumentText();
            });
    connect(m_document, &Document::EnvironmentDocument::modifiedChanged, this,
            &QWidget::setWindowModified);
}

Core::Result<QString> YamlViewDialog::documentText() const
{
    const std::optional<QString> text = m_document->sourceText(m_fileName);
    if (!text)
        return Core::Error{
            tr("Cannot read %1: %2").arg(m_fileName, tr("the last load did not read it")), {}, {}};
    if (text->size() > kMaxViewChars)
        return Core::Error{tr("%1 is too large to show").arg(m_fileName), {}, {}};
    return *text;
}

Core::VoidResult YamlViewDialog::openFile(const QString &fileName)
{
    const QString previous = m_fileName;
    m_fileName = QFileInfo(fileName).absoluteFilePath();
    const Core::Result<QString> text = documentText();
    if (!text) {
        m_fileName = previous;
        return text.error();
    }
    m_pointedAt.reset();
    showNotice({});
    m_mark.reset();
    {
        const QScopedValueRollback guard(m_syncing, true);
        m_editor->setPlainText(*text);
    }
    underline(m_document->diagnostics());
    setWindowTitle(QFileInfo(fileName).fileName() + QStringLiteral("[*]"));
    setWindowModified(m_document->isModified());
    return Core::Success{};
}

void YamlViewDialog::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(position)
    if (m_syncing || m_fileName.isEmpty() || (removed == 0 && added == 0))
        return;
    // The document compares and takes the smallest edit; a change of formats only (the
    // highlighter's) leaves the text as it is and is no edit.
    const QScopedValueRollback guard(m_typing, true);
    m_document->setText(m_fileName, m_editor->toPlainText());
}

void YamlViewDialog::takeDocumentText()
{
    const Core::Result<QString> text = documentText();
    if (!text)
        return;
    const QString current = m_editor->toPlainText();
    if (*text == current)
        return;
    // The smallest replacement, so the cursor, the scroll position and the marks stay where
    // they were unless the change covers them.
    const Core::SourceEdit edit
        = Document::EditStep::typing(m_fileName, current, *text).edits.first();
    const QScopedValueRollback guard(m_syncing, true);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(edit.offset));
    cursor.setPosition(int(edit.offset + edit.length), QTextCursor::KeepAnchor);
    cursor.insertText(edit.text);
}

void YamlViewDialog::goTo(int line, int column)
{
    if (line <= 0)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    const QScopedValueRollback guard(m_syncing, true);
    m_editor->setTextCursor(cursorAt(m_editor->document(), line, column));
    mark(block);
    m_editor->centerCursor();
}

void YamlViewDialog::moveCursorTo(int line, int column)
{
    if (line <= 0 || line > m_editor->document()->blockCount())
        return;
    const QScopedValueRollback guard(m_syncing, true);
    m_editor->setTextCursor(cursorAt(m_editor->document(), line, column));
    m_editor->centerCursor();
}

void YamlViewDialog::askLine()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line:"), currentLine(), 1,
                                          m_editor->document()->blockCount(), 1, &ok);
    if (ok)
        moveCursorTo(line, 1);
    m_editor->setFocus();
}

void YamlViewDialog::pointAt(const Core::Diagnostic &diagnostic)
{
    m_pointedAt = diagnostic;
    showNotice({});
    goTo(diagnostic.location.line, diagnostic.location.column);
}

void YamlViewDialog::followReload(const Core::Diagnostics &diagnostics)
{
    if (m_fileName.isEmpty() || !isVisible())
        return;
    const Core::Result<QString> text = documentText();
    if (!text) {
        showNotice(tr("%1 — showing the text as it was.").arg(text.error().message));
        return;
    }
    takeDocumentText();
    underline(diagnostics);
    if (!m_pointedAt)
        return;
    const Core::Diagnostic *now = findAgain(diagnostics, *m_pointedAt);
    if (!now) {
        m_mark.reset();
        applySelections();
        const QString problem
            = m_pointedAt->location.line > 0
                  ? tr("line %1: %2")
                        .arg(QString::number(m_pointedAt->location.line), m_pointedAt->message)
                  : m_pointedAt->message;
        showNotice(tr("The file has changed and the problem this view pointed at (%1) is no "
                      "longer reported.")
                       .arg(problem));
        return;
    }
    // Still there, perhaps moved: mark it where it is, scrolling only if it is out of sight.
    m_pointedAt = *now;
    showNotice({});
    const QTextBlock block = m_editor->document()->findBlockByNumber(now->location.line - 1);
    if (!block.isValid()) {
        m_mark.reset();
        applySelections();
        return;
    }
    const QScopedValueRollback guard(m_syncing, true);
    m_editor->setTextCursor(
        cursorAt(m_editor->document(), now->location.line, now->location.column));
    mark(block);
    m_editor->ensureCursorVisible();
}

bool YamlViewDialog::isThisFile(const QString &file) const
{
    if (m_fileName.isEmpty())
        return false;
    const QString environment = m_document->fileName();
    if (file.isEmpty())
        return m_fileName == environment;
    QFileInfo info(file);
    if (info.isRelative())
        info.setFile(QFileInfo(environment).absoluteDir().filePath(file));
    return info.absoluteFilePath() == m_fileName;
}

void YamlViewDialog::underline(const Core::Diagnostics &diagnostics)
{
    m_underlines.clear();
    QStringList listed;
    for (const Core::Diagnostic &d : diagnostics) {
        if (d.location.line <= 0 || !isThisFile(d.location.file))
            continue;
        QTextEdit::ExtraSelection underline;
        underline.cursor
            = problemSpan(cursorAt(m_editor->document(), d.location.line, d.location.column));
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(d.isError() ? QColor(0xd7, 0x3a, 0x49)
                                                       : QColor(0xe3, 0x8d, 0x13));
        underline.format.setToolTip(d.message);
        m_underlines.append(underline);
        if (listed.size() < kListedProblems)
            listed.append(
                tr("Line %1, column %2").arg(d.location.line).arg(std::max(1, d.location.column))
                + QStringLiteral(": ") + d.message);
    }
    m_problems->setText(listed.join(QLatin1Char('\n')));
    m_problems->setVisible(!listed.isEmpty());
    applySelections();
}

QString YamlViewDialog::problemAt(int position) const
{
    for (const QTextEdit::ExtraSelection &underline : m_underlines) {
        if (underline.cursor.selectionStart() <= position
            && position < underline.cursor.selectionEnd())
            return underline.format.toolTip();
    }
    return {};
}

bool YamlViewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::ShortcutOverride
        && isUndoOrRedo(static_cast<QKeyEvent *>(event))) {
        // Not the editor's own undo: left to the window's Edit > Undo and Redo.
        return true;
    }
    if (watched == m_editor->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString problem = problemAt(m_editor->cursorForPosition(help->pos()).position());
        if (problem.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), problem, m_editor->viewport());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void YamlViewDialog::mark(const QTextBlock &block)
{
    QTextEdit::ExtraSelection mark;
    mark.format.setBackground(QColor(0xff, 0xe0, 0x82));
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    mark.cursor = QTextCursor(block);
    m_mark = mark;
    applySelections();
}

void YamlViewDialog::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_mark)
        selections.append(*m_mark);
    selections.append(m_underlines);
    m_editor->setExtraSelections(selections);
}

void YamlViewDialog::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

int YamlViewDialog::currentLine() const
{
    return m_editor->textCursor().blockNumber() + 1;
}

int YamlViewDialog::markedLine() const
{
    return m_mark ? m_mark->cursor.blockNumber() + 1 : 0;
}

QString YamlViewDialog::notice() const
{
    return m_notice->text();
}

QString YamlViewDialog::problems() const
{
    return m_problems->text();
}

} // namespace Maestro::Gui
