// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffhighlighter.h"

namespace Maestro::Gui {

DiffHighlighter::DiffHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void DiffHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---"))) {
        format.setFontWeight(QFont::Bold);
    } else if (text.startsWith(QLatin1Char('+'))) {
        format.setForeground(QColor(0x1a, 0x7f, 0x37));
        format.setBackground(QColor(0xe6, 0xff, 0xec));
    } else if (text.startsWith(QLatin1Char('-'))) {
        format.setForeground(QColor(0xb3, 0x1d, 0x28));
        format.setBackground(QColor(0xff, 0xeb, 0xe9));
    } else if (text.startsWith(QLatin1String("@@"))) {
        format.setForeground(QColor(0x05, 0x50, 0xae));
    } else {
        return;
    }
    setFormat(0, int(text.size()), format);
}

} // namespace Maestro::Gui
