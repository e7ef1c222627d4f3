// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalarsyntax.h"

namespace Maestro::Core {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Whether the quote opened at `open` is closed before the input ends.
bool quoteIsClosed(const QByteArray &text, qsizetype open)
{
    const char quote = text.at(open);
    const qsizetype n = text.size();
    for (qsizetype i = open + 1; i < n; ++i) {
        const char c = text.at(i);
        if (quote == '"' && c == '\\') {
            ++i; // an escaped character, possibly a quote
        } else if (c == quote) {
            // In single quotes, '' stands for one quote.
            if (quote == '\'' && i + 1 < n && text.at(i + 1) == '\'')
                ++i;
            else
                return true;
        }
    }
    return false;
}

} // namespace

ScalarSyntax::Facts ScalarSyntax::inspect(const QByteArray &utf8, qsizetype pos)
{
    Facts facts;
    const qsizetype n = utf8.size();
    qsizetype i = pos;
    // Skip the properties (`!tag`, `&anchor`) and the blanks and comments after them.
    while (i >= 0 && i < n) {
        const char c = utf8.at(i);
        if (c == '!' || c == '&') {
            const qsizetype start = i;
            while (i < n && !isBlank(utf8.at(i)))
                ++i;
            if (c == '!' && i - start == 1)
                facts.nonSpecificTag = true;
        } else if (isBlank(c)) {
            ++i;
        } else if (c == '#') {
            while (i < n && utf8.at(i) != '\n')
                ++i;
        } else {
            break;
        }
    }
    if (i >= 0 && i < n && (utf8.at(i) == '"' || utf8.at(i) == '\''))
        facts.unterminatedQuote = !quoteIsClosed(utf8, i);
    return facts;
}

bool ScalarSyntax::isWrittenNull(const QByteArray &utf8, qsizetype pos)
{
    if (pos < 0 || pos >= utf8.size())
        return false;
    const QByteArrayView rest = QByteArrayView(utf8).sliced(pos);
    if (rest.startsWith('&') || rest.startsWith('!'))
        return true;
    for (const QByteArrayView word : {QByteArrayView("~"), QByteArrayView("null"), QByteArrayView("Null"),
                                      QByteArrayView("NULL")}) {
        if (!rest.startsWith(word))
            continue;
        // `null:` or `nullable` is the next key, not this value.
        if (rest.size() == word.size())
            return true;
        const char next = rest.at(word.size());
        return isBlank(next) || next == ',' || next == ']' || next == '}' || next == '#';
    }
    return false;
}

} // namespace Maestro::Core
