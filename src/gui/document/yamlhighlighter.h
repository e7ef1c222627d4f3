// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Maestro::Gui {

// Colours YAML with Jinja2 templating the way maestro.yaml files are written: keys,
// comments, quoted strings, numbers and booleans, anchors/aliases and {{ }} / {% %}
// template tags. Line by line: YAML has no multi-line comments, so no state carries over.
// GUI thread only.
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0; // the capture group to colour
    };
    QList<Rule> m_rules;
    QTextCharFormat m_comment;
};

} // namespace Maestro::Gui
