// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlviewdialog.h"

#include "yamlhighlighter.h"

#include "document/environmentdocument.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Maestro::Gui {

namespace {
constexpr qsizetype kMaxViewChars = 16 * 1024 * 1024;

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
} // namespace

YamlViewDialog::YamlViewDialog(const Document::EnvironmentDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_editor(new QPlainTextEdit(this))
    , m_notice(new QLabel(this))
    , m_position(new QLabel(this))
{
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setAccessibleName(tr("Environment file"));
    new YamlHighlighter(m_editor->document());

    m_notice->setObjectName(QStringLiteral("yamlViewNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("File view notice"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: "
                                           "1px solid #e0c36a; padding: 4px; }"));
    m_notice->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_editor);
    layout->addWidget(m_position);
    layout->addWidget(buttons);
    resize(760, 560);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const QTextCursor cursor = m_editor->textCursor();
        m_position->setText(tr("Line %1, column %2")
                                .arg(cursor.blockNumber() + 1)
                                .arg(cursor.positionInBlock() + 1));
    });
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
    m_editor->setExtraSelections({});
    setText(*text, QFileInfo(fileName).fileName());
    return Core::Success{};
}

void YamlViewDialog::setText(const QString &text, const QString &title)
{
    m_editor->setPlainText(text);
    setWindowTitle(tr("%1 (read-only)").arg(title));
}

void YamlViewDialog::goTo(int line, int column)
{
    if (line <= 0)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    m_editor->setTextCursor(cursorAt(m_editor->document(), line, column));
    mark(block);
    m_editor->centerCursor();
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
    if (*text != m_editor->toPlainText()) {
        // Where the reader was, so a changed file does not throw them back to the top.
        const QTextCursor cursor = m_editor->textCursor();
        const int line = cursor.blockNumber() + 1;
        const int column = cursor.positionInBlock() + 1;
        const int vertical = m_editor->verticalScrollBar()->value();
        const int horizontal = m_editor->horizontalScrollBar()->value();
        m_editor->setExtraSelections({});
        m_editor->setPlainText(*text);
        m_editor->setTextCursor(cursorAt(m_editor->document(), line, column));
        m_editor->verticalScrollBar()->setValue(vertical);
        m_editor->horizontalScrollBar()->setValue(horizontal);
    }
    if (!m_pointedAt)
        return;
    const Core::Diagnostic *now = findAgain(diagnostics, *m_pointedAt);
    if (!now) {
        m_editor->setExtraSelections({});
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
        m_editor->setExtraSelections({});
        return;
    }
    m_editor->setTextCursor(
        cursorAt(m_editor->document(), now->location.line, now->location.column));
    mark(block);
    m_editor->ensureCursorVisible();
}

void YamlViewDialog::mark(const QTextBlock &block)
{
    QTextEdit::ExtraSelection mark;
    mark.format.setBackground(QColor(0xff, 0xe0, 0x82));
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    mark.cursor = QTextCursor(block);
    m_editor->setExtraSelections({mark});
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
    const QList<QTextEdit::ExtraSelection> marks = m_editor->extraSelections();
    return marks.isEmpty() ? 0 : marks.first().cursor.blockNumber() + 1;
}

QString YamlViewDialog::notice() const
{
    return m_notice->text();
}

} // namespace Maestro::Gui
