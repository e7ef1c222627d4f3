// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedlabel.h"

namespace Maestro::Gui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    // The layout decides the width; the text never asks for more.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    updateShown();
}

bool ElidedLabel::isShortened() const
{
    return text() != m_fullText;
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 10, QLabel::minimumSizeHint().height()};
}

QString ElidedLabel::firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    if (end < 0)
        return trimmed;
    return trimmed.left(end).trimmed() + QChar(0x2026);
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateShown();
}

void ElidedLabel::updateShown()
{
    const QString line = firstLine(m_fullText);
    const int width = contentsRect().width();
    // Not laid out yet: the first line, elided once the label has its width.
    setText(width > 0 ? fontMetrics().elidedText(line, Qt::ElideRight, width) : line);
}

} // namespace Maestro::Gui
