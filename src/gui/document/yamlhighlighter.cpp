// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlhighlighter.h"

namespace Maestro::Gui {

namespace {
QTextCharFormat charFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}
} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    using QRE = QRegularExpression;
    // Later rules win where they overlap, so strings and templates come last.
    m_rules.append(
        {QRE(QStringLiteral(R"(^\s*(?:-\s+)?([^\s#'"{][^:#]*?|"[^"]*"|'[^']*')\s*:(?=\s|$))")),
         charFormat(QColor(0x1f, 0x4e, 0x9c), true), 1});
    m_rules.append(
        {QRE(QStringLiteral(
                 R"((?<=[\s:\[,-])(-?\d+(\.\d+)?|true|false|yes|no|on|off|null|~)(?=\s*($|[,\]}#])))"),
             QRE::CaseInsensitiveOption),
         charFormat(QColor(0x9c, 0x5d, 0x00)), 1});
    m_rules.append(
        {QRE(QStringLiteral(R"([&*][A-Za-z0-9_-]+)")), charFormat(QColor(0x7a, 0x3e, 0x9d)), 0});
    m_rules.append({QRE(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')")),
                    charFormat(QColor(0x2e, 0x7d, 0x32)), 0});
    m_rules.append({QRE(QStringLiteral(R"(\{\{.*?\}\}|\{%.*?%\})")),
                    charFormat(QColor(0xad, 0x14, 0x57), false, true), 0});
    m_comment = charFormat(QColor(0x75, 0x75, 0x75), false, true);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.capturedStart(rule.group) >= 0)
                setFormat(int(match.capturedStart(rule.group)),
                          int(match.capturedLength(rule.group)), rule.format);
        }
    }
    // A '#' starts a comment at the line start or after a blank, outside quotes.
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1).isSpace())) {
            setFormat(i, int(text.size()) - i, m_comment);
            break;
        }
    }
}

} // namespace Maestro::Gui
