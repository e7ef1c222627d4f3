// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlviewdialog.h"

#include "yamlhighlighter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Maestro::Gui {

namespace {
constexpr qint64 kMaxViewBytes = 16 * 1024 * 1024;
}

YamlViewDialog::YamlViewDialog(QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_position(new QLabel(this))
{
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setAccessibleName(tr("Environment file"));
    new YamlHighlighter(m_editor->document());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
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

Core::VoidResult YamlViewDialog::openFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{tr("Cannot read %1: %2").arg(fileName, file.errorString()), {}, {}};
    if (file.size() > kMaxViewBytes)
        return Core::Error{tr("%1 is too large to show").arg(fileName), {}, {}};
    setText(QString::fromUtf8(file.readAll()), QFileInfo(fileName).fileName());
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
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
    m_editor->setTextCursor(cursor);
    QTextEdit::ExtraSelection mark;
    mark.format.setBackground(QColor(0xff, 0xe0, 0x82));
    mark.format.setProperty(QTextFormat::FullWidthSelection, true);
    mark.cursor = QTextCursor(block);
    m_editor->setExtraSelections({mark});
    m_editor->centerCursor();
}

int YamlViewDialog::currentLine() const
{
    return m_editor->textCursor().blockNumber() + 1;
}

} // namespace Maestro::Gui
