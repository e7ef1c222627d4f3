// SPDX-License-Identifier: GPL-3.0-or-later
#include "indentationhint.h"

#include "yamltr.h"

#include <QList>

namespace Maestro::Core {

namespace {

int indentationOf(const QByteArray &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == ' ')
        ++n;
    return n;
}

bool isBlankOrComment(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    return t.isEmpty() || t.startsWith('#');
}

// The text of a line without its indentation and a list item's `- `.
QByteArray contentOf(const QByteArray &line)
{
    QByteArray t = line.trimmed();
    while (t.startsWith("- ") || t == "-")
        t = t.mid(1).trimmed();
    return t;
}

// Whether a line's content is (or starts with) a `key:`: a colon followed by a blank or
// ending the line. Quotes are not looked into; a hint is a hint.
bool hasKey(const QByteArray &content)
{
    const qsizetype colon = content.indexOf(':');
    return colon > 0 && (colon + 1 == content.size() || content.at(colon + 1) == ' ');
}

} // namespace

std::optional<IndentationHint> explainIllegalMapValue(const QByteArray &utf8, int line, int column)
{
    const QList<QByteArray> lines = utf8.split('\n');
    if (line < 0 || line >= lines.size())
        return std::nullopt;
    const auto at = [&lines](QString explanation, int atLine, int atColumn) {
        int pos = atColumn;
        for (int i = 0; i < atLine; ++i)
            pos += int(lines.at(i).size()) + 1;
        return IndentationHint{std::move(explanation), pos, atLine, atColumn};
    };
    const QByteArray &here = lines.at(line);
    const int indent = indentationOf(here);
    const QByteArray key = here.mid(indent, column - indent).trimmed();
    // `a: b: c`: the value of a key on the same line looks like a key itself.
    if (key.isEmpty() || hasKey(key) || key.startsWith('-'))
        return at(YamlTr::tr("a value cannot start another `key:` on the same line (line %1); "
                             "put the key on a line of its own, or quote the value")
                      .arg(line + 1),
                  line, column);
    int previous = line - 1;
    while (previous >= 0 && isBlankOrComment(lines.at(previous)))
        --previous;
    if (previous < 0)
        return std::nullopt;
    const QByteArray &before = lines.at(previous);
    const int beforeIndent = indentationOf(before);
    const QByteArray beforeContent = contentOf(before);
    const bool beforeIsItem = before.trimmed().startsWith('-');
    if (!hasKey(beforeContent) && !beforeIsItem) {
        // `env` on its own line: neither a key nor an item, so the next line is its text.
        return at(YamlTr::tr("line %1 (`%2`) is neither `key: value` nor a list item, so "
                             "line %3 is read as more of its text; is a colon missing after "
                             "`%2`?")
                      .arg(previous + 1)
                      .arg(QString::fromUtf8(beforeContent))
                      .arg(line + 1),
                  previous, beforeIndent);
    }
    if (indent > beforeIndent && !beforeContent.endsWith(':')) {
        // Deeper than a line that already has its value: yaml-cpp continues that value.
        return at(YamlTr::tr("the indentation breaks at line %1: `%2` starts in column %3, "
                             "right of line %4 (`%5`, column %6), which already has a value, "
                             "so `%2` is read as more of that value; indent `%2` like the keys "
                             "it belongs with")
                      .arg(line + 1)
                      .arg(QString::fromUtf8(key))
                      .arg(indent + 1)
                      .arg(previous + 1)
                      .arg(QString::fromUtf8(beforeContent))
                      .arg(beforeIndent + 1),
                  line, 0);
    }
    return std::nullopt;
}

} // namespace Maestro::Core
